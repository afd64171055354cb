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
      },
    ]);
    expect(better.score).toBe(1);
    const [fewerHits] = rankMovers([
      { signal: signal('cache_hit_ratio'), now: [at(place, 0.35)], before: [at(place, 0.85)] },
    ]);
    expect(fewerHits.score).toBeCloseTo(0.9 / 0.4, 5);
    const [drop] = rankMovers([
      {
        signal: signal('requests'),
        now: [at({ tenant: 'a', deployment: 'd' }, 9.5)],
        before: [at({ tenant: 'a', deployment: 'd' }, 39.5)],
      },
    ]);
    expect(drop.score).toBeCloseTo(4, 5);
  });

  it('gives a place without a baseline a neutral score instead of dropping it', () => {
    const [fresh] = rankMovers([
      { signal: signal('queue_depth'), now: [at({ deployment: 'dep-a', queue: 'new' }, 500)], before: [] },
    ]);
    expect(fresh.before).toBeUndefined();
    expect(fresh.score).toBe(1);
  });
});
