import type { PageId } from '../catalog';
import METRIC_USAGE from './metricUsage.gen.json';

const USAGE = METRIC_USAGE as { pages: Record<string, string[]>; dashboards: Record<string, string[]> };

/** The pages whose queries read a contract metric, as `npm run generate` derived them from the PromQL. */
export function pagesReading(metricName: string): PageId[] {
  return (USAGE.pages[metricName] ?? []) as PageId[];
}

/** The bundled dashboards (by title) whose queries read a contract metric. */
export function dashboardsReading(metricName: string): string[] {
  return USAGE.dashboards[metricName] ?? [];
}
