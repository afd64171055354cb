import type { KpiDef } from '../catalog/business';
import { type BusinessQueryContext, kpiExpr } from '../queries';
import type { LabelNames } from '../queries/selector';
import type { PromQuery, QueryBuilder, QueryContext } from './ShopQueryRunner';

export const NOW = 'now';
export const WEEK_AGO = 'weekAgo';

/** The query contexts a panel runs over Grafana's dashboard range. */
export function rangeContext(context: QueryContext, names: LabelNames, offset?: string): BusinessQueryContext {
  return { ...context, range: '$__range', names, offset };
}

export function instantQuery(refId: string, expr: string): PromQuery {
  return { refId, expr, instant: true, range: false, format: 'time_series' };
}

/** A KPI over the range, and over the same range one week earlier. */
export function kpiQueries(kpi: KpiDef, names: LabelNames): QueryBuilder {
  return (context) => [
    instantQuery(NOW, kpiExpr(kpi, rangeContext(context, names))),
    instantQuery(WEEK_AGO, kpiExpr(kpi, rangeContext(context, names, '1w'))),
  ];
}
