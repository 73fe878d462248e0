FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/app .
COPY --from=build /out/app /usr/local/bin/app
