import { AREAS, type AreaDef, type MetricDef, type PageId, seriesName } from '../catalog';
import { dashboardsReading, pagesReading } from './usage';

export interface AreaReport {
  area: AreaDef;
  present: MetricDef[];
  missing: MetricDef[];
}

export interface ContractReport {
  areas: AreaReport[];
  /** Pages that lose at least one panel, with the missing metrics that cause it. */
  disabledPages: Map<PageId, string[]>;
  /** Bundled dashboards (by title) with at least one panel that loses data, with the missing metrics. */
  disabledDashboards: Map<string, string[]>;
}

function add<K>(map: Map<K, string[]>, key: K, metric: string) {
  map.set(key, [...(map.get(key) ?? []), metric]);
}

/** Compares the metric names a datasource knows with the contract, area by area. */
export function compareWithContract(names: string[]): ContractReport {
  const known = new Set(names);
  const disabledPages = new Map<PageId, string[]>();
  const disabledDashboards = new Map<string, string[]>();
  const areas = AREAS.map((area) => {
    const present = area.metrics.filter((metric) => known.has(seriesName(metric)));
    const missing = area.metrics.filter((metric) => !known.has(seriesName(metric)));
    for (const metric of missing) {
      pagesReading(metric.name).forEach((page) => add(disabledPages, page, metric.name));
      dashboardsReading(metric.name).forEach((dashboard) => add(disabledDashboards, dashboard, metric.name));
    }
    return { area, present, missing };
  });
  return { areas, disabledPages, disabledDashboards };
}
