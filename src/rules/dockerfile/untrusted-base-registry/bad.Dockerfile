# Audited with trustedRegistries: [registry.example.com]. Without that option the rule is skipped.
FROM quay.io/somebody/python:3.12
COPY app.py /app/app.py
USER 10001
CMD ["python", "/app/app.py"]
