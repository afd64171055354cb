/**
 * Grafana sends all of a `query()` call's targets in one request to its back end (`/api/ds/query`), and each
 * variable's options in one more; the harness's data source asks Prometheus per target, so it tags each request
 * with the round trip it belongs to, for the checks that count them.
 */
export const ROUND_TRIP_HEADER = 'X-Harness-Round-Trip';
