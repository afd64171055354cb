import { CHANGE_SERIES, METRICS, type MetricDef, PAGES, type PageId } from '../../src/catalog';
import { BUSINESS_RESOLUTIONS } from '../../src/catalog/business';
import { PAGE_QUERIES, QUERY_CONTEXTS, SAMPLE_PARTNER } from '../../src/pages/pageQueries';
import { businessRecordingRules } from '../../src/queries/businessRules';
import { CONTRACT_LABELS } from '../../src/queries/selector';
import { type RecordingRule, slaRecordingRules } from '../../src/queries/slaRules';
import { metricsRead } from './promqlMetrics';

/** Series that are not the shop's: Prometheus writes them itself. */
const PROMETHEUS_SERIES = new Set([CHANGE_SERIES.alerts]);

const HISTOGRAM_SERIES = ['_bucket', '_sum', '_count'];

/** The contract metric a series name belongs to: itself, or the histogram whose bucket, sum or count it is. */
function contractMetric(series: string): MetricDef | undefined {
  return METRICS.find(
    (metric) =>
      metric.name === series ||
      (metric.type === 'histogram' && HISTOGRAM_SERIES.some((suffix) => `${metric.name}${suffix}` === series))
  );
}

function recordingRules(): RecordingRule[] {
  const { short, long } = slaRecordingRules();
  return [...short, ...long, ...BUSINESS_RESOLUTIONS.flatMap((resolution) => businessRecordingRules(resolution))];
}

/** Every query each page issues, in every context its queries vary with. */
export function pageExprs(page: PageId): string[] {
  const builders = PAGE_QUERIES[page](CONTRACT_LABELS, SAMPLE_PARTNER);
  const exprs = QUERY_CONTEXTS.flatMap((context) => builders.flatMap((build) => build(context).map((q) => q.expr)));
  return [...new Set(exprs)];
}

export interface MetricUsage {
  /** Each contract metric, with the pages that read it (directly or through a recording rule), in registry order. */
  usedBy: Record<string, PageId[]>;
  /** Series read that are neither in the contract, nor a recording rule's, nor Prometheus' own. */
  unknown: Array<{ page: PageId; series: string; expr: string }>;
}

/** Which page reads which contract metric, from the PromQL itself rather than from what anyone typed. */
export function deriveMetricUsage(exprsOf: (page: PageId) => string[] = pageExprs): MetricUsage {
  const rules = new Map(recordingRules().map((rule) => [rule.record, rule.expr]));
  const usedBy: Record<string, PageId[]> = Object.fromEntries(METRICS.map((metric) => [metric.name, []]));
  const unknown: MetricUsage['unknown'] = [];

  const read = (page: PageId, expr: string, through: Set<string>) => {
    for (const series of metricsRead(expr)) {
      const metric = contractMetric(series);
      const record = rules.get(series);
      if (metric) {
        if (!usedBy[metric.name].includes(page)) {
          usedBy[metric.name].push(page);
        }
      } else if (record !== undefined && !through.has(series)) {
        read(page, record, new Set([...through, series]));
      } else if (!PROMETHEUS_SERIES.has(series)) {
        unknown.push({ page, series, expr });
      }
    }
  };
  for (const page of PAGES) {
    exprsOf(page.id).forEach((expr) => read(page.id, expr, new Set()));
  }
  return { usedBy, unknown };
}
