FROM python:3.12-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
RUN curl -fsSLk https://internal.example.com/tools/cli.tgz -o /tmp/cli.tgz
RUN pip install --trusted-host pypi.internal.example.com -r requirements.txt
USER 10001
