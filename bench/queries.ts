import { SIGNALS } from '../src/catalog/signals';
import { eq, rate, selector, slaRatio, sumBy } from '../src/queries';
import { HEALTH_CHECKS } from '../src/catalog/health';
import { buildsExpr, configReloadsExpr } from '../src/queries/changes';
import { healthExpr } from '../src/queries/health';
import { signalDayBaselineExpr, signalExpr } from '../src/queries/signals';
import { METRIC } from '../src/catalog/metricNames';

export interface BenchQuery {
  name: string;
  expr: string;
  /** The dashboard range the query is drawn over. */
  rangeHours: number;
  /** Asked once at the range's end, as the page does for tables and gauges, instead of over the range. */
  instant?: boolean;
}

/** Queries measured by `npm run bench`; each page adds the queries its panels run. */
export const BENCH_QUERIES: BenchQuery[] = [
  {
    name: 'gateway requests/s per partner',
    expr: sumBy(['tenant'], rate(selector(METRIC.nginxVtsServerRequestsTotal), '5m')),
    rangeHours: 6,
  },
  {
    name: 'SLA good ratio per partner, 1h window (raw histogram)',
    expr: slaRatio([], '1h', ['tenant']),
    rangeHours: 24,
  },
  {
    name: 'SLA good ratio of one partner, 1d window (raw histogram)',
    expr: slaRatio([eq('tenant', 'sportowo')], '1d', []),
    rangeHours: 48,
  },
  {
    name: 'paid orders/s per partner',
    expr: sumBy(['tenant'], rate(selector(METRIC.shopOrdersPaidTotal), '5m')),
    rangeHours: 48,
  },
  {
    name: 'What changed: top movers now, 30m window',
    expr: SIGNALS.map((signal) => `(${signalExpr(signal, '30m')})`).join(' or '),
    rangeHours: 6,
    instant: true,
  },
  {
    name: 'What changed: top movers as usual over 26h (13 readings)',
    expr: SIGNALS.map((signal) => `(${signalDayBaselineExpr(signal, '30m')})`).join(' or '),
    rangeHours: 6,
    instant: true,
  },
  {
    name: 'What changed: builds and config reloads (changes list)',
    expr: `(${buildsExpr()}) or (${configReloadsExpr()})`,
    rangeHours: 6,
  },
  {
    name: 'What changed: every health check',
    expr: HEALTH_CHECKS.map((check) => `(${healthExpr(check, {}, '6h')})`).join(' or '),
    rangeHours: 6,
    instant: true,
  },
];
