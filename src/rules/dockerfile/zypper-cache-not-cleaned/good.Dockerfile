FROM opensuse/leap:15.6
RUN zypper install -y curl=8.6.0 && zypper clean --all
USER 10001
