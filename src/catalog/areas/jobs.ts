import { DEPLOYMENT_LABEL } from '../labels';
import type { AreaDef } from '../types';
import { METRIC } from '../metricNames';

const JOB_CONVENTION =
  'Batch-job pattern from the Prometheus docs (“last success timestamp” pushed or exposed by the job); own names';
export const JOBS = ['send_emails', 'daily_report', 'fraud_check', 'inpost_status_sync', 'index_maintenance', 'backup'];

/**
 * How many hours each scheduled job may go without a success before someone must look: a nightly job gets a day and
 * two hours of slack, the InPost sync (every 15 minutes) an hour. E-mail sending is watched by its queue instead.
 */
export const JOB_ALLOWED_GAP_HOURS: Record<string, number> = {
  fraud_check: 26,
  index_maintenance: 26,
  daily_report: 26,
  inpost_status_sync: 1,
  backup: 26,
};
const labels = [DEPLOYMENT_LABEL, 'job'];
const labelValues = { job: JOBS };

export const jobs: AreaDef = {
  id: 'jobs',
  title: { en: 'Background jobs', pl: 'Zadania w tle' },
  description: {
    en: 'The work nobody sees until it does not happen: e-mails, reports, the fraud check, InPost sync, index maintenance, backups.',
    pl: 'Praca, której nie widać, dopóki się nie zatrzyma: e-maile, raporty, kontrola oszustw, synchronizacja InPost, indeksy, kopie zapasowe.',
  },
  metrics: [
    {
      name: METRIC.shopJobRunsTotal,
      type: 'counter',
      unit: 'short',
      labels: [...labels, 'outcome'],
      labelValues: { ...labelValues, outcome: ['success', 'failure'] },
      service: 'worker',
      help: {
        en: 'How many times each job ran, and whether it worked.',
        pl: 'Ile razy każde zadanie się wykonało i czy się udało.',
      },
      convention: JOB_CONVENTION,
    },
    {
      name: METRIC.shopJobLastSuccessTimestampSeconds,
      type: 'gauge',
      unit: 'dateTimeFromNow',
      labels,
      labelValues,
      service: 'worker',
      help: {
        en: 'When each job last finished successfully.',
        pl: 'Kiedy każde zadanie ostatnio zakończyło się sukcesem.',
      },
      convention: JOB_CONVENTION,
    },
    {
      name: METRIC.shopJobLastRunTimestampSeconds,
      type: 'gauge',
      unit: 'dateTimeFromNow',
      labels,
      labelValues,
      service: 'worker',
      help: {
        en: 'When each job last started, whatever the outcome.',
        pl: 'Kiedy każde zadanie ostatnio wystartowało, bez względu na wynik.',
      },
      convention: JOB_CONVENTION,
    },
    {
      name: METRIC.shopJobLastDurationSeconds,
      type: 'gauge',
      unit: 's',
      labels,
      labelValues,
      service: 'worker',
      help: { en: 'How long the last run of each job took.', pl: 'Ile trwało ostatnie wykonanie każdego zadania.' },
      convention: JOB_CONVENTION,
    },
    {
      name: METRIC.shopJobItemsProcessedTotal,
      type: 'counter',
      unit: 'short',
      labels,
      labelValues,
      service: 'worker',
      help: {
        en: 'How many items each job handled (e-mails, orders checked, parcels synced, indexes rebuilt).',
        pl: 'Ile elementów obsłużyło każde zadanie (e-maile, sprawdzone zamówienia, paczki, indeksy).',
      },
      convention: JOB_CONVENTION,
    },
  ],
};
