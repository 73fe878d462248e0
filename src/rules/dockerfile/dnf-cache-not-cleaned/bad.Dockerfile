FROM fedora:40
RUN dnf install -y nginx-1.24.0
USER 10001
