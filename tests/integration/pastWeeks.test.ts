import { buildsExpr, configReloadsExpr } from '../../src/queries/changes';
import { IMPACT_STEP_SECONDS, impactExprs } from '../../src/queries/deployImpact';
import { findChanges } from '../../src/pages/WhatChanged/changes';
import { judgeImpact } from '../../src/pages/WhatChanged/impact';
import { outsideBand, countNoiseShare } from '../../src/catalog/bands';
import { findKpi } from '../../src/catalog/business';
import { SIGNALS } from '../../src/catalog/signals';
import { bandRecord, kpiBandExpr, kpiLastHourExpr, signalRecord } from '../../src/queries/bands';
import type { ShopFilters } from '../../src/queries/business';
import { queryRange } from '../stack/client';
import { BASELINE_FIXTURE } from '../stack/fixture';
import { type TestStack, startTestStack } from '../stack/prometheus';

const HOUR = 3600;
const DAY = 86400;
const WEEK = 7 * DAY;

/**
 * The business check of each change, as the changes panel runs it: the range queries over `seconds` before `to`, in
 * the panel's 360 points, judged by the page's own code.
 */
async function impactsBefore(stack: TestStack, to: number, seconds: number) {
  const from = to - seconds;
  const step = seconds / 360;
  const range = (expr: string, atLeast = 0) => queryRange(stack.url, expr, from, to, Math.max(step, atLeast));
  const [builds, reloads] = await Promise.all([range(buildsExpr()), range(configReloadsExpr())]);
  const frames = new Map(
    await Promise.all(
      impactExprs({}).map(async ([refId, expr]) => [refId, await range(expr, IMPACT_STEP_SECONDS)] as const)
    )
  );
  return findChanges(builds, reloads, from * 1000).map((change) => ({
    change,
    impact: judgeImpact(change, (refId) => frames.get(refId) ?? [], to * 1000),
  }));
}

