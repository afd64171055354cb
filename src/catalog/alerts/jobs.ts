import { JOB_ALLOWED_GAP_HOURS } from '../areas/jobs';
import type { AlertCase, AlertDef } from './types';
import { METRIC } from '../metricNames';

/**
 * A case for a job whose last success is written at t=0 (as Unix time 0 + offset) and, in the normal case, renewed
 * every `everyMinutes`. promtool starts at Unix time 0, so a timestamp gauge holding `60*m` means "succeeded at minute m".
 */
function jobCases(job: string, everyMinutes: number): AlertCase[] {
  const staleAfterMinutes = JOB_ALLOWED_GAP_HOURS[job] * 60;
  const series = `${METRIC.shopJobLastSuccessTimestampSeconds}{deployment="dep-a",job="${job}"}`;
  const steps = staleAfterMinutes + 120;
  const renewed = Array.from({ length: steps + 1 }, (_, m) => Math.floor(m / everyMinutes) * everyMinutes * 60).join(
    ' '
  );
  const { firstStale, end } = { firstStale: staleAfterMinutes + 60, end: steps };
  return [
    {
      name: `${job} stops succeeding`,
      input: [{ series, values: `0x${steps}` }],
      firing: [{ at: `${firstStale}m`, labels: [{ deployment: 'dep-a' }] }],
      silent: [`${staleAfterMinutes - 5}m`],
    },
    {
      name: `${job} succeeds on schedule`,
      input: [{ series, values: renewed }],
      firing: [],
      silent: [`${firstStale}m`, `${end}m`],
    },
  ];
}

export const jobAlerts: AlertDef[] = [
  {
    id: 'FraudCheckNotFinished',
    level: 'phone',
    recipient: 'fraud analyst',
    condition: { kind: 'jobOverdue', job: 'fraud_check' },
    for: '10m',
    where: ['deployment'],
    summary: {
      en: 'The nightly fraud check has not finished on {{ $labels.deployment }}: parcels must not leave unchecked at 06:00.',
      pl: 'Nocna kontrola oszustw nie zakończyła się na {{ $labels.deployment }}: paczki nie mogą wyjechać bez kontroli o 6:00.',
    },
    runbook: {
      en: 'Hold the morning parcel hand-over for the deployment, then run the fraud check by hand and release parcels when it has finished.',
      pl: 'Wstrzymaj poranne przekazanie paczek dla wdrożenia, uruchom kontrolę ręcznie i zwolnij paczki po jej zakończeniu.',
    },
    page: 'what-changed',
    cases: jobCases('fraud_check', 1440),
  },
  {
    id: 'IndexMaintenanceNotRun',
    level: 'mail',
    recipient: 'database administrator',
    condition: { kind: 'jobOverdue', job: 'index_maintenance' },
    for: '30m',
    where: ['deployment'],
    summary: {
      en: 'Database index maintenance has not succeeded on {{ $labels.deployment }} for more than a day.',
      pl: 'Konserwacja indeksów bazy nie powiodła się na {{ $labels.deployment }} od ponad doby.',
    },
    runbook: {
      en: 'Read the job’s last log, fix the cause (locks, disk space), and run it outside peak hours.',
      pl: 'Przeczytaj ostatni log zadania, usuń przyczynę (blokady, miejsce na dysku) i uruchom je poza szczytem.',
    },
    page: 'what-changed',
    cases: jobCases('index_maintenance', 1440),
  },
  {
    id: 'DailyReportNotSent',
    level: 'mail',
    recipient: 'business owner',
    condition: { kind: 'jobOverdue', job: 'daily_report' },
    for: '30m',
    where: ['deployment'],
    summary: {
      en: 'The daily business report was not sent on {{ $labels.deployment }}.',
      pl: 'Dzienny raport biznesowy nie został wysłany na {{ $labels.deployment }}.',
    },
    runbook: {
      en: 'Until it is fixed, the Business page shows the same figures; ask the on-call engineer to rerun the report job.',
      pl: 'Do czasu naprawy te same liczby pokazuje strona Biznes; poproś dyżurnego o ponowne uruchomienie raportu.',
    },
    page: 'business',
    cases: jobCases('daily_report', 1440),
  },
  {
    id: 'InPostStatusSyncStale',
    level: 'mail',
    recipient: 'logistics',
    condition: { kind: 'jobOverdue', job: 'inpost_status_sync' },
    for: '15m',
    where: ['deployment'],
    summary: {
      en: 'Parcel statuses from InPost have not been updated on {{ $labels.deployment }} for over an hour: customers are not told their parcel is waiting.',
      pl: 'Statusy paczek z InPost nie są aktualizowane na {{ $labels.deployment }} od ponad godziny: klienci nie wiedzą, że paczka czeka.',
    },
    runbook: {
      en: 'Check the InPost API errors on the What changed page; if InPost is down, tell the call centre; otherwise restart the sync job.',
      pl: 'Sprawdź błędy API InPost na stronie Co się zmieniło; gdy InPost nie działa, uprzedź call center, w innym wypadku zrestartuj synchronizację.',
    },
    page: 'what-changed',
    cases: jobCases('inpost_status_sync', 15),
  },
  {
    id: 'BackupNotRun',
    level: 'mail',
    recipient: 'database administrator',
    condition: { kind: 'jobOverdue', job: 'backup' },
    for: '30m',
    where: ['deployment'],
    summary: {
      en: 'No database backup has succeeded on {{ $labels.deployment }} for more than a day.',
      pl: 'Na {{ $labels.deployment }} od ponad doby nie udała się żadna kopia zapasowa bazy.',
    },
    runbook: {
      en: 'Run the backup by hand today and check that the last good backup can be restored.',
      pl: 'Wykonaj kopię ręcznie jeszcze dziś i sprawdź, czy ostatnią dobrą kopię da się odtworzyć.',
    },
    page: 'what-changed',
    cases: jobCases('backup', 1440),
  },
  {
    id: 'CustomerEmailsFailing',
    level: 'mail',
    recipient: 'second-line support',
    condition: {
      kind: 'failureShare',
      metric: METRIC.shopEmailsSentTotal,
      label: 'outcome',
      good: 'sent',
      by: ['deployment'],
      window: '30m',
      above: 0.1,
    },
    for: '15m',
    where: ['deployment'],
    summary: {
      en: 'More than 10% of e-mails to customers of {{ $labels.deployment }} fail or bounce: order confirmations may not arrive.',
      pl: 'Ponad 10% e-maili do klientów {{ $labels.deployment }} nie dochodzi: potwierdzenia zamówień mogą nie docierać.',
    },
    runbook: {
      en: 'Check the mail provider (smtp on the What changed page); tell the call centre that customers may ask about missing confirmations.',
      pl: 'Sprawdź dostawcę poczty (smtp na stronie Co się zmieniło); uprzedź call center, że klienci mogą pytać o brak potwierdzeń.',
    },
    page: 'what-changed',
    cases: [
      {
        name: 'the mail provider rejects messages',
        input: [
          {
            series: `${METRIC.shopEmailsSentTotal}{tenant="kwiatex",deployment="dep-a",template="order_confirmation",outcome="sent"}`,
            values: '0+50x30 1500+20x60',
          },
          {
            series: `${METRIC.shopEmailsSentTotal}{tenant="kwiatex",deployment="dep-a",template="order_confirmation",outcome="failed"}`,
            values: '0x30 0+30x60',
          },
        ],
        firing: [{ at: '80m', labels: [{ deployment: 'dep-a' }] }],
        silent: ['29m'],
      },
    ],
  },
];
