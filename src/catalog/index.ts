import { backend } from './areas/backend';
import { database } from './areas/database';
import { dependencies } from './areas/dependencies';
import { files } from './areas/files';
import { frontend } from './areas/frontend';
import { gateway } from './areas/gateway';
import { jobs } from './areas/jobs';
import { management } from './areas/management';
import { parcels } from './areas/parcels';
import { payments } from './areas/payments';
import { platform } from './areas/platform';
import { queue } from './areas/queue';
import { search } from './areas/search';
import { shop } from './areas/shop';
import type { AreaDef, MetricDef } from './types';

export * from './types';
export * from './labels';
export { METRIC } from './metricNames';
export { SLA, SLA_FIGURES } from './sla';
export { PAGES, HOME_PAGE, findPage, type PageDef } from './pages';

/** The metric contract: what the shop must expose for ShopPulse to work, area by area. */
export const AREAS: AreaDef[] = [
  shop,
  payments,
  parcels,
  gateway,
  backend,
  frontend,
  search,
  files,
  management,
  dependencies,
  database,
  queue,
  jobs,
  platform,
];

export const METRICS: MetricDef[] = AREAS.flatMap((area) => area.metrics);

export function findMetric(name: string): MetricDef | undefined {
  return METRICS.find((metric) => metric.name === name);
}

/** The name of the series a metric's samples are stored under (histograms are looked up by their `_bucket`). */
export function seriesName(metric: MetricDef): string {
  return metric.type === 'histogram' ? `${metric.name}_bucket` : metric.name;
}
export { CHANGE_SERIES } from './changes';
