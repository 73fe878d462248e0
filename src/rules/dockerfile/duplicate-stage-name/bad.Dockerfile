FROM golang:1.23 AS build
RUN go version

FROM node:20 AS build
RUN node --version

FROM alpine:3.20
COPY --from=build /out /app
USER 10001
