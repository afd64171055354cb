import { JOB_ALLOWED_GAP_HOURS } from '../catalog/areas/jobs';
import type { HealthCheckDef } from '../catalog/health';
import { type ShopFilters, filterMatchers, filtersForMetric } from './business';
import { assertWindow } from './functions';
import { CONTRACT_LABELS, type LabelNames, type Matcher, eq, labelName, selector } from './selector';

/**
 * A health check's PromQL, narrowed by the filters that apply to its metrics. `range` is the failed-runs window:
 * Grafana's `$__range` on the page, a fixed duration in tests.
 */
export function healthExpr(
  check: HealthCheckDef,
  filters: ShopFilters = {},
  range = '$__range',
  names: LabelNames = CONTRACT_LABELS
): string {
  const series = (metric: string, matchers: Matcher[] = []) =>
    selector(metric, [...filterMatchers(filtersForMetric(metric, filters)), ...matchers], names);
  const by = (...labels: string[]) => labels.map((label) => labelName(label, names)).join(', ');
  switch (check.id) {
    case 'job_overdue':
      // One term per scheduled job, each divided by that job's allowed gap.
      return Object.entries(JOB_ALLOWED_GAP_HOURS)
        .map(
          ([job, hours]) =>
            `clamp_min(time() - max by (${by('deployment', 'job')}) (${series(check.metric, [eq('job', job)])}), 0) / ${hours * 3600}`
        )
        .join(' or ');
    case 'job_failures':
      return `sum by (${by('deployment', 'job')}) (increase(${series(check.metric, [eq('outcome', 'failure')])}[${range === '$__range' ? range : assertWindow(range)}]))`;
    case 'db_connections':
      return `sum by (${by('deployment')}) (${series(check.metric)}) / max by (${by('deployment')}) (${series('pg_settings_max_connections')})`;
    case 'disk_free':
      return `min by (${by('deployment', 'mountpoint')}) (${series(check.metric)} / ${series('node_filesystem_size_bytes')})`;
    case 'queue_growth':
      return `sum by (${by('deployment', 'queue')}) (deriv(${series(check.metric)}[30m])) * 3600`;
    case 'cert_expiry':
      return `min by (${by('tenant', 'instance')}) (${series(check.metric)}) - time()`;
  }
}
