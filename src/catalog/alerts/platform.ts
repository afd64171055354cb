import type { AlertDef } from './types';
import { METRIC } from '../metricNames';

const DAY = 86400;

export const platformAlerts: AlertDef[] = [
  {
    id: 'QueueWithoutConsumers',
    level: 'phone',
    recipient: 'on-call engineer',
    condition: {
      kind: 'gauges',
      by: ['deployment', 'queue'],
      checks: [
        { metric: METRIC.rabbitmqQueueConsumers, op: '==', value: 0 },
        { metric: METRIC.rabbitmqQueueMessagesReady, op: '>', value: 0 },
      ],
    },
    for: '10m',
    where: ['deployment', 'queue'],
    summary: {
      en: 'Nobody reads the {{ $labels.queue }} queue on {{ $labels.deployment }} while messages wait in it.',
      pl: 'Nikt nie czyta kolejki {{ $labels.queue }} na {{ $labels.deployment }}, a wiadomości w niej czekają.',
    },
    runbook: {
      en: 'Restart the consumer service of the queue and watch the backlog drain on the What changed page.',
      pl: 'Zrestartuj usługę czytającą kolejkę i obserwuj, jak zaległości maleją na stronie Co się zmieniło.',
    },
    page: 'what-changed',
    cases: [
      {
        name: 'the e-mail consumer dies and the queue backs up',
        input: [
          {
            series: `${METRIC.rabbitmqQueueConsumers}{deployment="dep-a",vhost="/",queue="emails"}`,
            values: '3x10 0x30 3x20',
          },
          {
            series: `${METRIC.rabbitmqQueueMessagesReady}{deployment="dep-a",vhost="/",queue="emails"}`,
            values: '5x10 100+100x30 50x20',
          },
        ],
        firing: [{ at: '30m', labels: [{ deployment: 'dep-a', queue: 'emails' }] }],
        silent: ['5m', '15m', '55m'],
      },
      {
        name: 'an idle queue without consumers is not a problem',
        input: [
          { series: `${METRIC.rabbitmqQueueConsumers}{deployment="dep-a",vhost="/",queue="reports"}`, values: '0x60' },
          {
            series: `${METRIC.rabbitmqQueueMessagesReady}{deployment="dep-a",vhost="/",queue="reports"}`,
            values: '0x60',
          },
        ],
        firing: [],
        silent: ['30m', '60m'],
      },
    ],
  },
  {
    id: 'CertificateExpiringSoon',
    level: 'mail',
    recipient: 'on-call engineer',
    condition: {
      kind: 'expiresWithin',
      metric: METRIC.probeSslEarliestCertExpiry,
      by: ['tenant', 'instance'],
      seconds: 14 * DAY,
    },
    for: '1h',
    where: ['tenant', 'instance'],
    summary: {
      en: 'The HTTPS certificate of {{ $labels.tenant }}’s shop ({{ $labels.instance }}) expires in less than 14 days.',
      pl: 'Certyfikat HTTPS sklepu {{ $labels.tenant }} ({{ $labels.instance }}) wygasa za mniej niż 14 dni.',
    },
    runbook: {
      en: 'Renew the certificate (or fix its automatic renewal) and deploy it to the gateway of the partner’s deployment.',
      pl: 'Odnów certyfikat (lub napraw jego automatyczne odnawianie) i wdróż go na bramce wdrożenia partnera.',
    },
    page: 'partners',
    cases: [
      {
        name: 'one partner’s certificate nears expiry, another’s is far off',
        input: [
          {
            series: `${METRIC.probeSslEarliestCertExpiry}{tenant="bobasek",deployment="dep-b",instance="https://bobasek.example"}`,
            values: `${9 * DAY}x120`,
          },
          {
            series: `${METRIC.probeSslEarliestCertExpiry}{tenant="kwiatex",deployment="dep-a",instance="https://kwiatex.example"}`,
            values: `${75 * DAY}x120`,
          },
        ],
        firing: [{ at: '90m', labels: [{ tenant: 'bobasek', instance: 'https://bobasek.example' }] }],
        silent: ['30m'],
      },
    ],
  },
];
