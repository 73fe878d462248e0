FROM python:3.12-slim
RUN pip install --no-cache-dir flask==3.0.3
USER 10001
