FROM fedora:40
RUN dnf install -y --nogpgcheck https://example.com/packages/agent-1.2.3.x86_64.rpm \
 && dnf clean all
USER 10001
