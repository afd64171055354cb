import { DEPLOYMENT_LABEL, WHERE } from '../labels';
import type { AreaDef } from '../types';
import { METRIC } from '../metricNames';

const VTS =
  'nginx-module-vts (vhost_traffic_status) Prometheus output; `tenant` and `deployment` come from scrape relabelling, ' +
  '`route` and `code` from a filter zone keyed by route and status class';

export const gateway: AreaDef = {
  id: 'gateway',
  title: { en: 'API gateway and HTTP cache (Nginx)', pl: 'Bramka API i cache HTTP (Nginx)' },
  description: {
    en: 'Every request from customers passes the gateway first; the partners’ SLA is measured here.',
    pl: 'Każde żądanie klienta przechodzi najpierw przez bramkę; tu mierzymy SLA partnerów.',
  },
  metrics: [
    {
      name: METRIC.nginxVtsServerRequestsTotal,
      type: 'counter',
      unit: 'reqps',
      labels: [...WHERE, 'code'],
      labelValues: { code: ['1xx', '2xx', '3xx', '4xx', '5xx'] },
      service: 'gateway',
      help: {
        en: 'How many requests the gateway answered, by status class.',
        pl: 'Ile żądań obsłużyła bramka, według klasy statusu.',
      },
      convention: VTS,
    },
    {
      name: METRIC.nginxVtsServerRequestDurationSeconds,
      type: 'histogram',
      unit: 's',
      labels: [...WHERE, 'route', 'code'],
      labelValues: { code: ['2xx', '3xx', '4xx', '5xx'] },
      buckets: [0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2.5, 5],
      service: 'gateway',
      help: {
        en: 'How long the gateway took to answer each request; the 0.2 s bucket is the SLA line.',
        pl: 'Ile czasu bramka potrzebowała na odpowiedź; kubełek 0,2 s to granica SLA.',
      },
      convention: `${VTS}; buckets set with vhost_traffic_status_histogram_buckets`,
    },
    {
      name: METRIC.nginxVtsServerCacheTotal,
      type: 'counter',
      unit: 'reqps',
      labels: [...WHERE, 'status'],
      labelValues: { status: ['hit', 'miss', 'expired', 'stale', 'updating', 'revalidated', 'bypass'] },
      service: 'gateway',
      help: {
        en: 'How many answers came from the gateway’s file cache, and how many had to be fetched again.',
        pl: 'Ile odpowiedzi pochodziło z cache bramki, a ile trzeba było pobrać ponownie.',
      },
      convention: VTS,
    },
    {
      name: METRIC.nginxVtsMainConnections,
      type: 'gauge',
      unit: 'short',
      labels: [DEPLOYMENT_LABEL, 'status'],
      labelValues: { status: ['active', 'reading', 'writing', 'waiting'] },
      service: 'gateway',
      help: {
        en: 'How many client connections the gateway holds open right now.',
        pl: 'Ile połączeń klientów bramka trzyma teraz otwartych.',
      },
      convention: 'nginx-module-vts main zone',
    },
  ],
};
