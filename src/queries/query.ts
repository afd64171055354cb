import type { SceneDataQuery } from '@grafana/scenes';
import type { BusinessResolution } from '../catalog/business';
import type { ShopFilters } from './business';

/** What a page's queries are built from: its filters, its comparison and the time range's end and resolution. */
export interface QueryContext {
  filters: ShopFilters;
  resolution: BusinessResolution;
  /** What the page compares with: `1w` or `1d`. */
  baseline: string;
  /** Unix seconds of the range's end, for windows anchored to the calendar (month to date) and to midnights. */
  to: number;
  /** Unix seconds of the range's start: long ranges read whole days between it and `to`. */
  from: number;
  /** Read raw counters instead of recorded increases: only the benchmark's comparison does. */
  raw?: boolean;
}

/** A Prometheus query as the data source takes it. */
export interface PromQuery extends SceneDataQuery {
  expr: string;
  instant?: boolean;
  range?: boolean;
  format?: 'time_series' | 'table' | 'heatmap';
  legendFormat?: string;
  /** The smallest step Grafana may ask a range query at ("Min step"). */
  interval?: string;
}

/** A panel's queries, rebuilt from the context whenever a filter or the time range changes. */
export type QueryBuilder = (context: QueryContext) => PromQuery[];

/** One value per series at the range's end. */
export function instantQuery(refId: string, expr: string): PromQuery {
  return { refId, expr, instant: true, range: false, format: 'time_series' };
}

/** One value per series at the range's end, as table rows (merged on their labels by the panels). */
export function tableQuery(refId: string, expr: string): PromQuery {
  return { ...instantQuery(refId, expr), format: 'table' };
}

/** Series over the whole range. */
export function rangeQuery(refId: string, expr: string, legendFormat?: string): PromQuery {
  return { refId, expr, instant: false, range: true, legendFormat };
}

/** What separates a panel's name from its queries' refIds in a request several panels share (`revenue/now`). */
export const GROUP_SEPARATOR = '/';

/** Several panels' queries in one request, each refId under its panel's name, for the panels' `QueryShare`s. */
export function groupedQueries(groups: Array<[string, QueryBuilder]>): QueryBuilder {
  return (context) =>
    groups.flatMap(([group, build]) =>
      build(context).map((query) => ({ ...query, refId: `${group}${GROUP_SEPARATOR}${query.refId}` }))
    );
}
