import { SIGNALS } from '../../catalog/signals';
import { rankMovers } from './movers';

const signal = (id: string) => SIGNALS.find((candidate) => candidate.id === id)!;
const at = (labels: Record<string, string>, value: number) => ({ labels, value });

describe('ranking the movers', () => {
  it('puts the place that got most times worse first, with a score a person can read', () => {
    const search = { deployment: 'dep-b', route: '/api/search' };
    const cart = { deployment: 'dep-a', route: '/api/cart' };
    const [first, second] = rankMovers([
      {
        signal: signal('error_ratio'),
        now: [at(search, 0.08), at(cart, 0.002)],
        before: [at(search, 0.002), at(cart, 0.002)],
        usual: [at(search, 0.002), at(cart, 0.002)],
      },
    ]);
    expect(first.where).toEqual(search);
    // (0.08 + 0.01) / (0.002 + 0.01): the floor keeps tiny ratios from looking dramatic.
    expect(first.score).toBeCloseTo(7.5, 5);
    expect(first.moved).toBe(true);
    expect(second.score).toBe(1);
    expect(second.moved).toBe(false);
  });

  it('counts only the direction that means trouble', () => {
    const place = { deployment: 'dep-c' };
    const [better] = rankMovers([
      {
        signal: signal('error_ratio'),
        now: [at({ ...place, route: '/' }, 0)],
        before: [at({ ...place, route: '/' }, 0.2)],
        usual: [],
      },
    ]);
    expect(better.score).toBe(1);
    const [fewerHits] = rankMovers([
      { signal: signal('cache_hit_ratio'), now: [at(place, 0.35)], before: [at(place, 0.85)], usual: [] },
    ]);
    expect(fewerHits.score).toBeCloseTo(0.9 / 0.4, 5);
    const [drop] = rankMovers([
      {
        signal: signal('requests'),
        now: [at({ tenant: 'a', deployment: 'd' }, 9.5)],
        before: [at({ tenant: 'a', deployment: 'd' }, 39.5)],
        usual: [],
      },
    ]);
    expect(drop.score).toBeCloseTo(4, 5);
  });

  it('gives a place without any baseline a neutral score instead of dropping it', () => {
    const [fresh] = rankMovers([
      { signal: signal('queue_depth'), now: [at({ deployment: 'dep-a', queue: 'new' }, 500)], before: [], usual: [] },
    ]);
    expect(fresh.before).toBeUndefined();
    expect(fresh.score).toBe(1);
  });

  it('counts a change only when it is worse than both last week and the last day', () => {
    const place = { deployment: 'dep-a', route: '/api/cart' };
    const reading = (before: number, usual: number) =>
      rankMovers([
        {
          signal: signal('error_ratio'),
          now: [at(place, 0.09)],
          before: [at(place, before)],
          usual: [at(place, usual)],
        },
      ])[0];
    // A bad hour last week at this time: worse than usual only.
    const badLastWeek = reading(0.09, 0.002);
    expect(badLastWeek.againstBefore).toBe(1);
    expect(badLastWeek.againstUsual).toBeCloseTo(0.1 / 0.012, 5);
    expect(badLastWeek.moved).toBe(false);
    // Broken since yesterday: the day's usual value is already bad.
    const brokenSinceYesterday = reading(0.002, 0.08);
    expect(brokenSinceYesterday.score).toBeCloseTo(0.1 / 0.09, 5);
    // Broken now: both agree, the smaller change is the score.
    const brokenNow = reading(0.002, 0.005);
    expect(brokenNow.score).toBeCloseTo(0.1 / 0.015, 5);
    expect(brokenNow.moved).toBe(true);
  });

  it('lets the other baseline decide when one has no value (no traffic in its window)', () => {
    const place = { deployment: 'dep-a', route: '/api/cart' };
    const [mover] = rankMovers([
      { signal: signal('latency_p95'), now: [at(place, 1.05)], before: [at(place, NaN)], usual: [at(place, 0.15)] },
    ]);
    expect(mover.score).toBeCloseTo(1.1 / 0.2, 5);
    expect(mover.moved).toBe(true);
  });
});
