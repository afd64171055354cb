import {
  ACTIVITY_DAYS,
  ALERTS,
  ALERTS_SERIES,
  ALERT_EVALUATION_SECONDS,
  type AlertDef,
  GRAFANA_ALERTS_SERIES,
  GRAFANA_STATE_LABEL,
} from '../catalog/alerts';
import { type PromQuery, type QueryBuilder, instantQuery } from './query';
import { type Matcher, anyOf, eq, selector } from './selector';

/** refIds of the Alerts page's activity queries. */
export const ACTIVITY_REFS = {
  now: 'now',
  firingSamples: 'firingSamples',
  firings: 'firings',
  flaps: 'flaps',
} as const;

const EVAL = `${ALERT_EVALUATION_SECONDS}s`;
const RANGE = `${ACTIVITY_DAYS}d`;

/** ShopPulse's alerts in `series` (ALERTS or GRAFANA_ALERTS), in `states`: only the catalog's names, each escaped. */
function alertsSeries(alerts: AlertDef[], states: Array<'firing' | 'pending'>, series = ALERTS_SERIES): string {
  const matchers: Matcher[] = [
    anyOf(
      'alertname',
      alerts.map((alert) => alert.id)
    ),
    states.length === 1 ? eq('alertstate', states[0]) : anyOf('alertstate', states),
  ];
  return selector(series, matchers);
}

/**
 * Per alert, Prometheus' figure where its ALERTS series has one, else Grafana's from GRAFANA_ALERTS: a template
 * installed both ways is one alert, counted once.
 */
const fromEitherHistory = (perSeries: (series: string) => string) =>
  `${perSeries(ALERTS_SERIES)} or ${perSeries(GRAFANA_ALERTS_SERIES)}`;

/**
 * Each firing instance at the subquery's minute when it started firing: a sample in the last evaluation interval and
 * none in the one before. Windows, not presence, so that neither the staleness markers Prometheus writes nor the
 * five-minute look-back over history written without them (promtool's) moves a start; they end a second before the
 * minute, so that history evaluated at whole minutes has one evaluation in each, in Prometheus 2 (closed windows) and
 * 3 (left-open) alike. (A `timestamp()` form is as exact but about 40 times slower in Prometheus 2.42.) Grafana's
 * state label is left out, so that a firing that turns from alerting to recovering is not a second start.
 */
export function firingStarts(alerts: AlertDef[] = ALERTS, series = ALERTS_SERIES): string {
  const firing = alertsSeries(alerts, ['firing'], series);
  const evaluated = (offset: number) =>
    `count without (${GRAFANA_STATE_LABEL}) (count_over_time(${firing}[${EVAL}] offset ${offset}s))`;
  return `${evaluated(1)} unless ${evaluated(ALERT_EVALUATION_SECONDS + 1)}`;
}

/** Every instance pending or firing at Prometheus' last evaluation (a state lasts until the next one). */
export function alertStatesNow(alerts: AlertDef[] = ALERTS): string {
  return `last_over_time(${alertsSeries(alerts, ['firing', 'pending'])}[${EVAL}])`;
}

/** Per alert, the evaluations it was firing at over the last 30 days (× the interval: the time it fired). */
export function firingSamples(alerts: AlertDef[] = ALERTS): string {
  return fromEitherHistory(
    (series) => `sum by (alertname) (count_over_time(${alertsSeries(alerts, ['firing'], series)}[${RANGE}]))`
  );
}

/** Per alert, how often one of its instances started firing over the last 30 days. */
export function firingCount(alerts: AlertDef[] = ALERTS): string {
  return fromEitherHistory(
    (series) => `sum by (alertname) (count_over_time((${firingStarts(alerts, series)})[${RANGE}:${EVAL}]))`
  );
}

/** Per alert, the most starts of one of its instances within one clock hour of the last 30 days: flapping. */
export function mostStartsInAnHour(alerts: AlertDef[] = ALERTS): string {
  return fromEitherHistory((series) => {
    const perHour = `count_over_time((${firingStarts(alerts, series)})[1h:${EVAL}])`;
    return `max by (alertname) (max_over_time(${perHour}[${RANGE}:1h]))`;
  });
}

/** The Alerts page's queries of how the alerts behaved, all instant at the range's end. */
export const alertActivityQueries: QueryBuilder = (): PromQuery[] => [
  instantQuery(ACTIVITY_REFS.now, alertStatesNow()),
  instantQuery(ACTIVITY_REFS.firingSamples, firingSamples()),
  instantQuery(ACTIVITY_REFS.firings, firingCount()),
  instantQuery(ACTIVITY_REFS.flaps, mostStartsInAnHour()),
];
