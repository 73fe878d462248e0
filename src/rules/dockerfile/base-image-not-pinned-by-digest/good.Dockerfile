FROM python:3.12-slim@sha256:2be8daddbb82756f7d1f2c7ece706aadcb284bf6ab6d769ea695cc3ed6016743
COPY app.py /app/app.py
USER 10001
CMD ["python", "/app/app.py"]
