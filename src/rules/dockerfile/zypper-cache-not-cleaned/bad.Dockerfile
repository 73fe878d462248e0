FROM opensuse/leap:15.6
RUN zypper install -y curl=8.6.0
USER 10001
