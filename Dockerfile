# The demo's images: `docker compose up` builds the `workspace` target for the simulator and the `grafana` target (the default).
# The Grafana the plugin runs in; compose passes GRAFANA_VERSION (13.2.3 unless set, e.g. 12.4.2).
ARG GRAFANA_VERSION=13.2.3

# The repository with its dependencies: runs the simulator and builds the plugin.
FROM node:20-bookworm-slim AS workspace
# Prometheus and promtool record the business rules over the imported history (see docker-compose.yaml).
COPY --from=prom/prometheus:v2.55.1 /bin/prometheus /bin/promtool /usr/local/bin/
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .

FROM workspace AS build
RUN npm run build

# Grafana OSS with the freshly built, unsigned plugin.
FROM grafana/grafana:${GRAFANA_VERSION} AS grafana
COPY --from=build /app/dist /var/lib/grafana/plugins/shoppulse-observability-app
