FROM debian:bookworm-slim
RUN curl -fsSL https://example.com/install.sh | sh
USER 10001
