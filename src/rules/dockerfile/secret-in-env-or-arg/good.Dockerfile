FROM postgres:16-alpine
# The password is mounted at run time as a Docker or Kubernetes secret.
ENV POSTGRES_USER=app \
    POSTGRES_PASSWORD_FILE=/run/secrets/postgres_password
USER postgres
