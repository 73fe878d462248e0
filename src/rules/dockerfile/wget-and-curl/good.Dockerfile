FROM debian:bookworm-slim
RUN curl -fsSL -o /tmp/a.tgz https://example.com/a.tgz
RUN curl -fsSL -o /tmp/b.tgz https://example.com/b.tgz
USER 10001
