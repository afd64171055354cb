import { SLA_FIGURES } from '../sla';
import { BURN_RATE_PAIRS, slaRecord } from '../slo';
import type { AlertCase, AlertDef } from './types';

type Pair = (typeof BURN_RATE_PAIRS)[number];
const WHERE = { tenant: 'sportowo', deployment: 'dep-b' };
const series = (record: string) => `${record}{tenant="sportowo",deployment="dep-b"}`;

/** Both windows above the threshold fire the alert; the short window alone (a spike, or a recovery) does not. */
function burnCases(pair: Pair): AlertCase[] {
  const high = pair.burnRate * 1.5;
  const low = pair.burnRate / 2;
  return [
    {
      name: 'both windows burn too fast, then the short one recovers',
      input: [
        { series: series(slaRecord.burnRate(pair.long)), values: `${low}x10 ${high}x60` },
        { series: series(slaRecord.burnRate(pair.short)), values: `${low}x10 ${high}x40 ${low}x20` },
      ],
      firing: [{ at: '45m', labels: [WHERE] }],
      silent: ['5m', '65m'],
    },
    {
      name: 'a spike in the short window alone pages nobody',
      input: [
        { series: series(slaRecord.burnRate(pair.long)), values: `${low}x70` },
        { series: series(slaRecord.burnRate(pair.short)), values: `${low}x10 ${high * 3}x60` },
      ],
      firing: [],
      silent: ['45m'],
    },
  ];
}

function burnAlert(pair: Pair): AlertDef {
  const fast = pair.level === 'phone';
  return {
    id: `SlaBurnRate${pair.long}`,
    level: pair.level,
    recipient: fast ? 'on-call engineer' : 'partner account manager',
    condition: { kind: 'burnRate', long: pair.long, short: pair.short, factor: pair.burnRate },
    for: fast ? '2m' : '15m',
    where: ['tenant', 'deployment'],
    summary: {
      en: `{{ $labels.tenant }} burns its monthly error budget ${pair.burnRate}× faster than it can last (over ${pair.long} and ${pair.short}).`,
      pl: `{{ $labels.tenant }} spala miesięczny budżet błędów ${pair.burnRate}× szybciej, niż wystarczy (w oknach ${pair.long} i ${pair.short}).`,
    },
    runbook: fast
      ? {
          en: 'Open the partner’s page: which routes fail or slow down, and what changed on its deployment just before (a deploy? roll it back).',
          pl: 'Otwórz stronę partnera: które ścieżki zawodzą lub zwalniają i co zmieniło się tuż przed tym na jego wdrożeniu (wdrożenie? wycofaj je).',
        }
      : {
          en: 'The SLA will be breached this month at this pace: agree a fix date with engineering and tell the partner before they notice.',
          pl: 'W tym tempie SLA zostanie złamane w tym miesiącu: ustal termin naprawy z zespołem i uprzedź partnera, zanim sam zauważy.',
        },
    page: 'partners',
    cases: burnCases(pair),
  };
}

export const slaAlerts: AlertDef[] = [
  ...BURN_RATE_PAIRS.map(burnAlert),
  {
    id: 'SlaErrorBudgetExhausted',
    level: 'mail',
    recipient: 'partner account manager',
    condition: { kind: 'budgetExhausted' },
    for: '15m',
    where: ['tenant', 'deployment'],
    summary: {
      en: `{{ $labels.tenant }} has used up its error budget: over the last 30 days fewer than ${SLA_FIGURES.en.target} of its requests were good.`,
      pl: `{{ $labels.tenant }} wyczerpał budżet błędów: w ostatnich 30 dniach mniej niż ${SLA_FIGURES.pl.target} jego żądań było dobrych.`,
    },
    runbook: {
      en: 'The contract is breached: inform the partner with the monthly SLA report from the partner’s page, and freeze risky deploys on its deployment.',
      pl: 'Umowa jest złamana: poinformuj partnera raportem SLA ze strony partnera i wstrzymaj ryzykowne wdrożenia na jego wdrożeniu.',
    },
    page: 'partners',
    cases: [
      {
        name: 'the budget runs out',
        input: [{ series: series(slaRecord.budgetRemaining), values: '0.2x10 -0.1x40' }],
        firing: [{ at: '40m', labels: [WHERE] }],
        silent: ['5m'],
      },
    ],
  },
];
