import { buildsExpr, configReloadsExpr } from '../../src/queries/changes';
import { IMPACT_STEP_SECONDS, impactExprs } from '../../src/queries/deployImpact';
import { findChanges } from '../../src/pages/WhatChanged/changes';
import { judgeImpact } from '../../src/pages/WhatChanged/impact';
import { outsideBand, countNoiseShare } from '../../src/catalog/bands';
import { findKpi } from '../../src/catalog/business';
import { SIGNALS } from '../../src/catalog/signals';
import { bandRecord, kpiBandExpr, kpiLastHourExpr, signalRecord } from '../../src/queries/bands';
import type { ShopFilters } from '../../src/queries/business';
import { query, queryRange, scalar } from '../stack/client';
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
  beforeAll(async () => {
    stack = await startTestStack(BASELINE_FIXTURE);
  }, 900_000);
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
    // A check of chance against chance: two builds of the history differ in the phase of their records, and one in
    // about two hundred calm partner-hours has come out suspect. It must stay below one in a hundred.
    expect(suspects.length).toBeLessThanOrEqual(Math.floor(judged / 100));
  });

  /** A signal's reading at `time` for one place, and where it lies against its expected range. */
  async function signalAgainstRange(signalId: string, matchers: string, time: number) {
    const signal = SIGNALS.find((candidate) => candidate.id === signalId)!;
    const read = async (series: string) => (await query(stack.url, `${series}{${matchers}}`, time))[0]?.value;
    const [value, low, high] = await Promise.all([
      read(signalRecord(signal)),
      read(bandRecord(signalRecord(signal), 'low')),
      read(bandRecord(signalRecord(signal), 'high')),
    ]);
    // The signal's own noise floor (what the movers ignore as noise) is its chance variation: a ratio of a few
    // payments or errors jumps between builds of the history.
    return { value, low, high, where: outsideBand(value!, low!, high!, signal.floor) };
  }

  /** The orders tile's last hour at `time` against its range, as the tile judges it. */
  async function ordersAgainstRange(filters: ShopFilters, time: number) {
    const kpi = findKpi('orders_paid');
    const [value, low, high] = await Promise.all([
      scalar(stack.url, kpiLastHourExpr(kpi, filters), time),
      scalar(stack.url, kpiBandExpr(kpi, 'low', filters), time),
      scalar(stack.url, kpiBandExpr(kpi, 'high', filters), time),
    ]);
    return { value, low, high, where: outsideBand(value, low, high, countNoiseShare(low) * low) };
  }

  describe('expected ranges', () => {
    // The first hour of the BLIK outage (26 to 25 hours before the end), and the last minutes of the broken search.
    const blik = () => stack.end - 25 * HOUR;
    const search = () => stack.end;

    it('puts the BLIK outage outside its range: failed BLIK payments above it, the shop’s orders below', async () => {
      expect(await signalAgainstRange('payment_failures', 'method="blik"', blik())).toMatchObject({ where: 'above' });
      expect(await signalAgainstRange('payment_failures', 'method="card"', blik())).toMatchObject({ where: undefined });
      expect(await ordersAgainstRange({}, blik())).toMatchObject({ where: 'below' });
    });

    it('puts the broken search on dep-b outside its range: errors and latency above it, dep-b’s orders below', async () => {
      const route = 'deployment="dep-b", route="/api/search"';
      expect(await signalAgainstRange('error_ratio', route, search())).toMatchObject({ where: 'above' });
      expect(await signalAgainstRange('latency_p95', route, search())).toMatchObject({ where: 'above' });
      expect(await ordersAgainstRange({ deployment: 'dep-b' }, search())).toMatchObject({ where: 'below' });
      expect(await ordersAgainstRange({ deployment: 'dep-a' }, search())).toMatchObject({ where: undefined });
    });

    it('keeps the same hours of the calm week inside their ranges', async () => {
      const weekBefore = (time: number) => time - WEEK;
      expect(await signalAgainstRange('payment_failures', 'method="blik"', weekBefore(blik()))).toMatchObject({
        where: undefined,
      });
      expect(await ordersAgainstRange({}, weekBefore(blik()))).toMatchObject({ where: undefined });
      const route = 'deployment="dep-b", route="/api/search"';
      expect(await signalAgainstRange('error_ratio', route, weekBefore(search()))).toMatchObject({ where: undefined });
      expect(await signalAgainstRange('latency_p95', route, weekBefore(search()))).toMatchObject({ where: undefined });
      expect(await ordersAgainstRange({ deployment: 'dep-b' }, weekBefore(search()))).toMatchObject({
        where: undefined,
      });
    });
  });
});
