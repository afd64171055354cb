import { SIGNALS } from '../src/catalog/signals';
import { eq, rate, selector, slaRatio, sumBy } from '../src/queries';
import { signalExpr } from '../src/queries/signals';

export interface BenchQuery {
  name: string;
  expr: string;
  /** The dashboard range the query is drawn over. */
  rangeHours: number;
}

/** Queries measured by `npm run bench`; each page adds the queries its panels run. */
export const BENCH_QUERIES: BenchQuery[] = [
  {
    name: 'gateway requests/s per partner',
    expr: sumBy(['tenant'], rate(selector('nginx_vts_server_requests_total'), '5m')),
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
    expr: sumBy(['tenant'], rate(selector('shop_orders_paid_total'), '5m')),
    rangeHours: 48,
  },
  {
    name: 'What changed: every signal of the top movers, 30m window',
    expr: SIGNALS.map((signal) => `(${signalExpr(signal, '30m')})`).join(' or '),
    rangeHours: 6,
  },
];
