import { CHANGE_SERIES, METRICS, type MetricDef, PAGES, type PageId } from '../../src/catalog';
import { GRAFANA_ALERTS_SERIES } from '../../src/catalog/alerts';
import { BUSINESS_RESOLUTIONS } from '../../src/catalog/business';
import { slaRecord } from '../../src/catalog/slo';
import { PAGE_QUERIES, QUERY_CONTEXTS, SAMPLE_PARTNER } from '../../src/pages/pageQueries';
import { bandRecordingRules } from '../../src/queries/bands';
import { businessRecordingRules } from '../../src/queries/businessRules';
import { CONTRACT_LABELS } from '../../src/queries/selector';
import { type RecordingRule, routeRecordingRules, slaRecordingRules } from '../../src/queries/slaRules';
import { dashboardJson } from '../dashboards';
import { DASHBOARD_FILES, dashboardQueries } from '../dashboards/queries';
import { withContractLabelNames } from '../dashboards/shared';
import { metricsRead } from './promqlMetrics';

/** Series that are not the shop's: Prometheus writes them itself, or Grafana for its own alert rules. */
const ALERTING_SERIES = new Set([CHANGE_SERIES.alerts, GRAFANA_ALERTS_SERIES]);

/**
 * Recorded from the clock alone, and only while maintenance windows are declared (so absent from the rules above,
 * which are generated without any): it reads no contract metric.
 */
const CLOCK_SERIES = new Set([slaRecord.maintenanceActive]);

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
  const bands = bandRecordingRules();
  return [
    ...bands.signals,
    ...bands.edges,
    ...short,
    ...long,
    ...routeRecordingRules('5m'),
    ...routeRecordingRules('1h'),
    ...BUSINESS_RESOLUTIONS.flatMap((resolution) => businessRecordingRules(resolution)),
  ];
}

/** Every query each page issues, in every context its queries vary with. */
export function pageExprs(page: PageId): string[] {
  const builders = PAGE_QUERIES[page](CONTRACT_LABELS, SAMPLE_PARTNER);
  const exprs = QUERY_CONTEXTS.flatMap((context) => builders.flatMap((build) => build(context).map((q) => q.expr)));
  return [...new Set(exprs)];
}

/** Who reads contract metrics: a page of the app (by id) or a bundled dashboard (by title), with its queries. */
export interface Reader {
  kind: 'page' | 'dashboard';
  name: string;
  exprs: string[];
}

/** Every page of the registry and every bundled dashboard, with every query it issues. */
export function readers(): Reader[] {
  return [
    ...PAGES.map((page): Reader => ({ kind: 'page', name: page.id, exprs: pageExprs(page.id) })),
    ...DASHBOARD_FILES.map((file): Reader => ({
      kind: 'dashboard',
      name: String(dashboardJson(file).title),
      exprs: dashboardQueries(file).map(({ expr }) => withContractLabelNames(expr)),
    })),
  ];
}

export interface MetricUsage {
  /** Each contract metric, with the pages that read it (directly or through a recording rule), in registry order. */
  pages: Record<string, PageId[]>;
  /** Each contract metric, with the bundled dashboards that read it, by title. */
  dashboards: Record<string, string[]>;
  /** Series read that are neither in the contract, nor a recording rule's, nor Prometheus' own. */
  unknown: Array<{ reader: string; series: string; expr: string }>;
}

/** Which page and dashboard reads which contract metric, from the PromQL itself rather than from what anyone typed. */
export function deriveMetricUsage(all: Reader[] = readers()): MetricUsage {
  const rules = new Map(recordingRules().map((rule) => [rule.record, rule.expr]));
  const none = () => Object.fromEntries(METRICS.map((metric) => [metric.name, [] as string[]]));
  const usage = { page: none(), dashboard: none() };
  const unknown: MetricUsage['unknown'] = [];

  const read = (reader: Reader, expr: string, through: Set<string>) => {
    for (const series of metricsRead(expr)) {
      const metric = contractMetric(series);
      const record = rules.get(series);
      if (metric) {
        const readBy = usage[reader.kind][metric.name];
        if (!readBy.includes(reader.name)) {
          readBy.push(reader.name);
        }
      } else if (record !== undefined && !through.has(series)) {
        read(reader, record, new Set([...through, series]));
      } else if (!ALERTING_SERIES.has(series) && !CLOCK_SERIES.has(series)) {
        unknown.push({ reader: reader.name, series, expr });
      }
    }
  };
  all.forEach((reader) => reader.exprs.forEach((expr) => read(reader, expr, new Set())));
  return { pages: usage.page as Record<string, PageId[]>, dashboards: usage.dashboard, unknown };
}
