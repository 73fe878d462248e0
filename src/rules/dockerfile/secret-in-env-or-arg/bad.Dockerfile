FROM postgres:16-alpine
ENV POSTGRES_USER=app \
    POSTGRES_PASSWORD=s3cr3t-Passw0rd
USER postgres
