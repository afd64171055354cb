import type { AlertDef } from './types';
import { METRIC } from '../metricNames';

/** Metrics whose loss blinds a page or an alert: the SLA, money, payments, jobs and deploys. */
const KEY_METRICS = [
  `${METRIC.nginxVtsServerRequestDurationSeconds}_bucket`,
  METRIC.shopOrdersPaidTotal,
  METRIC.shopPaymentsTotal,
  METRIC.shopJobLastSuccessTimestampSeconds,
  METRIC.shopBuildInfo,
];

export const monitoringAlerts: AlertDef[] = [
  {
    id: 'DeadMansSwitch',
    level: 'slack',
    recipient: 'on-call engineer',
    condition: { kind: 'always' },
    for: '0m',
    where: [],
    summary: {
      en: 'Always firing: when this heartbeat stops arriving, alerting itself is broken.',
      pl: 'Zawsze aktywny: gdy ten sygnał przestaje przychodzić, zepsute jest samo alertowanie.',
    },
    runbook: {
      en: 'Route it to a heartbeat service that pages when it stops; never silence it.',
      pl: 'Kieruj go do usługi heartbeat, która alarmuje, gdy sygnał ustaje; nigdy go nie wyciszaj.',
    },
    page: 'alerts',
    cases: [{ name: 'the heartbeat always fires', input: [], firing: [{ at: '1m', labels: [{}] }], silent: [] }],
  },
  {
    id: 'ContractMetricMissing',
    level: 'mail',
    recipient: 'on-call engineer',
    condition: { kind: 'absent', series: KEY_METRICS, window: '15m' },
    for: '15m',
    where: ['metric'],
    summary: {
      en: '{{ $labels.metric }} has not been seen for 15 minutes: the pages and alerts built on it are blind.',
      pl: '{{ $labels.metric }} nie pojawia się od 15 minut: strony i alerty na nim oparte są ślepe.',
    },
    runbook: {
      en: 'Check the scrape target of the service that exposes it (Prometheus targets page) and the app’s “Check metrics” on its configuration page.',
      pl: 'Sprawdź cel scrapowania usługi, która ją wystawia (strona targetów Prometheusa), i „Sprawdź metryki” na stronie konfiguracji aplikacji.',
    },
    page: 'alerts',
    cases: [
      {
        name: 'build info disappears while the rest is scraped',
        input: [
          ...KEY_METRICS.filter((name) => name !== METRIC.shopBuildInfo).map((name) => ({
            series: `${name}{deployment="dep-a"}`,
            values: '1x60',
          })),
          { series: `${METRIC.shopBuildInfo}{deployment="dep-a",service="backend",version="2.14.2"}`, values: '1x10' },
        ],
        firing: [{ at: '50m', labels: [{ metric: METRIC.shopBuildInfo }] }],
        silent: ['10m'],
      },
    ],
  },
];
