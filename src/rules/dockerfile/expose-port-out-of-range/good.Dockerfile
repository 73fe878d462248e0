FROM alpine:3.20
COPY app /app
USER 10001
EXPOSE 8080/tcp
CMD ["/app"]
