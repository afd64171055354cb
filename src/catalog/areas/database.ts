import { DEPLOYMENT_LABEL } from '../labels';
import type { AreaDef } from '../types';
import { METRIC } from '../metricNames';

const PG = 'prometheus-community/postgres_exporter; `deployment` from scrape relabelling';
const NODE = 'prometheus/node_exporter filesystem collector';

export const database: AreaDef = {
  id: 'database',
  title: { en: 'SQL database and disks', pl: 'Baza SQL i dyski' },
  description: {
    en: 'Orders, accounts and payments live in PostgreSQL; running out of connections or disk stops the shop.',
    pl: 'Zamówienia, konta i płatności są w PostgreSQL; brak połączeń lub miejsca na dysku zatrzymuje sklep.',
  },
  metrics: [
    {
      name: METRIC.pgUp,
      type: 'gauge',
      unit: 'none',
      labels: [DEPLOYMENT_LABEL],
      service: 'database',
      help: { en: '1 when the database answers, 0 when it does not.', pl: '1 gdy baza odpowiada, 0 gdy nie.' },
      convention: PG,
    },
    {
      name: METRIC.pgStatDatabaseNumbackends,
      type: 'gauge',
      unit: 'short',
      labels: [DEPLOYMENT_LABEL, 'datname'],
      service: 'database',
      help: {
        en: 'How many connections to the database are open now.',
        pl: 'Ile połączeń z bazą jest teraz otwartych.',
      },
      convention: PG,
    },
    {
      name: METRIC.pgSettingsMaxConnections,
      type: 'gauge',
      unit: 'short',
      labels: [DEPLOYMENT_LABEL],
      service: 'database',
      help: {
        en: 'How many connections the database allows at most.',
        pl: 'Ile połączeń baza dopuszcza najwyżej.',
      },
      convention: PG,
    },
    {
      name: METRIC.pgStatDatabaseXactCommit,
      type: 'counter',
      unit: 'short',
      labels: [DEPLOYMENT_LABEL, 'datname'],
      service: 'database',
      help: { en: 'How many transactions the database completed.', pl: 'Ile transakcji baza zakończyła.' },
      convention: PG,
    },
    {
      name: METRIC.pgStatDatabaseXactRollback,
      type: 'counter',
      unit: 'short',
      labels: [DEPLOYMENT_LABEL, 'datname'],
      service: 'database',
      help: { en: 'How many transactions the database had to undo.', pl: 'Ile transakcji baza musiała wycofać.' },
      convention: PG,
    },
    {
      name: METRIC.pgStatDatabaseDeadlocks,
      type: 'counter',
      unit: 'short',
      labels: [DEPLOYMENT_LABEL, 'datname'],
      service: 'database',
      help: {
        en: 'How many times two transactions blocked each other and one was stopped.',
        pl: 'Ile razy dwie transakcje zablokowały się nawzajem i jedną przerwano.',
      },
      convention: PG,
    },
    {
      name: METRIC.nodeFilesystemAvailBytes,
      type: 'gauge',
      unit: 'bytes',
      labels: [DEPLOYMENT_LABEL, 'mountpoint'],
      service: 'node',
      help: {
        en: 'Free disk space left for the database and the shop’s servers.',
        pl: 'Wolne miejsce na dysku dla bazy i serwerów sklepu.',
      },
      convention: NODE,
    },
    {
      name: METRIC.nodeFilesystemSizeBytes,
      type: 'gauge',
      unit: 'bytes',
      labels: [DEPLOYMENT_LABEL, 'mountpoint'],
      service: 'node',
      help: { en: 'Total size of each disk.', pl: 'Całkowity rozmiar każdego dysku.' },
      convention: NODE,
    },
  ],
};
