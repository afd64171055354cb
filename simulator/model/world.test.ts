/** @jest-environment node */
import { METRICS } from '../../src/catalog';
import { ResolvedScenario } from '../scenario/resolve';
import { loadScenario } from '../scenario/load';
import { seasonality } from './context';
import { World } from './world';

const END = Date.parse('2026-11-24T19:00:00Z') / 1000;
const DAY = 86400;

function worldFor(days: number, start = END - days * DAY) {
  const scenario = new ResolvedScenario(loadScenario('simulator/scenarios/default.yaml'), END);
  return new World({ seed: 42, scenario, scale: 1, start });
}

/** The value of the series whose key contains every given fragment (summed when several match). */
function valueOf(world: World, name: string, ...fragments: string[]): number {
  return world.registry.all
    .filter((s) => s.key.startsWith(`${name}{`) && fragments.every((f) => s.key.includes(f)))
    .reduce((sum, s) => sum + (Number.isNaN(s.value) ? 0 : s.value), 0);
}

function advanceTo(world: World, time: number) {
  while (world.time < time) {
    world.advance();
  }
}

describe('the shop model', () => {
  const world = worldFor(1);
  beforeAll(() => advanceTo(world, END));

  it('emits every metric of the contract, and only those', () => {
    expect([...world.registry.families.keys()].sort()).toEqual(METRICS.map((m) => m.name).sort());
  });

  it('gives every histogram exactly the catalog buckets, cumulative, with _count equal to +Inf', () => {
    for (const metric of METRICS.filter((m) => m.type === 'histogram')) {
      const family = world.registry.families.get(metric.name)!;
      const anyBucket = family.series.find((s) => s.key.includes('_bucket'))!;
      const labelsOf = anyBucket.key.replace(/,le="[^"]*"/, '');
      const buckets = family.series.filter((s) => s.key.replace(/,le="[^"]*"/, '') === labelsOf);
      const bounds = buckets.map((s) => /le="([^"]*)"/.exec(s.key)![1]);
      expect(bounds).toEqual([...metric.buckets!.map(String), '+Inf']);
      buckets.slice(1).forEach((bucket, i) => expect(bucket.value).toBeGreaterThanOrEqual(buckets[i].value - 1e-6));
      const count = family.series.find((s) => s.key === labelsOf.replace('_bucket{', '_count{'))!;
      expect(count.value).toBeCloseTo(buckets[buckets.length - 1].value, 6);
    }
  });

  it.each(['kwiatex', 'sportowo', 'bobasek', 'techmania'])(
    'keeps paid orders ≤ payments started ≤ checkouts ≤ carts for %s',
    (tenant) => {
      const t = `tenant="${tenant}"`;
      const carts = valueOf(world, 'shop_carts_created_total', t);
      const checkouts = valueOf(world, 'shop_checkouts_started_total', t);
      const started = valueOf(world, 'shop_payments_started_total', t);
      const paid = valueOf(world, 'shop_orders_paid_total', t);
      expect(paid).toBeGreaterThan(0);
      expect(paid).toBeLessThanOrEqual(started);
      expect(started).toBeLessThanOrEqual(checkouts);
      expect(checkouts).toBeLessThanOrEqual(carts);
      const outcomes = valueOf(world, 'shop_payments_total', t);
      expect(outcomes).toBeCloseTo(started, 3);
      expect(valueOf(world, 'shop_payments_total', t, 'outcome="success"')).toBe(paid);
    }
  );

  it('counts gateway requests in the counter and the histogram alike', () => {
    const histogram = valueOf(world, 'nginx_vts_server_request_duration_seconds_count', 'tenant="kwiatex"');
    const counter =
      valueOf(world, 'nginx_vts_server_requests_total', 'tenant="kwiatex"') -
      valueOf(world, 'nginx_vts_server_requests_total', 'tenant="kwiatex"', 'code="3xx"');
    expect(histogram).toBeCloseTo(counter, 3);
  });
});

describe('seasonality', () => {
  const warsaw = (iso: string) => Date.parse(iso) / 1000;

  it('is quiet at night and peaks in the evening, Warsaw time', () => {
    const night = seasonality(warsaw('2026-11-24T03:00:00Z'));
    const evening = seasonality(warsaw('2026-11-24T19:00:00Z'));
    expect(evening).toBe(1);
    expect(night).toBeLessThan(0.2);
  });

  it('is busier at the weekend than on a weekday at the same hour', () => {
    expect(seasonality(warsaw('2026-11-28T19:00:00Z'))).toBeGreaterThan(seasonality(warsaw('2026-11-24T19:00:00Z')));
  });

  it('follows summer time: 20:00 in Warsaw is 18:00 UTC in July', () => {
    expect(seasonality(warsaw('2026-07-14T18:00:00Z'))).toBe(1);
  });
});