describe('what a change did to orders and money, against the same hours of the last 4 weeks', () => {
  let stack: TestStack;
  // 30 days of history, generated, imported and recorded: about 8 minutes alone, and the whole suite took 894 s
  // beside the other integration suites in a fresh-clone run. A budget, not a speed check.
  beforeAll(async () => {
    stack = await startTestStack(BASELINE_FIXTURE);
  }, 1_800_000);
  afterAll(async () => stack?.stop());

  it('finds that back end 2.15.0 on dep-b cost sportowo and bobasek orders, suspect on business grounds', async () => {
    const checks = await impactsBefore(stack, stack.end, 6 * HOUR);
    const deploy = checks.find(({ change }) => change.kind === 'deploy' && change.version === '2.15.0')!;
    expect(deploy.change.deployment).toBe('dep-b');
    const hit = deploy.impact.partners.filter((partner) => partner.hit).map((partner) => partner.tenant);
    expect(hit.sort()).toEqual(['bobasek', 'sportowo']);
    // kwiatex sells on dep-a: the deploy does not reach it.
    expect(deploy.impact.partners.map((partner) => partner.tenant)).not.toContain('kwiatex');
    expect(deploy.impact.suspect).toBe(true);
    for (const partner of deploy.impact.partners) {
      const orders = partner.readings.orders_paid;
      expect(orders.after!).toBeLessThan(orders.lastWeek! * 0.85);
      expect(partner.failed.map(({ test }) => test)).toContain('belowRange');
    }
  });

  it('finds no business impact of the frontend 4.2.0 deploy three days ago', async () => {
    const checks = await impactsBefore(stack, stack.end - 2 * DAY, 2 * DAY);
    const frontend = checks.filter(({ change }) => change.kind === 'deploy' && change.version === '4.2.0');
    expect(frontend.map(({ change }) => change.deployment).sort()).toEqual(['dep-a', 'dep-b', 'dep-c']);
    for (const { impact } of frontend) {
      expect(impact.partners.length).toBeGreaterThan(0);
      expect(impact.partners.filter((partner) => partner.hit)).toEqual([]);
    }
  });

  it('finds nothing suspect on business grounds at any hour of the calm days a week before', async () => {
    // No change happened then: judge a pretend change on every deployment at every hour of the two days the scenario
    // keeps calm a week before its incidents (their ranges reach back as far as the history: three weeks).
    const to = stack.end - WEEK;
    const from = to - 2 * DAY;
    const range = (expr: string) => queryRange(stack.url, expr, from, to, 300);
    const frames = new Map(
      await Promise.all(impactExprs({}).map(async ([refId, expr]) => [refId, await range(expr)] as const))
    );
    const suspects: string[] = [];
    let judged = 0;
    for (let at = from + HOUR; at + HOUR <= to; at += HOUR) {
      for (const deployment of ['dep-a', 'dep-b', 'dep-c']) {
        const change = { kind: 'deploy' as const, at: at * 1000, deployment, service: 'backend' };
        const impact = judgeImpact(change, (refId) => frames.get(refId) ?? [], to * 1000);
        judged += impact.partners.length;
        suspects.push(...impact.partners.filter((partner) => partner.suspect).map((p) => `${p.tenant}@${at}`));
      }
    }
    expect(judged).toBeGreaterThan(150);
    // A check of chance against chance: another seed or scenario may make one calm partner-hour in a few hundred look
    // suspect (one in 188 has, in a build whose records were taken at another phase). It must stay below one in 100.
    expect(suspects.length).toBeLessThanOrEqual(Math.floor(judged / 100));
  });

  /** One series every 5 minutes over `from`..`to`, as [time, value] pairs. */
  async function readings(expr: string, from: number, to: number): Promise<Array<[number, number]>> {
    const [series] = await queryRange(stack.url, expr, from, to, 300);
    return series?.times.map((time, index) => [time, series.values[index]]) ?? [];
  }

  /** Each reading's mean over the hour up to it: a line lying above its band for an hour, as a person reads it. */
  const hourlyMeans = (points: Array<[number, number]>): Array<[number, number]> =>
    points.map(([time]) => {
      const hour = points.filter(([other]) => other > time - HOUR * 1000 && other <= time);
      return [time, hour.reduce((sum, [, value]) => sum + value, 0) / hour.length];
    });

  /**
   * Where the readings over `from`..`to` lie against their range: the shares above and below it. One reading is a
   * draw of chance (another seed, or records taken at another phase, draw another); a share of many is not.
   */
  async function againstRange(
    exprs: [string, string, string],
    [from, to]: readonly [number, number],
    noise: (low: number) => number,
    smooth: (points: Array<[number, number]>) => Array<[number, number]> = (points) => points
  ) {
    // An hour before `from`, so that the first hourly mean is a whole hour's.
    const [values, lows, highs] = await Promise.all(
      exprs.map(
        async (expr) => new Map(smooth(await readings(expr, from - HOUR, to)).filter(([t]) => t >= from * 1000))
      )
    );
    const judged = [...values]
      .filter(([time]) => lows.has(time) && highs.has(time))
      .map(([time, value]) => ({
        where: outsideBand(value, lows.get(time)!, highs.get(time)!, noise(lows.get(time)!)),
        underLowest: value < lows.get(time)!,
      }));
    const share = (test: (reading: (typeof judged)[number]) => boolean) => judged.filter(test).length / judged.length;
    return {
      readings: judged.length,
      above: share(({ where }) => where === 'above'),
      below: share(({ where }) => where === 'below'),
      /** Under the range's lowest edge, past no margin. */
      underLowest: share(({ underLowest }) => underLowest),
    };
  }

  /**
   * A signal for one place against its range, by the hour: a 5-minute ratio of a few payments or errors jumps across
   * any range of four such readings. Past the signal's own noise floor (what the movers ignore as noise).
   */
  function signalAgainstRange(signalId: string, matchers: string, window: readonly [number, number]) {
    const signal = SIGNALS.find((candidate) => candidate.id === signalId)!;
    const record = signalRecord(signal);
    const [value, low, high] = [record, bandRecord(record, 'low'), bandRecord(record, 'high')].map(
      (name) => `${name}{${matchers}}`
    );
    return againstRange([value, low, high], window, () => signal.floor, hourlyMeans);
  }

  /** The orders tile's last hour against its range, at every 5 minutes, as the tile judges it. */
  function ordersAgainstRange(filters: ShopFilters, window: readonly [number, number]) {
    const kpi = findKpi('orders_paid');
    const exprs = [kpiLastHourExpr(kpi, filters), kpiBandExpr(kpi, 'low', filters), kpiBandExpr(kpi, 'high', filters)];
    return againstRange(exprs as [string, string, string], window, (low) => countNoiseShare(low) * low);
  }

  describe('expected ranges', () => {
    // Hours that lie wholly inside an incident: the second hour of the BLIK outage (26 to 24 hours before the end)
    // and the last hour of the broken search (the last 2 hours).
    const blik = () => [stack.end - 25 * HOUR, stack.end - 24 * HOUR] as const;
    const search = () => [stack.end - HOUR, stack.end] as const;
    const route = (deployment: string) => `deployment="${deployment}", route="/api/search"`;
    const outside = ({ above, below }: { above: number; below: number }) => above + below;

    it('puts the BLIK outage outside its range: failed BLIK payments above it, the shop’s orders below', async () => {
      expect(await signalAgainstRange('payment_failures', 'method="blik"', blik())).toMatchObject({ above: 1 });
      expect(outside(await signalAgainstRange('payment_failures', 'method="card"', blik()))).toBe(0);
      // The outage costs the whole shop about a tenth of its orders: under the range all hour, and past the range's
      // margin and the orders' chance variation (what the tile marks) for part of it.
      const orders = await ordersAgainstRange({}, blik());
      expect(orders).toMatchObject({ underLowest: 1, above: 0 });
      expect(orders.below).toBeGreaterThan(0.25);
    });

    it('puts the broken search on dep-b outside its range: errors and latency above it, dep-b’s orders below', async () => {
      expect(await signalAgainstRange('error_ratio', route('dep-b'), search())).toMatchObject({ above: 1 });
      expect(await signalAgainstRange('latency_p95', route('dep-b'), search())).toMatchObject({ above: 1 });
      expect(outside(await signalAgainstRange('error_ratio', route('dep-a'), search()))).toBe(0);
      expect(await ordersAgainstRange({ deployment: 'dep-b' }, search())).toMatchObject({ below: 1 });
      expect(outside(await ordersAgainstRange({ deployment: 'dep-a' }, search()))).toBe(0);
    });

    it('keeps the two calm days a week before inside their ranges', async () => {
      const calm = [stack.end - WEEK - 2 * DAY, stack.end - WEEK] as const;
      const readings = [
        await signalAgainstRange('payment_failures', 'method="blik"', calm),
        await signalAgainstRange('payment_failures', 'method="card"', calm),
        await signalAgainstRange('error_ratio', route('dep-b'), calm),
        await signalAgainstRange('latency_p95', route('dep-b'), calm),
        await ordersAgainstRange({}, calm),
        await ordersAgainstRange({ deployment: 'dep-b' }, calm),
      ];
      for (const reading of readings) {
        expect(reading.readings).toBeGreaterThan(500);
        expect(outside(reading)).toBeLessThan(0.05);
      }
    });
  });
});
