import { SLA_FIGURES } from './sla';
import type { LocalizedText, MetricUnit } from './types';
import { METRIC } from './metricNames';

/** How a signal is computed over a window, per its labels. */
export type SignalQuery =
  /** Per-second rate of a counter. */
  | { kind: 'rate'; metric: string }
  /** Share of a counter's rate that matches `part` (`!value` means "not value", `~pattern` a regular expression). */
  | { kind: 'share'; metric: string; part: Record<string, string> }
  /** One counter's rate over another's, e.g. page errors per page view. */
  | { kind: 'ratio'; numerator: string; denominator: string }
  /** Share of gateway requests slower than the SLA threshold. */
  | { kind: 'slowShare' }
  /** A quantile of a histogram. */
  | { kind: 'quantile'; metric: string; quantile: number }
  /** A gauge's largest value in the window. */
  | { kind: 'gauge'; metric: string };

export interface SignalDef {
  id: string;
  title: LocalizedText;
  /** One line on what "bad" looks like, for people who are not developers. */
  bad: LocalizedText;
  unit: MetricUnit;
  /** The labels a mover is reported by. */
  by: string[];
  query: SignalQuery;
  /** Which way is trouble; `both` for volumes, where a drop and a spike both matter. */
  worse: 'up' | 'down' | 'both';
  /** Values this small are noise: added to both sides before comparing, so 0.001 → 0.002 is not "2×". */
  floor: number;
}