describe('the headline incident', () => {
  it('raises 5xx on /api/search of dep-b only while it runs', () => {
    const world = worldFor(0, END - 4 * 3600);
    const errors = () =>
      valueOf(
        world,
        'nginx_vts_server_request_duration_seconds_count',
        'route="/api/search"',
        'code="5xx"',
        'deployment="dep-b"'
      );
    const all = () =>
      valueOf(world, 'nginx_vts_server_request_duration_seconds_count', 'route="/api/search"', 'deployment="dep-b"');
    const otherDeployment = () =>
      valueOf(
        world,
        'nginx_vts_server_request_duration_seconds_count',
        'route="/api/search"',
        'code="5xx"',
        'deployment="dep-a"'
      );
    advanceTo(world, END - 3 * 3600);
    const [errorsBefore, allBefore, otherBefore] = [errors(), all(), otherDeployment()];
    advanceTo(world, END - 2 * 3600);
    const calmRatio = (errors() - errorsBefore) / (all() - allBefore);
    const [errorsAtStart, allAtStart] = [errors(), all()];
    advanceTo(world, END);
    const incidentRatio = (errors() - errorsAtStart) / (all() - allAtStart);
    expect(calmRatio).toBeLessThan(0.005);
    expect(incidentRatio).toBeCloseTo(0.08, 2);
    expect((otherDeployment() - otherBefore) / (all() - allBefore)).toBeLessThan(0.01);
  });
});

describe('the shop model as a fault injector', () => {
  const scenario = (file: object) => new ResolvedScenario(file, END);
  const shop = (file: object) => new World({ seed: 42, scenario: scenario(file), scale: 1, start: END - DAY });
  const orders = (world: World, deployment: string) =>
    world.registry.all.filter((s) => s.key.startsWith('shop_orders_paid_total{') && s.deployment === deployment);

  it('restarts a deployment from zero at a scenario restart: its counters drop, its gauges and the others stay', () => {
    const world = shop({ events: [{ kind: 'restart', at: '-1h', deployment: 'dep-a' }] });
    advanceTo(world, END - 3600 - 60);
    const before = orders(world, 'dep-a').map((s) => world.exposed(s));
    const otherBefore = orders(world, 'dep-b').map((s) => world.exposed(s));
    world.advance();
    world.advance();
    const after = orders(world, 'dep-a').map((s) => world.exposed(s));
    after.forEach((value, i) => {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(before[i]);
    });
    orders(world, 'dep-b').forEach((s, i) => expect(world.exposed(s)).toBeGreaterThanOrEqual(otherBefore[i]));
    // What the model counted goes on: only what a scrape sees restarted.
    orders(world, 'dep-a').forEach((s, i) => expect(s.value).toBeGreaterThanOrEqual(before[i]));
    const gauge = world.registry.all.find((s) => !s.cumulative && s.deployment === 'dep-a')!;
    expect(world.exposed(gauge)).toBe(gauge.value);
  });

  it('exposes nothing of a deployment during a scrape gap, and everything again after it', () => {
    const world = shop({ incidents: [{ kind: 'scrape_gap', deployment: 'dep-c', from: '-30m', to: '-15m' }] });
    advanceTo(world, END - 20 * 60);
    expect(orders(world, 'dep-c').map((s) => world.exposed(s))).toEqual(orders(world, 'dep-c').map(() => NaN));
    expect(orders(world, 'dep-a').every((s) => world.exposed(s) > 0)).toBe(true);
    advanceTo(world, END - 15 * 60);
    expect(orders(world, 'dep-c').every((s) => world.exposed(s) > 0)).toBe(true);
  });

  it('pauses scraping and restarts the whole shop on command', () => {
    const world = shop({});
    advanceTo(world, END - 60);
    world.paused = true;
    expect(world.registry.all.every((s) => Number.isNaN(world.exposed(s)))).toBe(true);
    world.paused = false;
    world.restart();
    const counters = world.registry.all.filter((s) => s.cumulative && !Number.isNaN(s.value));
    expect(counters.every((s) => world.exposed(s) === 0)).toBe(true);
  });
});
