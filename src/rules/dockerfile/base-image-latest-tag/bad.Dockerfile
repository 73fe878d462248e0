FROM golang AS build
WORKDIR /src
COPY . .
RUN go build -o /app ./cmd/app

FROM alpine:latest
COPY --from=build /app /app
USER 10001
ENTRYPOINT ["/app"]
