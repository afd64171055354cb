import { DEPLOYMENT_LABEL } from '../labels';
import type { AreaDef } from '../types';
import { METRIC } from '../metricNames';

const OWN = 'Own client-side metric, modelled on OpenTelemetry http.client.request.duration with a `dependency` label';
export const DEPENDENCIES = ['card_gateway', 'blik', 'transfer_provider', 'inpost_api', 'blob_storage', 'smtp'];

export const dependencies: AreaDef = {
  id: 'dependencies',
  title: { en: 'External services we call', pl: 'Zewnętrzne usługi, z których korzystamy' },
  description: {
    en: 'Card gateway, BLIK, the transfer provider, InPost, blob storage and mail: when they fail, we fail.',
    pl: 'Bramka kartowa, BLIK, operator przelewów, InPost, magazyn blob i poczta: gdy one padają, my też.',
  },
  metrics: [
    {
      name: METRIC.shopDependencyRequestsTotal,
      type: 'counter',
      unit: 'reqps',
      labels: [DEPLOYMENT_LABEL, 'dependency', 'outcome'],
      labelValues: { dependency: DEPENDENCIES, outcome: ['ok', 'error', 'timeout'] },
      service: 'backend',
      help: {
        en: 'How many calls we made to each outside service, and how many failed or timed out.',
        pl: 'Ile wywołań wykonaliśmy do każdej usługi zewnętrznej i ile się nie udało lub przekroczyło czas.',
      },
      convention: OWN,
    },
    {
      name: METRIC.shopDependencyRequestDurationSeconds,
      type: 'histogram',
      unit: 's',
      labels: [DEPLOYMENT_LABEL, 'dependency'],
      labelValues: { dependency: DEPENDENCIES },
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      service: 'backend',
      help: {
        en: 'How long each outside service took to answer us.',
        pl: 'Ile czasu każda usługa zewnętrzna potrzebowała na odpowiedź.',
      },
      convention: OWN,
    },
  ],
};
