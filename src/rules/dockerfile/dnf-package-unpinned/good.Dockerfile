FROM fedora:40
RUN dnf install -y nginx-1.24.0-1.fc40 && dnf clean all
USER 10001
