FROM alpine:3.20
COPY app /app
HEALTHCHECK CMD /app --probe
USER 10001
CMD ["/app"]
