import type { AlertDef } from './types';
import { METRIC } from '../metricNames';

export const dependencyAlerts: AlertDef[] = [
  {
    id: 'DependencyFailing',
    level: 'mail',
    recipient: 'on-call engineer',
    condition: {
      kind: 'failureShare',
      metric: METRIC.shopDependencyRequestsTotal,
      label: 'outcome',
      good: 'ok',
      by: ['deployment', 'dependency'],
      window: '10m',
      above: 0.1,
    },
    for: '10m',
    where: ['deployment', 'dependency'],
    summary: {
      en: 'More than 10% of calls from {{ $labels.deployment }} to {{ $labels.dependency }} fail or time out.',
      pl: 'Ponad 10% wywołań z {{ $labels.deployment }} do {{ $labels.dependency }} kończy się błędem lub przekroczeniem czasu.',
    },
    runbook: {
      en: 'Check the provider’s status page; if it is theirs, open a ticket with them and tell second-line support what customers will see.',
      pl: 'Sprawdź stronę statusu dostawcy; jeśli problem jest po jego stronie, zgłoś go i powiedz drugiej linii, co zobaczą klienci.',
    },
    page: 'what-changed',
    cases: [
      {
        name: 'the InPost API fails while blob storage answers',
        input: [
          {
            series: `${METRIC.shopDependencyRequestsTotal}{deployment="dep-c",dependency="inpost_api",outcome="ok"}`,
            values: '0+20x10 200+8x40',
          },
          {
            series: `${METRIC.shopDependencyRequestsTotal}{deployment="dep-c",dependency="inpost_api",outcome="error"}`,
            values: '0x10 0+12x40',
          },
          {
            series: `${METRIC.shopDependencyRequestsTotal}{deployment="dep-c",dependency="blob_storage",outcome="ok"}`,
            values: '0+50x50',
          },
        ],
        firing: [{ at: '40m', labels: [{ deployment: 'dep-c', dependency: 'inpost_api' }] }],
        silent: ['9m'],
      },
    ],
  },
  {
    id: 'DatabaseDown',
    level: 'phone',
    recipient: 'database administrator',
    condition: { kind: 'gauges', by: ['deployment'], checks: [{ metric: METRIC.pgUp, op: '==', value: 0 }] },
    for: '2m',
    where: ['deployment'],
    summary: {
      en: 'The database of {{ $labels.deployment }} does not answer: its partners’ shops are down.',
      pl: 'Baza danych {{ $labels.deployment }} nie odpowiada: sklepy jej partnerów nie działają.',
    },
    runbook: {
      en: 'Check the database host and its log; fail over to the replica if the primary does not come back within minutes.',
      pl: 'Sprawdź serwer bazy i jej log; przełącz na replikę, jeśli główna baza nie wróci w ciągu kilku minut.',
    },
    page: 'what-changed',
    cases: [
      {
        name: 'the database stops answering',
        input: [{ series: `${METRIC.pgUp}{deployment="dep-a"}`, values: '1x10 0x10 1x10' }],
        firing: [{ at: '15m', labels: [{ deployment: 'dep-a' }] }],
        silent: ['5m', '25m'],
      },
    ],
  },
  {
    id: 'SearchClusterRed',
    level: 'phone',
    recipient: 'on-call engineer',
    condition: {
      kind: 'gauges',
      by: ['deployment'],
      checks: [{ metric: METRIC.elasticsearchClusterHealthStatus, where: { color: 'red' }, op: '==', value: 1 }],
    },
    for: '5m',
    where: ['deployment'],
    summary: {
      en: 'Product search on {{ $labels.deployment }} is red: some products cannot be found.',
      pl: 'Wyszukiwanie produktów na {{ $labels.deployment }} jest czerwone: części produktów nie da się znaleźć.',
    },
    runbook: {
      en: 'Find the unassigned shards (GET _cluster/allocation/explain); add disk or a node, or restore the index from its snapshot.',
      pl: 'Znajdź nieprzydzielone shardy (GET _cluster/allocation/explain); dodaj dysk lub węzeł albo odtwórz indeks z migawki.',
    },
    page: 'what-changed',
    cases: [
      {
        name: 'the cluster turns red',
        input: [
          {
            series: `${METRIC.elasticsearchClusterHealthStatus}{deployment="dep-b",cluster="shop-search",color="red"}`,
            values: '0x10 1x20',
          },
        ],
        firing: [{ at: '20m', labels: [{ deployment: 'dep-b' }] }],
        silent: ['10m'],
      },
    ],
  },
];
