import { SIGNALS } from '../../catalog/signals';
import { buildsExpr, configReloadsExpr } from '../../queries/changes';
import { signalDayBaselineExpr, signalExpr, signalWatches } from '../../queries/signals';
import { type LabelNames, legendOf } from '../../queries/selector';
import { type QueryBuilder, instantQuery, rangeQuery } from '../../queries/query';

/** The window a mover's "now" is measured over. */
export const MOVER_WINDOW = '30m';

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

/** One signal over time, per its labels. */
export function signalSeriesQuery(signalId: string, names: LabelNames): QueryBuilder {
  const signal = SIGNALS.find((candidate) => candidate.id === signalId)!;
  return ({ filters }) => [
    rangeQuery(
      signal.id,
      signalExpr(signal, '$__rate_interval', filters, undefined, names),
      legendOf(signal.by, names)
    ),
  ];
}

/** The signals the faulty-deploy check compares before and after each change. */
export const CHANGE_CHECK_SIGNALS = ['error_ratio', 'latency_p95'].map((id) =>
  SIGNALS.find((signal) => signal.id === id)!
);
export const BUILDS_REF = 'changes:builds';
export const RELOADS_REF = 'changes:reloads';
export const checkRef = (signal: string) => `changes:${signal}`;

/** Builds and config reloads over the range, and the signals that tell whether a change broke something. */
export function changeQueries(names: LabelNames): QueryBuilder {
  // Changes are judged within the range itself: the page's time comparison must not run them again.
  const overTime = (refId: string, expr: string) => ({ ...rangeQuery(refId, expr), timeRangeCompare: false });
  return ({ filters }) => [
    overTime(BUILDS_REF, buildsExpr(filters, names)),
    overTime(RELOADS_REF, configReloadsExpr(filters, names)),
    ...CHANGE_CHECK_SIGNALS.map((signal) =>
      overTime(checkRef(signal.id), signalExpr(signal, '5m', filters, undefined, names))
    ),
  ];
}
