import { SIGNALS } from '../../src/catalog/signals';
import { findKpi } from '../../src/catalog/business';
import { rankMovers } from '../../src/panels/topMovers/movers';
import { businessPageQueries } from '../../src/pages/Business/queries';
import { NOW } from '../../src/queries/kpiQueries';
import { CONTRACT_LABELS } from '../../src/queries/selector';
import { signalDayBaselineExpr, signalExpr } from '../../src/queries/signals';
import { query, queryRange } from '../stack/client';
import { stackInfo } from '../stack/fixture';
import { modelTotals } from './model';

// The default scenario's faults on dep-a (kwiatex): Prometheus scraped nothing for 15 minutes, then every counter
// restarted from zero, as after a real stop and restart.
const { url, end } = stackInfo();
const GAP = { from: end - 210 * 60, to: end - 195 * 60 };
const RESTART = GAP.to;
const kwiatex = { tenant: 'kwiatex' };
const signal = (id: string) => SIGNALS.find((candidate) => candidate.id === id)!;

/** One value per minute over the hours around the faults; null where the query has no answer. */
async function minutes(expr: string) {
  const [series] = await queryRange(url, expr, GAP.from - 90 * 60, RESTART + 90 * 60, 60);
  const at = new Map(series?.times.map((time, i) => [time / 1000, series.values[i]]) ?? []);
  const values = (from: number, to: number) => {
    const found: Array<number | null> = [];
    for (let t = from; t < to; t += 60) {
      found.push(at.get(t) ?? null);
    }
    return found;
  };
  return {
    before: values(GAP.from - 90 * 60, GAP.from - 5 * 60).filter((v): v is number => v !== null),
    during: values(GAP.from + 5 * 60, GAP.to),
    after: values(RESTART + 10 * 60, RESTART + 90 * 60),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('a scrape gap and a counter reset, as the pages read them', () => {
  it('are in the test Prometheus: no sample of dep-a in the gap, and a reset of its counters after it', async () => {
    const orders = 'shop_orders_paid_total{tenant="kwiatex"}';
    expect(await query(url, `count_over_time(${orders}[14m])`, GAP.to - 30)).toEqual([]);
    // Every series that had counted something drops once; one that had counted nothing cannot show it.
    const resets = await query(url, `resets(${orders}[40m])`, RESTART + 15 * 60);
    expect(resets.filter((reset) => reset.value === 1).length).toBeGreaterThan(0);
    expect(resets.every((reset) => reset.value <= 1)).toBe(true);
  });

  // Raw series have no sample in the gap. Recorded series are backfilled by promtool, which writes no staleness
  // markers: a record of records carries its last value up to 5 minutes per level into the gap, where a live
  // Prometheus would mark it stale. Either way no value in or after the gap may read as zero or as a spike.
  it.each([
    ['requests per second', signalExpr(signal('requests'), '5m', kwiatex), 'raw'],
    ['the error ratio', signalExpr(signal('error_ratio'), '5m', kwiatex), 'raw'],
    ['the 95th percentile response time', signalExpr(signal('latency_p95'), '5m', kwiatex), 'raw'],
    ['the recorded SLA good share', '1 - shoppulse:sla_error_ratio:ratio_rate5m{tenant="kwiatex"}', 'recorded'],
    ['the recorded 1-hour burn rate', 'shoppulse:sla_burn_rate:ratio_rate1h{tenant="kwiatex"}', 'recorded'],
  ])('%s neither spikes nor falls to zero over the gap and after the restart', async (_, expr, kind) => {
    const { before, during, after } = await minutes(expr);
    const usual = median(before);
    expect(usual).toBeGreaterThan(0);
    if (kind === 'raw') {
      // A 5-minute window inside the gap holds no sample: no value, rather than a zero read as "nothing happened".
      expect(during.filter((value) => value !== null)).toEqual([]);
    }
    for (const value of [...during, ...after].filter((v): v is number => v !== null)) {
      expect(value).toBeGreaterThan(usual / 3);
      expect(value).toBeLessThan(usual * 3);
    }
    expect(after.filter((value) => value === null)).toEqual([]);
  });

  it('counts the paid orders of the day across the restart as the shop made them, less the 15 minutes unseen', async () => {
    const day = 20 * 3600;
    const target = businessPageQueries(CONTRACT_LABELS)
      .find(({ panel }) => panel === 'orders_paid')!
      .build({ filters: kwiatex, baseline: '1w', resolution: '5m', from: end - day, to: end })
      .find((candidate) => candidate.refId === NOW)!;
    const [page] = await query(url, target.expr.replaceAll('$__range', `${day}s`), end);
    const { formula } = findKpi('orders_paid');
    const amount = { ...(formula.kind === 'total' ? formula.amount : { metric: '' }), where: kwiatex };
    const [[made], [unseen]] = modelTotals(
      [amount],
      [
        [end - day, end],
        // From the last sample before the gap to the one before the restart's: what no scrape saw.
        [GAP.from - 60, RESTART - 60],
      ]
    );
    // A reset read as a drop would take the day's count off; within the recorded increases' extrapolation (about
    // 1% a day, see business.test.ts), it is the orders the shop made that Prometheus could see.
    expect(unseen).toBeGreaterThan(0);
    expect(page.value / (made - unseen)).toBeGreaterThan(0.97);
    expect(page.value / (made - unseen)).toBeLessThan(1.03);
  }, 180_000);

  it('ranks no signal of dep-a as moved half an hour after its restart', async () => {
    const time = RESTART + 30 * 60;
    const results = [];
    for (const each of SIGNALS) {
      const [now, before, usual] = await Promise.all([
        query(url, signalExpr(each, '30m'), time),
        query(url, signalExpr(each, '30m', {}, '1w'), time),
        query(url, signalDayBaselineExpr(each, '30m'), time),
      ]);
      const samples = (found: typeof now) => found.map((s) => ({ labels: s.metric, value: s.value }));
      results.push({ signal: each, now: samples(now), before: samples(before), usual: samples(usual) });
    }
    const movedOnDepA = rankMovers(results).filter((mover) => mover.moved && mover.where.deployment === 'dep-a');
    expect(movedOnDepA.map((mover) => `${mover.signal.id} ${Object.values(mover.where).join(' ')}`)).toEqual([]);
  });
});
