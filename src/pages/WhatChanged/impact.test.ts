import { IMPACT_REFS } from '../../queries/deployImpact';
import type { Change, Points } from './changes';
import { judgeImpact, revenueLost, valueAt } from './impact';

const HOUR = 3_600_000;
const AT = 10 * HOUR;
const change: Change = { kind: 'deploy', at: AT, deployment: 'dep-b', service: 'backend', version: '2.15.0' };

/** A partner's series holding `before` up to the change and `after` from an hour after it. */
function hourly(tenant: string, before: number, after: number, deployment = 'dep-b'): Points {
  return { labels: { tenant, deployment }, times: [AT - HOUR, AT, AT + HOUR], values: [before, before, after] };
}
const flat = (tenant: string, value: number, deployment = 'dep-b') => hourly(tenant, value, value, deployment);

function series(orders: Record<string, [number, number]>, { lastWeek = 100, low = 90, high = 110 } = {}) {
  const frames: Record<string, Points[]> = {};
  for (const kpi of ['orders_paid', 'revenue']) {
    const scale = kpi === 'revenue' ? 200 : 1;
    const tenants = Object.entries(orders);
    frames[IMPACT_REFS.now(kpi)] = [
      ...tenants.map(([tenant, [before, after]]) => hourly(tenant, before * scale, after * scale)),
      flat('kwiatex', 100 * scale, 'dep-a'),
    ];
    frames[IMPACT_REFS.lastWeek(kpi)] = tenants.map(([tenant]) => flat(tenant, lastWeek * scale));
    frames[IMPACT_REFS.band(kpi, 'low')] = tenants.map(([tenant]) => flat(tenant, low * scale));
    frames[IMPACT_REFS.band(kpi, 'high')] = tenants.map(([tenant]) => flat(tenant, high * scale));
  }
  return (refId: string) => frames[refId] ?? [];
}

describe('the business check of a change', () => {
  it('reads a series at a time: its last point at or before it', () => {
    const points = hourly('sportowo', 5, 7);
    expect(valueAt(points, AT + HOUR - 1)).toBe(5);
    expect(valueAt(points, AT + HOUR)).toBe(7);
    expect(valueAt(points, AT - 2 * HOUR)).toBeUndefined();
  });

  it('flags a partner whose orders fell below the range and more steeply than the past weeks fell', () => {
    const impact = judgeImpact(change, series({ sportowo: [100, 60], bobasek: [100, 98] }), AT + 2 * HOUR);
    expect(impact.partners.map((partner) => partner.tenant)).toEqual(['sportowo', 'bobasek']);
    const [sportowo, bobasek] = impact.partners;
    expect(sportowo).toMatchObject({ hit: true, suspect: true });
    expect(sportowo.failed).toEqual(
      expect.arrayContaining([
        { kpiId: 'orders_paid', test: 'belowRange' },
        { kpiId: 'orders_paid', test: 'steeperFall' },
      ])
    );
    expect(bobasek).toMatchObject({ hit: false, suspect: false, failed: [] });
    expect(impact.suspect).toBe(true);
    // 40 orders fewer than the same hour a week earlier, at PLN 200 each.
    expect(revenueLost(impact)).toBe(8000);
  });

  it('lets a dip within the range’s margin or the count’s chance variation pass', () => {
    // 90 to 110 orders: half the width is 10, two square roots of 90 are 19; the line is at 71.
    expect(judgeImpact(change, series({ sportowo: [100, 72] }), AT + 2 * HOUR).partners[0].hit).toBe(false);
    expect(judgeImpact(change, series({ sportowo: [100, 70] }), AT + 2 * HOUR).partners[0].hit).toBe(true);
    // 9,000 to 11,000: the width decides (1,000 more than 190); the line is at 8,000.
    const large = { lastWeek: 10_000, low: 9000, high: 11_000 };
    expect(judgeImpact(change, series({ sportowo: [10_000, 8100] }, large), AT + 2 * HOUR).partners[0].hit).toBe(false);
    expect(judgeImpact(change, series({ sportowo: [10_000, 7900] }, large), AT + 2 * HOUR).partners[0].hit).toBe(true);
  });

  it('does not call a usual evening fall suspect: the range of the hour before allows it', () => {
    // Below the range of the hour after (800 to 900, less 57 orders of chance variation), but the hour before's
    // range tops at 2,000: 1,500 → 700 keeps above the gentlest fall those weeks allow, 2,000 → 743.
    const frames = series({ sportowo: [1500, 700] }, { lastWeek: 850, low: 800, high: 900 });
    for (const [kpi, scale] of [
      ['orders_paid', 1],
      ['revenue', 200],
    ] as const) {
      frames(IMPACT_REFS.band(kpi, 'high'))[0].values = [2000 * scale, 2000 * scale, 900 * scale];
    }
    const impact = judgeImpact(change, frames, AT + 2 * HOUR);
    expect(impact.partners[0].failed).toEqual(expect.arrayContaining([{ kpiId: 'orders_paid', test: 'belowRange' }]));
    expect(impact.partners[0].failed).not.toContainEqual({ kpiId: 'orders_paid', test: 'steeperFall' });
    expect(impact.partners[0].suspect).toBe(false);
  });

  it('waits for the hour after the change to be over, and leaves other deployments’ partners out', () => {
    expect(judgeImpact(change, series({ sportowo: [100, 60] }), AT + HOUR / 2)).toMatchObject({
      tooRecent: true,
      partners: [],
    });
    const impact = judgeImpact(change, series({ sportowo: [100, 100] }), AT + 2 * HOUR);
    expect(impact.partners.map((partner) => partner.tenant)).toEqual(['sportowo']);
  });

  it('judges nothing without the expected range (less history than the range needs)', () => {
    const frames = series({ sportowo: [100, 10] });
    const noBand = (refId: string) => (refId.endsWith(':low') || refId.endsWith(':high') ? [] : frames(refId));
    expect(judgeImpact(change, noBand, AT + 2 * HOUR).partners[0]).toMatchObject({ hit: false, failed: [] });
  });
});
