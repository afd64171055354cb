import { JOB_ALLOWED_GAP_HOURS } from '../catalog/areas/jobs';
import { HEALTH_CHECKS, type HealthCheckDef } from '../catalog/health';
import { type ShopFilters, filterMatchers, filtersForMetric } from './business';
import { assertWindow } from './functions';
import { CONTRACT_LABELS, type LabelNames, type Matcher, eq, labelName, selector } from './selector';

const JOB_OVERDUE = HEALTH_CHECKS.find((check) => check.id === 'job_overdue')!;

/** When `job` last succeeded, per deployment and job; `at` pins the selector to a time, such as `end()`. */
export function jobLastSuccess(
  job: string,
  filters: ShopFilters = {},
  names: LabelNames = CONTRACT_LABELS,
  at?: 'end()'
): string {
  const matchers = [...filterMatchers(filtersForMetric(JOB_OVERDUE.metric, filters)), eq('job', job)];
  const series = selector(JOB_OVERDUE.metric, matchers, names);
  const by = ['deployment', 'job'].map((label) => labelName(label, names)).join(', ');
  return `max by (${by}) (${at ? `${series} @ ${at}` : series})`;
}

/** How much of the time `job` may go without a success has passed since its last one (1: all), per deployment. */
export function jobOverdueShare(job: string, filters: ShopFilters = {}, names: LabelNames = CONTRACT_LABELS): string {
  return `clamp_min(time() - ${jobLastSuccess(job, filters, names)}, 0) / ${JOB_ALLOWED_GAP_HOURS[job] * 3600}`;
}

/** The deployments where `job` is past the job_overdue check's line: it has not succeeded for longer than it may. */
export function jobOverdueExpr(job: string, filters: ShopFilters = {}, names: LabelNames = CONTRACT_LABELS): string {
  const { threshold } = JOB_OVERDUE;
  return `${jobOverdueShare(job, filters, names)} ${threshold.worse === 'above' ? '>=' : '<='} ${threshold.value}`;
}

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
      return Object.keys(JOB_ALLOWED_GAP_HOURS)
        .map((job) => jobOverdueShare(job, filters, names))
        .join(' or ');
    case 'job_failures':
      return `sum by (${by('deployment', 'job')}) (increase(${series(check.metric, [eq('outcome', 'failure')])}[${range === '$__range' ? range : assertWindow(range)}]))`;
    case 'db_connections':
      return `sum by (${by('deployment')}) (${series(check.metric)}) / max by (${by('deployment')}) (${series(check.limit!)})`;
    case 'disk_free':
      return `min by (${by('deployment', 'mountpoint')}) (${series(check.metric)} / ${series(check.limit!)})`;
    case 'queue_growth':
      return `sum by (${by('deployment', 'queue')}) (deriv(${series(check.metric)}[30m])) * 3600`;
    case 'cert_expiry':
      return `min by (${by('tenant', 'instance')}) (${series(check.metric)}) - time()`;
  }
}
