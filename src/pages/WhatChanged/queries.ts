import { HEALTH_CHECKS, type HealthCheckDef } from '../../catalog/health';
import { SIGNALS } from '../../catalog/signals';
import { changeAnnotationExprs } from '../../queries/annotations';
import { buildsExpr, configReloadsExpr } from '../../queries/changes';
import { IMPACT_STEP_SECONDS, impactExprs } from '../../queries/deployImpact';
import { healthExpr } from '../../queries/health';
import { filterOptionQueries } from '../../queries/presence';
import { metricServices, signalDayBaselineExpr, signalExpr, signalWatches } from '../../queries/signals';
import { type LabelNames, legendOf } from '../../queries/selector';
import { type QueryBuilder, groupedQueries, instantQuery, rangeQuery } from '../../queries/query';
import { BAND_EDGES } from '../../catalog/bands';
import { bandLegend, signalBandExpr } from '../../queries/bands';

/** The window a mover's "now" is measured over. */
export const MOVER_WINDOW = '30m';

/** A signal panel's queries: the signal and the edges of its expected range. */
export const SIGNAL_REFS = { value: 'value', low: 'low', high: 'high' } as const;

export const nowRef = (signal: string) => `now:${signal}`;
export const beforeRef = (signal: string) => `before:${signal}`;
export const usualRef = (signal: string) => `usual:${signal}`;

/** Every signal of the chosen service now, at the baseline and as usual over the last day: what the table ranks. */
export function moverQueries(names: LabelNames): QueryBuilder {
  return ({ filters, baseline }) =>
    SIGNALS.filter((signal) => signalWatches(signal, filters.service))
      .flatMap((signal) => [
        instantQuery(nowRef(signal.id), signalExpr(signal, MOVER_WINDOW, filters, undefined, names)),
        instantQuery(beforeRef(signal.id), signalExpr(signal, MOVER_WINDOW, filters, baseline, names)),
        instantQuery(usualRef(signal.id), signalDayBaselineExpr(signal, MOVER_WINDOW, filters, names)),
      ])
      // The baselines are in the queries already: the page's time comparison must not run them again.
      .map((query) => ({ ...query, timeRangeCompare: false }));
}

/**
 * One signal over time, per its labels, and the edges of its expected range when the filters allow one (the band
 * queries are not time-compared: a range of past weeks a week ago says nothing more).
 */
export function signalSeriesQuery(signalId: string, names: LabelNames): QueryBuilder {
  const signal = SIGNALS.find((candidate) => candidate.id === signalId)!;
  return ({ filters }) => [
    rangeQuery(
      SIGNAL_REFS.value,
      signalExpr(signal, '$__rate_interval', filters, undefined, names),
      legendOf(signal.by, names)
    ),
    ...BAND_EDGES.flatMap((edge) => {
      const expr = signalBandExpr(signal, edge, filters, names);
      return expr
        ? [
            {
              ...rangeQuery(SIGNAL_REFS[edge], expr, bandLegend(legendOf(signal.by, names), edge)),
              timeRangeCompare: false,
            },
          ]
        : [];
    }),
  ];
}

/** The signals the faulty-deploy check compares before and after each change. */
export const CHANGE_CHECK_SIGNALS = ['error_ratio', 'latency_p95'].map((id) =>
  SIGNALS.find((signal) => signal.id === id)!
);
export const BUILDS_REF = 'changes:builds';
export const RELOADS_REF = 'changes:reloads';
export const checkRef = (signal: string) => `changes:${signal}`;

/**
 * Builds and config reloads over the range, the signals that tell whether a change broke something, and each
 * partner's orders and money by the hour, a week earlier and as the past weeks had them, for what it cost.
 */
export function changeQueries(names: LabelNames): QueryBuilder {
  // Changes are judged within the range itself: the page's time comparison must not run them again.
  const overTime = (refId: string, expr: string) => ({ ...rangeQuery(refId, expr), timeRangeCompare: false });
  return ({ filters }) => [
    overTime(BUILDS_REF, buildsExpr(filters, names)),
    overTime(RELOADS_REF, configReloadsExpr(filters, names)),
    ...CHANGE_CHECK_SIGNALS.map((signal) =>
      overTime(checkRef(signal.id), signalExpr(signal, '5m', filters, undefined, names))
    ),
    ...impactExprs(filters, names).map(([refId, expr]) => ({
      ...overTime(refId, expr),
      interval: `${IMPACT_STEP_SECONDS}s`,
    })),
  ];
}

/** The labels that name a health check's bar. */
const HEALTH_LEGENDS: Record<HealthCheckDef['id'], string[]> = {
  job_overdue: ['deployment', 'job'],
  job_failures: ['deployment', 'job'],
  db_connections: ['deployment'],
  disk_free: ['deployment', 'mountpoint'],
  queue_growth: ['deployment', 'queue'],
  cert_expiry: ['tenant'],
};

/** A health check, one bar per place, at the range's end. */
export function healthQueries(check: HealthCheckDef, names: LabelNames): QueryBuilder {
  return ({ filters }) => [
    {
      ...instantQuery(check.id, healthExpr(check, filters, '$__range', names)),
      legendFormat: legendOf(HEALTH_LEGENDS[check.id], names),
      timeRangeCompare: false,
    },
  ];
}

/**
 * Every key signal's series in one request, which the signal panels share (their refIds are the signals' ids); a
 * page narrowed to a service asks only for the panels it shows.
 */
export function signalSeriesQueries(names: LabelNames): QueryBuilder {
  return (context) =>
    groupedQueries(
      SIGNALS.filter((signal) => signalWatches(signal, context.filters.service)).map((signal) => [
        signal.id,
        signalSeriesQuery(signal.id, names),
      ])
    )(context);
}

/** Every health check in one request, which the bar gauges share; narrowed to a service, the checks it shows. */
export function healthCheckQueries(names: LabelNames): QueryBuilder {
  return (context) =>
    HEALTH_CHECKS.filter(
      (check) => context.filters.service === undefined || metricServices(check.metric).includes(context.filters.service)
    ).flatMap((check) => healthQueries(check, names)(context));
}

/** Every query the What changed page issues: panels, annotation layers and the pickers' options. */
export function whatChangedQueryList(names: LabelNames): QueryBuilder[] {
  return [
    moverQueries(names),
    signalSeriesQueries(names),
    changeQueries(names),
    healthCheckQueries(names),
    () => Object.entries(changeAnnotationExprs(names)).map(([refId, expr]) => rangeQuery(refId, expr)),
    filterOptionQueries(names),
  ];
}
