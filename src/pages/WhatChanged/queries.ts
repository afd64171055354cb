import { SIGNALS } from '../../catalog/signals';
import { signalExpr } from '../../queries/signals';
import type { LabelNames } from '../../queries/selector';
import { instantQuery } from '../../scenes/kpiQueries';
import type { PromQuery, QueryBuilder } from '../../scenes/ShopQueryRunner';

/** The window a mover's "now" is measured over. */
export const MOVER_WINDOW = '30m';

export const nowRef = (signal: string) => `now:${signal}`;
export const beforeRef = (signal: string) => `before:${signal}`;

/** Every signal now and at the baseline: what the top-movers table ranks. */
export function moverQueries(names: LabelNames): QueryBuilder {
  return ({ filters, baseline }) =>
    SIGNALS.flatMap((signal) => [
      instantQuery(nowRef(signal.id), signalExpr(signal, MOVER_WINDOW, filters, undefined, names)),
      instantQuery(beforeRef(signal.id), signalExpr(signal, MOVER_WINDOW, filters, baseline, names)),
    ]);
}

/** One signal over time, per its labels. */
export function signalSeriesQuery(signalId: string, names: LabelNames): QueryBuilder {
  const signal = SIGNALS.find((candidate) => candidate.id === signalId)!;
  return ({ filters }): PromQuery[] => [
    {
      refId: signal.id,
      expr: signalExpr(signal, '$__rate_interval', filters, undefined, names),
      range: true,
      instant: false,
      legendFormat: signal.by.map((label) => `{{${label}}}`).join(' '),
    },
  ];
}
