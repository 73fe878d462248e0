FROM golang:1.23 AS build-api
RUN go version

FROM node:20 AS build-web
RUN node --version

FROM alpine:3.20
COPY --from=build-web /out /app
USER 10001
