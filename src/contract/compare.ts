import { AREAS, type AreaDef, type MetricDef, type PageId, seriesName } from '../catalog';
import { pagesReading } from './usage';

export interface AreaReport {
  area: AreaDef;
  present: MetricDef[];
  missing: MetricDef[];
}

export interface ContractReport {
  areas: AreaReport[];
  /** Pages that lose at least one panel, with the missing metrics that cause it. */
  disabledPages: Map<PageId, string[]>;
}

/** Compares the metric names a datasource knows with the contract, area by area. */
export function compareWithContract(names: string[]): ContractReport {
  const known = new Set(names);
  const disabledPages = new Map<PageId, string[]>();
  const areas = AREAS.map((area) => {
    const present = area.metrics.filter((metric) => known.has(seriesName(metric)));
    const missing = area.metrics.filter((metric) => !known.has(seriesName(metric)));
    for (const metric of missing) {
      pagesReading(metric.name).forEach((page) =>
        disabledPages.set(page, [...(disabledPages.get(page) ?? []), metric.name])
      );
    }
    return { area, present, missing };
  });
  return { areas, disabledPages };
}
