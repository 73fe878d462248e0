ARG GO_VERSION=1.22
FROM golang:${GO_VERSION}-bookworm AS build
WORKDIR /src
COPY . .
RUN go build -o /app ./cmd/app

FROM gcr.io/distroless/static-debian12@sha256:3f1ba6a8d1e3b9c2c6d6a1b77a7df1a7c31a1a6f0b7a86b2b2d1f8fbb6d0e4b2
COPY --from=build /app /app
USER 10001
ENTRYPOINT ["/app"]
