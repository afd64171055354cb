import { WHERE } from '../labels';
import type { AreaDef } from '../types';
import { METRIC } from '../metricNames';

/** OpenTelemetry's default explicit buckets for http.server.request.duration. */
export const OTEL_HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

const OTEL_HTTP =
  'OpenTelemetry HTTP server semantic conventions (http.server.request.duration) as exported to Prometheus; ' +
  '`service` is the OTel resource attribute service.name';

export const backend: AreaDef = {
  id: 'backend',
  title: { en: 'REST back end', pl: 'Back end REST' },
  description: {
    en: 'The service the JavaScript front end talks to: search, cart, accounts, lists, checkout.',
    pl: 'Usługa, z którą rozmawia front end: wyszukiwanie, koszyk, konta, listy, zamówienia.',
  },
  metrics: [
    {
      name: METRIC.httpServerRequestDurationSeconds,
      type: 'histogram',
      unit: 's',
      labels: [...WHERE, 'service', 'http_request_method', 'http_route', 'http_response_status_code'],
      labelValues: { service: ['backend', 'management', 'files'] },
      buckets: OTEL_HTTP_BUCKETS,
      service: 'backend',
      help: {
        en: 'How long each service took to answer a request, by route and status code.',
        pl: 'Ile czasu każda usługa potrzebowała na odpowiedź, według ścieżki i kodu statusu.',
      },
      convention: OTEL_HTTP,
    },
    {
      name: METRIC.httpServerActiveRequests,
      type: 'gauge',
      unit: 'short',
      labels: [...WHERE, 'service'],
      labelValues: { service: ['backend', 'management', 'files'] },
      service: 'backend',
      help: {
        en: 'How many requests each service is working on right now.',
        pl: 'Iloma żądaniami każda usługa zajmuje się w tej chwili.',
      },
      convention: 'OpenTelemetry HTTP server semantic conventions (http.server.active_requests)',
    },
  ],
};
