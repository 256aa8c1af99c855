# Frontier in one container: the binary and a Postgres server it manages itself.
#   docker build -t frontier .
#   docker run -p 8080:8080 -v frontier:/data frontier
# Set DATABASE_URL to use an external Postgres instead (see docker-compose.yml).

FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=docker
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X github.com/frontierhq/frontier/app.Version=${VERSION}" -o /out/frontier .

FROM debian:bookworm-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql ca-certificates tzdata \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --home /data --shell /usr/sbin/nologin frontier \
 && mkdir -p /data && chown frontier:frontier /data
COPY --from=build /out/frontier /usr/local/bin/frontier
ENV FRONTIER_DATA_DIR=/data \
    FRONTIER_ADDR=:8080 \
    FRONTIER_LOG_FORMAT=json
VOLUME /data
EXPOSE 8080
USER frontier
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /healthz HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q ' 200 ' <&3"]
ENTRYPOINT ["/usr/local/bin/frontier"]
CMD ["serve"]
