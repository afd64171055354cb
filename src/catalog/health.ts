import type { LocalizedText, MetricUnit } from './types';
import { METRIC } from './metricNames';

/** A health check of the What changed page: one bar per place, red past its threshold. */
export interface HealthCheckDef {
  id: 'job_overdue' | 'job_failures' | 'db_connections' | 'disk_free' | 'queue_growth' | 'cert_expiry';
  title: LocalizedText;
  /** One line on what "bad" looks like, for people who are not developers. */
  bad: LocalizedText;
  unit: MetricUnit;
  /** The value where the bar turns red, and on which side of it trouble lies. */
  threshold: { value: number; worse: 'above' | 'below' };
  /** The contract metric it reads first (its service decides where the panel shows when the page is narrowed). */
  metric: string;
  /** The limit the metric is a share of, where the check is a share. */
  limit?: string;
}

const DAY = 86400;

/** The shop's background work and saturation, laid out for someone who is not a developer. */
export const HEALTH_CHECKS: HealthCheckDef[] = [
  {
    id: 'job_overdue',
    title: {
      en: 'Background jobs: time since last success, of the time allowed',
      pl: 'Zadania w tle: czas od ostatniego sukcesu wobec dozwolonego',
    },
    bad: {
      en: 'A bar past 100%: the job has not succeeded for longer than it may (a day for nightly jobs, an hour for the InPost sync).',
      pl: 'Pasek powyżej 100%: zadanie nie udało się dłużej, niż może (doba dla nocnych zadań, godzina dla synchronizacji InPost).',
    },
    unit: 'percentunit',
    threshold: { value: 1, worse: 'above' },
    metric: METRIC.shopJobLastSuccessTimestampSeconds,
  },
  {
    id: 'job_failures',
    title: { en: 'Background job runs that failed', pl: 'Nieudane uruchomienia zadań w tle' },
    bad: {
      en: 'Any failed run in the time range: read that job’s log.',
      pl: 'Każde nieudane uruchomienie w zakresie czasu: przeczytaj log tego zadania.',
    },
    unit: 'short',
    threshold: { value: 1, worse: 'above' },
    metric: METRIC.shopJobRunsTotal,
  },
  {
    id: 'db_connections',
    title: { en: 'Database connections in use', pl: 'Zajęte połączenia z bazą danych' },
    bad: {
      en: 'Above 80%: soon new requests wait for a connection or fail.',
      pl: 'Powyżej 80%: wkrótce nowe żądania będą czekać na połączenie albo zawodzić.',
    },
    unit: 'percentunit',
    threshold: { value: 0.8, worse: 'above' },
    metric: METRIC.pgStatDatabaseNumbackends,
    limit: METRIC.pgSettingsMaxConnections,
  },
  {
    id: 'disk_free',
    title: { en: 'Free disk space', pl: 'Wolne miejsce na dysku' },
    bad: {
      en: 'Below 15%: the database or the logs will soon stop writing.',
      pl: 'Poniżej 15%: baza danych albo logi wkrótce przestaną zapisywać.',
    },
    unit: 'percentunit',
    threshold: { value: 0.15, worse: 'below' },
    metric: METRIC.nodeFilesystemAvailBytes,
    limit: METRIC.nodeFilesystemSizeBytes,
  },
  {
    id: 'queue_growth',
    title: { en: 'Queue backlog growth per hour', pl: 'Przyrost zaległości w kolejce na godzinę' },
    bad: {
      en: 'A queue growing by 100 messages an hour or more for half an hour: its consumer cannot keep up or is dead.',
      pl: 'Kolejka rośnie o 100 wiadomości na godzinę lub więcej przez pół godziny: jej konsument nie nadąża albo nie działa.',
    },
    unit: 'short',
    threshold: { value: 100, worse: 'above' },
    metric: METRIC.rabbitmqQueueMessagesReady,
  },
  {
    id: 'cert_expiry',
    title: { en: 'Time until certificates expire', pl: 'Czas do wygaśnięcia certyfikatów' },
    bad: {
      en: 'Under 14 days: renew now, or browsers will refuse the partner’s shop.',
      pl: 'Poniżej 14 dni: odnów teraz, inaczej przeglądarki odrzucą sklep partnera.',
    },
    unit: 's',
    threshold: { value: 14 * DAY, worse: 'below' },
    metric: METRIC.probeSslEarliestCertExpiry,
  },
];
