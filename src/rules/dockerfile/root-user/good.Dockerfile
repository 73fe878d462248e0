FROM alpine:3.20
RUN apk add --no-cache curl && adduser -D -u 10001 app
USER 10001
CMD ["curl", "--version"]
