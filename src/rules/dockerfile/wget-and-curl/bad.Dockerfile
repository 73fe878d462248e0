FROM debian:bookworm-slim
RUN wget -q -O /tmp/a.tgz https://example.com/a.tgz
RUN curl -fsSL -o /tmp/b.tgz https://example.com/b.tgz
USER 10001
