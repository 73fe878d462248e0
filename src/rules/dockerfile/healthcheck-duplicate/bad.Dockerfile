FROM alpine:3.20
HEALTHCHECK CMD wget -qO- http://127.0.0.1:8080/ || exit 1
COPY app /app
HEALTHCHECK CMD /app --probe
USER 10001
CMD ["/app"]
