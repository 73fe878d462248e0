FROM fedora:40
COPY RPM-GPG-KEY-example /etc/pki/rpm-gpg/RPM-GPG-KEY-example
RUN rpm --import /etc/pki/rpm-gpg/RPM-GPG-KEY-example \
 && dnf install -y https://example.com/packages/agent-1.2.3.x86_64.rpm \
 && dnf clean all
USER 10001
