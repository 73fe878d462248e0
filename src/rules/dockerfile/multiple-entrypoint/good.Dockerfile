FROM alpine:3.20
ENTRYPOINT ["/sbin/tini", "--", "/usr/local/bin/app"]
USER 10001
