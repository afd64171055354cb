import type { AlertDef } from './types';
import { METRIC } from '../metricNames';

const GIB = 1024 ** 3;

export const saturationAlerts: AlertDef[] = [
  {
    id: 'DiskFillingUp',
    level: 'mail',
    recipient: 'database administrator',
    // Predicted, not reached: at the last six hours' pace the disk is full within four days.
    condition: {
      kind: 'predicted',
      metric: METRIC.nodeFilesystemAvailBytes,
      over: '6h',
      ahead: { count: 4, unitSeconds: 86400 },
    },
    for: '1h',
    where: ['deployment', 'mountpoint'],
    summary: {
      en: 'At the current pace {{ $labels.mountpoint }} on {{ $labels.deployment }} is full within four days.',
      pl: 'W obecnym tempie {{ $labels.mountpoint }} na {{ $labels.deployment }} zapełni się w ciągu czterech dni.',
    },
    runbook: {
      en: 'Find what grows (logs, WAL, backups left behind), clean it or grow the disk during working hours.',
      pl: 'Znajdź, co rośnie (logi, WAL, pozostawione kopie), posprzątaj lub powiększ dysk w godzinach pracy.',
    },
    page: 'what-changed',
    cases: [
      {
        name: 'a disk loses 10 GiB an hour with 300 GiB left',
        input: [
          {
            series: `${METRIC.nodeFilesystemAvailBytes}{deployment="dep-a",mountpoint="/var/lib/postgresql"}`,
            values: `${300 * GIB}-${GIB / 6}x480`,
          },
        ],
        firing: [{ at: '8h', labels: [{ deployment: 'dep-a', mountpoint: '/var/lib/postgresql' }] }],
        silent: ['30m'],
      },
      {
        name: 'slow, normal growth is not an alarm',
        input: [
          {
            series: `${METRIC.nodeFilesystemAvailBytes}{deployment="dep-a",mountpoint="/var/lib/postgresql"}`,
            values: `${300 * GIB}-${GIB / 1200}x480`,
          },
        ],
        firing: [],
        silent: ['8h'],
      },
    ],
  },
  {
    id: 'DatabaseConnectionsRunningOut',
    level: 'mail',
    recipient: 'database administrator',
    condition: {
      kind: 'predicted',
      metric: METRIC.pgStatDatabaseNumbackends,
      over: '1h',
      ahead: { count: 4, unitSeconds: 3600 },
      exceeds: { by: ['deployment'], limit: METRIC.pgSettingsMaxConnections, share: 0.9 },
    },
    for: '15m',
    where: ['deployment'],
    summary: {
      en: 'Within four hours the database of {{ $labels.deployment }} will refuse new connections at this pace.',
      pl: 'W tym tempie baza {{ $labels.deployment }} w ciągu czterech godzin zacznie odrzucać nowe połączenia.',
    },
    runbook: {
      en: 'Look for a service leaking connections (a deploy on the What changed page?) and check the pool sizes.',
      pl: 'Poszukaj usługi, która gubi połączenia (wdrożenie na stronie Co się zmieniło?) i sprawdź rozmiary pul.',
    },
    page: 'what-changed',
    cases: [
      {
        name: 'connections leak after a deploy',
        input: [
          {
            series: `${METRIC.pgStatDatabaseNumbackends}{deployment="dep-b",datname="shop"}`,
            values: '60x60 60+1x120',
          },
          { series: `${METRIC.pgSettingsMaxConnections}{deployment="dep-b"}`, values: '200x180' },
        ],
        firing: [{ at: '3h', labels: [{ deployment: 'dep-b' }] }],
        silent: ['50m'],
      },
    ],
  },
  {
    id: 'QueueBackingUp',
    level: 'mail',
    recipient: 'on-call engineer',
    condition: {
      kind: 'growing',
      metric: METRIC.rabbitmqQueueMessagesReady,
      over: '15m',
      perSecondAbove: 1,
      valueAbove: 1000,
    },
    for: '15m',
    where: ['deployment', 'queue'],
    summary: {
      en: 'The {{ $labels.queue }} queue on {{ $labels.deployment }} keeps growing: work (e-mails, parcel updates) is delayed.',
      pl: 'Kolejka {{ $labels.queue }} na {{ $labels.deployment }} ciągle rośnie: praca (e-maile, statusy paczek) jest opóźniona.',
    },
    runbook: {
      en: 'Check the consumers: are they alive, slow, failing on one message? Scale them out or move the poison message aside.',
      pl: 'Sprawdź konsumentów: czy żyją, czy są wolni, czy utknęli na jednej wiadomości? Dodaj ich lub odłóż trującą wiadomość.',
    },
    page: 'what-changed',
    cases: [
      {
        name: 'e-mails pile up faster than they are sent',
        input: [
          {
            series: `${METRIC.rabbitmqQueueMessagesReady}{deployment="dep-a",vhost="/",queue="emails"}`,
            values: '20x10 20+120x50',
          },
        ],
        firing: [{ at: '50m', labels: [{ deployment: 'dep-a', vhost: '/', queue: 'emails' }] }],
        silent: ['10m'],
      },
    ],
  },
];
