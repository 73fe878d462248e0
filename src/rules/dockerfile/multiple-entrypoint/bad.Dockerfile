FROM alpine:3.20
ENTRYPOINT ["/sbin/tini", "--"]
ENTRYPOINT ["/usr/local/bin/app"]
USER 10001
