FROM ubuntu:24.04
RUN useradd -m app
USER app
RUN sudo apt-get update && sudo apt-get install -y --no-install-recommends git
