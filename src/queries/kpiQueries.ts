import { BANDED_KPIS } from '../catalog/bands';
import { type KpiDef, findRisk } from '../catalog/business';
import { kpiBandExpr, kpiLastHourExpr } from './bands';
import { type BusinessQueryContext, kpiExpr } from './business';
import { riskExpr } from './businessRisks';
import { type QueryBuilder, type QueryContext, instantQuery } from './query';
import type { LabelNames } from './selector';

export const NOW = 'now';
export const WEEK_AGO = 'weekAgo';
/** A banded KPI's last hour and the range the same hour took over the past weeks. */
export const LAST_HOUR = 'lastHour';
export const USUAL_LOW = 'usualLow';
export const USUAL_HIGH = 'usualHigh';
/** The places where the risk that leaves a KPI unknown is true (its `unknownWhile`). */
export const UNKNOWN_WHILE = 'unknownWhile';

/** The query contexts a panel runs over Grafana's dashboard range. */
export function rangeContext(context: QueryContext, names: LabelNames, offset?: string): BusinessQueryContext {
  return { ...context, range: '$__range', names, offset };
}

/**
 * A KPI over the range, over the same range one week earlier, its last hour against its expected range when it has
 * one, and whether its figures are unknown at the end;
 * `risksAskedElsewhere` leaves the last out for a page whose risk strip already asks it.
 */
export function kpiQueries(kpi: KpiDef, names: LabelNames, { risksAskedElsewhere = false } = {}): QueryBuilder {
  return (context) => [
    instantQuery(NOW, kpiExpr(kpi, rangeContext(context, names))),
    instantQuery(WEEK_AGO, kpiExpr(kpi, rangeContext(context, names, '1w'))),
    ...(BANDED_KPIS.includes(kpi.id)
      ? [
          instantQuery(LAST_HOUR, kpiLastHourExpr(kpi, context.filters, names)),
          instantQuery(USUAL_LOW, kpiBandExpr(kpi, 'low', context.filters, names)),
          instantQuery(USUAL_HIGH, kpiBandExpr(kpi, 'high', context.filters, names)),
        ]
      : []),
    ...(kpi.unknownWhile && !risksAskedElsewhere
      ? [instantQuery(UNKNOWN_WHILE, riskExpr(findRisk(kpi.unknownWhile), context.filters, names))]
      : []),
  ];
}
