import { BURN_RATE_PAIRS, slaRecord } from '../slo';
import type { AlertDef } from './types';

const [fast] = BURN_RATE_PAIRS;
const burn = (window: string, value: string) => ({
  series: `${window === fast.long ? slaRecord.burnRate('1h') : slaRecord.burnRate('5m')}{tenant="sportowo",deployment="dep-b"}`,
  values: value,
});

export const slaAlerts: AlertDef[] = [
  {
    id: 'SlaFastBurn',
    level: 'phone',
    recipient: 'on-call engineer',
    expr: `${slaRecord.burnRate('1h')} > ${fast.burnRate} and ${slaRecord.burnRate('5m')} > ${fast.burnRate}`,
    for: '2m',
    where: ['tenant', 'deployment'],
    summary: {
      en: '{{ $labels.tenant }} burns its monthly error budget 14× too fast: at this pace the SLA is breached within two days.',
      pl: '{{ $labels.tenant }} spala miesięczny budżet błędów 14× za szybko: w tym tempie SLA zostanie złamane w ciągu dwóch dni.',
    },
    runbook: {
      en: 'Open the partner’s page: which routes fail or slow down, and what changed on its deployment in the last hour (a deploy? roll it back).',
      pl: 'Otwórz stronę partnera: które ścieżki zawodzą lub zwalniają i co zmieniło się na jego wdrożeniu w ostatniej godzinie (wdrożenie? wycofaj je).',
    },
    page: 'partners',
    cases: [
      {
        // Sustained: both windows above 14.4. Recovered: the 5m window falls back first and silences the alert.
        name: 'a partner burns its budget fast, then recovers',
        input: [burn('1h', '1x10 20x30 16x20'), burn('5m', '1x10 25x30 2x20')],
        firing: [{ at: '25m', labels: [{ tenant: 'sportowo', deployment: 'dep-b' }] }],
        silent: ['5m', '50m'],
      },
      {
        // A short spike: the 5m window burns, the 1h window stays low.
        name: 'a five-minute spike does not page anyone',
        input: [burn('1h', '2x60'), burn('5m', '1x20 30x5 1x35')],
        firing: [],
        silent: ['23m', '25m'],
      },
    ],
  },
];