/** The key signals the What changed page ranks by how much they moved. */
export const SIGNALS: SignalDef[] = [
  {
    id: 'requests',
    title: { en: 'Requests per second', pl: 'Żądania na sekundę' },
    bad: {
      en: 'A sudden drop (customers cannot reach us) or spike (a bot, a campaign).',
      pl: 'Nagły spadek (klienci nie mogą wejść) lub skok (bot, kampania).',
    },
    unit: 'reqps',
    by: ['tenant', 'deployment'],
    query: { kind: 'rate', metric: METRIC.nginxVtsServerRequestsTotal },
    worse: 'both',
    floor: 0.5,
  },
  {
    id: 'error_ratio',
    title: { en: 'Server errors', pl: 'Błędy serwera' },
    bad: {
      en: 'More than 1 in 100 requests failing with a server error.',
      pl: 'Ponad 1 na 100 żądań kończy się błędem serwera.',
    },
    unit: 'percentunit',
    by: ['deployment', 'route'],
    query: { kind: 'share', metric: `${METRIC.nginxVtsServerRequestDurationSeconds}_count`, part: { code: '5xx' } },
    worse: 'up',
    floor: 0.01,
  },
  {
    id: 'slow_share',
    title: {
      en: `Requests slower than ${SLA_FIGURES.en.threshold}`,
      pl: `Żądania wolniejsze niż ${SLA_FIGURES.pl.threshold}`,
    },
    bad: {
      en: `More than ${SLA_FIGURES.en.allowed} of requests slower than the promised ${SLA_FIGURES.en.threshold}.`,
      pl: `Ponad ${SLA_FIGURES.pl.allowed} żądań wolniejszych niż obiecane ${SLA_FIGURES.pl.threshold}.`,
    },
    unit: 'percentunit',
    by: ['deployment', 'route'],
    query: { kind: 'slowShare' },
    worse: 'up',
    floor: 0.02,
  },
  {
    id: 'latency_p95',
    title: { en: 'Response time (95% of requests faster than)', pl: 'Czas odpowiedzi (95% żądań szybszych niż)' },
    bad: { en: 'Above 0.2 s: customers wait.', pl: 'Powyżej 0,2 s: klienci czekają.' },
    unit: 's',
    by: ['deployment', 'route'],
    query: { kind: 'quantile', metric: METRIC.nginxVtsServerRequestDurationSeconds, quantile: 0.95 },
    worse: 'up',
    floor: 0.05,
  },
  {
    id: 'service_errors',
    title: { en: 'Server errors per service', pl: 'Błędy serwera według usługi' },
    bad: {
      en: 'The back end, management system or file service failing more than 1 in 100 requests on a route.',
      pl: 'Back end, system zarządzania lub usługa plików zawodzi częściej niż 1 na 100 żądań na danej ścieżce.',
    },
    unit: 'percentunit',
    by: ['deployment', 'service', 'http_route'],
    query: {
      kind: 'share',
      metric: `${METRIC.httpServerRequestDurationSeconds}_count`,
      part: { http_response_status_code: '~5..' },
    },
    worse: 'up',
    floor: 0.01,
  },
  {
    id: 'service_latency_p95',
    title: { en: 'Service response time (95%)', pl: 'Czas odpowiedzi usługi (95%)' },
    bad: {
      en: 'A service behind the gateway answering much slower than usual.',
      pl: 'Usługa za bramką odpowiada znacznie wolniej niż zwykle.',
    },
    unit: 's',
    by: ['deployment', 'service'],
    query: { kind: 'quantile', metric: METRIC.httpServerRequestDurationSeconds, quantile: 0.95 },
    worse: 'up',
    floor: 0.05,
  },
  {
    id: 'frontend_errors',
    title: { en: 'Pages with errors in the browser', pl: 'Strony z błędami w przeglądarce' },
    bad: {
      en: 'More than 1 in 100 page views hitting a JavaScript error: customers see a broken page.',
      pl: 'Ponad 1 na 100 wyświetleń strony kończy się błędem JavaScript: klienci widzą zepsutą stronę.',
    },
    unit: 'percentunit',
    by: ['deployment', 'page'],
    query: {
      kind: 'ratio',
      numerator: METRIC.shopFrontendPageErrorsTotal,
      denominator: METRIC.shopFrontendPageViewsTotal,
    },
    worse: 'up',
    floor: 0.01,
  },
  {
    id: 'frontend_lcp_p75',
    title: {
      en: 'Page load time (75% of views faster than)',
      pl: 'Czas ładowania strony (75% wyświetleń szybszych niż)',
    },
    bad: {
      en: 'Above 2.5 s: the page feels slow and customers leave.',
      pl: 'Powyżej 2,5 s: strona wydaje się wolna i klienci odchodzą.',
    },
    unit: 's',
    by: ['deployment', 'page'],
    query: { kind: 'quantile', metric: METRIC.shopFrontendLcpSeconds, quantile: 0.75 },
    worse: 'up',
    floor: 0.5,
  },
  {
    id: 'search_query_time',
    title: { en: 'Search engine time per query', pl: 'Czas wyszukiwarki na zapytanie' },
    bad: {
      en: 'Elasticsearch taking several times longer per query than usual: product search slows down.',
      pl: 'Elasticsearch potrzebuje na zapytanie kilka razy więcej czasu niż zwykle: wyszukiwanie produktów zwalnia.',
    },
    unit: 's',
    by: ['deployment'],
    query: {
      kind: 'ratio',
      numerator: METRIC.elasticsearchIndicesSearchQueryTimeSeconds,
      denominator: METRIC.elasticsearchIndicesSearchQueryTotal,
    },
    worse: 'up',
    floor: 0.02,
  },
  {
    id: 'dependency_errors',
    title: { en: 'Failed calls to providers', pl: 'Nieudane wywołania dostawców' },
    bad: {
      en: 'A payment, parcel or search provider failing more than 2 in 100 calls.',
      pl: 'Dostawca płatności, paczek lub wyszukiwania zawodzi częściej niż 2 na 100 wywołań.',
    },
    unit: 'percentunit',
    by: ['deployment', 'dependency'],
    query: { kind: 'share', metric: METRIC.shopDependencyRequestsTotal, part: { outcome: '!ok' } },
    worse: 'up',
    floor: 0.01,
  },
  {
    id: 'dependency_latency_p95',
    title: { en: 'Provider response time (95%)', pl: 'Czas odpowiedzi dostawcy (95%)' },
    bad: {
      en: 'A provider answering several times slower than usual.',
      pl: 'Dostawca odpowiada kilka razy wolniej niż zwykle.',
    },
    unit: 's',
    by: ['deployment', 'dependency'],
    query: { kind: 'quantile', metric: METRIC.shopDependencyRequestDurationSeconds, quantile: 0.95 },
    worse: 'up',
    floor: 0.1,
  },
  {
    id: 'queue_depth',
    title: { en: 'Messages waiting in queues', pl: 'Wiadomości czekające w kolejkach' },
    bad: {
      en: 'A queue that keeps growing: its consumer is slow or dead.',
      pl: 'Kolejka, która ciągle rośnie: jej konsument jest wolny lub martwy.',
    },
    unit: 'short',
    by: ['deployment', 'queue'],
    query: { kind: 'gauge', metric: METRIC.rabbitmqQueueMessagesReady },
    worse: 'up',
    floor: 20,
  },
  {
    id: 'cache_hit_ratio',
    title: { en: 'Gateway cache hits', pl: 'Trafienia w cache bramki' },
    bad: {
      en: 'Fewer hits: more load on the back end, slower pages.',
      pl: 'Mniej trafień: większe obciążenie back endu, wolniejsze strony.',
    },
    unit: 'percentunit',
    by: ['deployment'],
    query: { kind: 'share', metric: METRIC.nginxVtsServerCacheTotal, part: { status: 'hit' } },
    worse: 'down',
    floor: 0.05,
  },
  {
    id: 'job_duration',
    title: { en: 'Background job duration', pl: 'Czas zadań w tle' },
    bad: {
      en: 'A nightly job taking much longer than last time.',
      pl: 'Nocne zadanie trwa znacznie dłużej niż ostatnio.',
    },
    unit: 's',
    by: ['deployment', 'job'],
    query: { kind: 'gauge', metric: METRIC.shopJobLastDurationSeconds },
    worse: 'up',
    floor: 60,
  },
  {
    id: 'payment_failures',
    title: { en: 'Failed payments', pl: 'Nieudane płatności' },
    bad: {
      en: 'More than 15 in 100 payments of a method failing.',
      pl: 'Ponad 15 na 100 płatności danej metody zawodzi.',
    },
    unit: 'percentunit',
    by: ['method'],
    query: { kind: 'share', metric: METRIC.shopPaymentsTotal, part: { outcome: '!success' } },
    worse: 'up',
    // About the failure share of the steadiest method: fast transfers are few, so 0 → 2.6% is a handful of payments.
    floor: 0.03,
  },
];

/** A mover scoring this much or more has "moved": twice as bad as its baseline. */
export const MOVED_THRESHOLD = 2;
