FROM python:3.12-slim
COPY corp-root-ca.crt /usr/local/share/ca-certificates/corp-root-ca.crt
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl ca-certificates \
 && update-ca-certificates \
 && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL https://internal.example.com/tools/cli.tgz -o /tmp/cli.tgz
RUN pip install --cert /etc/ssl/certs/ca-certificates.crt -r requirements.txt
USER 10001
