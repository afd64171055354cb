import { MOVED_THRESHOLD, SIGNALS } from '../../src/catalog/signals';
import { signalExpr } from '../../src/queries/signals';
import { rankMovers } from '../../src/pages/WhatChanged/movers';
import { query } from '../stack/client';
import { stackInfo } from '../stack/fixture';

const { url, end } = stackInfo();
const WEEK = 7 * 86400;

async function moversAt(time: number, baseline: string) {
  const results = [];
  for (const signal of SIGNALS) {
    const [now, before] = await Promise.all([
      query(url, signalExpr(signal, '30m'), time),
      query(url, signalExpr(signal, '30m', {}, baseline), time),
    ]);
    const samples = (found: typeof now) => found.map((s) => ({ labels: s.metric, value: s.value }));
    results.push({ signal, now: samples(now), before: samples(before) });
  }
  return rankMovers(results);
}

describe('the top movers against the simulator’s Prometheus', () => {
  it('ranks the broken search on dep-b first while the incident runs', async () => {
    const [top] = await moversAt(end, '1w');
    expect(['error_ratio', 'slow_share', 'latency_p95']).toContain(top.signal.id);
    expect(top.where).toEqual({ deployment: 'dep-b', route: '/api/search' });
    expect(top.score).toBeGreaterThanOrEqual(MOVED_THRESHOLD * 2);
  });

  it('has every signal answering for the whole shop', async () => {
    for (const signal of SIGNALS) {
      expect(await query(url, signalExpr(signal, '30m'), end)).not.toEqual([]);
    }
  });

  it('finds nothing that moved a week earlier, when the shop was calm, against the day before', async () => {
    const movers = await moversAt(end - WEEK, '1d');
    expect(movers.length).toBeGreaterThan(50);
    expect(
      movers
        .filter((mover) => mover.moved)
        .map((m) => `${m.signal.id} ${JSON.stringify(m.where)} ${m.score.toFixed(2)}`)
    ).toEqual([]);
  });

  it('narrows every signal to a partner or deployment without breaking on hostile names', async () => {
    for (const signal of SIGNALS) {
      const hostile = await query(
        url,
        signalExpr(signal, '30m', { tenant: 'x"} or vector(1) #', deployment: 'dep-b' }),
        end
      );
      expect(hostile.every((s) => !('tenant' in s.metric) || s.metric.tenant === 'x"} or vector(1) #')).toBe(true);
    }
  });
});
