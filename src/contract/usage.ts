import type { PageId } from '../catalog';
import METRIC_USAGE from './metricUsage.gen.json';

/** The pages whose queries read a contract metric, as `npm run generate` derived them from the PromQL. */
export function pagesReading(metricName: string): PageId[] {
  return ((METRIC_USAGE as Record<string, string[]>)[metricName] ?? []) as PageId[];
}
