import { query, queryRange } from '../stack/client';
import { stackInfo } from '../stack/fixture';
import { partnerLatencyExprs } from '../../src/queries/partners';
import { CONTRACT_LABELS } from '../../src/queries/selector';

const { url, end } = stackInfo();
/** Two days that hold the search incident on dep-b, at a step a long range would have. */
const RANGE_SECONDS = 2 * 86400;
const STEP_SECONDS = 1800;
const PARTNER = 'sportowo';

/** As Grafana fills the macros for that range and step (rate interval: step plus one scrape). */
const interpolate = (expr: string) =>
  expr
    .replaceAll('$__range', `${RANGE_SECONDS}s`)
    .replaceAll('$__rate_interval', `${STEP_SECONDS + 60}s`)
    .replaceAll('$__interval', `${STEP_SECONDS}s`);

const raw = partnerLatencyExprs(PARTNER, CONTRACT_LABELS);
const recorded = partnerLatencyExprs(PARTNER, CONTRACT_LABELS, true);

/** The mean of each series over the range, by the label that names it. */
async function means(expr: string, label: string): Promise<Record<string, number>> {
  const series = await queryRange(url, interpolate(expr), end - RANGE_SECONDS, end, STEP_SECONDS);
  return Object.fromEntries(
    series.map((s) => [s.labels[label] ?? '', s.values.reduce((sum, v) => sum + v, 0) / s.values.length])
  );
}

function expectClose(actual: Record<string, number>, expected: Record<string, number>, relative: number) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [key, value] of Object.entries(expected)) {
    expect(Math.abs(actual[key] - value)).toBeLessThanOrEqual(relative * Math.max(value, 1e-9));
  }
}

describe('the partner page’s latency panels over long ranges, from the per-route records', () => {
  it('draws the same latency distribution as the raw buckets', async () => {
    const fromRecords = await means(recorded.heatmap, 'le');
    expect(Object.keys(fromRecords).length).toBeGreaterThan(5);
    expectClose(fromRecords, await means(raw.heatmap, 'le'), 0.03);
  });

  // A step's records end up to 5 minutes before the step does: where the incident starts, that step may differ more.
  it('gives the same slow share, step by step within a point, and within five where the incident starts', async () => {
    const range = async (expr: string) =>
      (await queryRange(url, interpolate(expr), end - RANGE_SECONDS, end, STEP_SECONDS))[0];
    const [fromRecords, fromRaw] = [await range(recorded.slowShare), await range(raw.slowShare)];
    const byTime = new Map(fromRaw.times.map((time, i) => [time, fromRaw.values[i]]));
    const gaps = fromRecords.times.flatMap((time, i) =>
      byTime.has(time) ? [Math.abs(fromRecords.values[i] - byTime.get(time)!)] : []
    );
    expect(gaps.length).toBeGreaterThan(RANGE_SECONDS / STEP_SECONDS - 3);
    expect(gaps.filter((gap) => gap > 0.01).length).toBeLessThanOrEqual(2);
    expect(Math.max(...gaps)).toBeLessThan(0.05);
  });

  it('names the same failing routes, with the same rates', async () => {
    const fromRecords = await means(recorded.errorsByRoute, 'route');
    expect(fromRecords['/api/search']).toBeGreaterThan(0);
    expectClose(fromRecords, await means(raw.errorsByRoute, 'route'), 0.05);
  });

  // The last record is up to 5 minutes old: the count lies between the raw count without those minutes and with them.
  it('counts the same bad requests per route over the range', async () => {
    const count = async (expr: string, time = end) =>
      Object.fromEntries((await query(url, interpolate(expr), time)).map((s) => [s.metric.route, s.value]));
    const fromRecords = await count(recorded.badByRoute);
    const [upToEnd, fiveMinutesShort] = [await count(raw.badByRoute), await count(raw.badByRoute, end - 300)];
    expect(fromRecords['/api/search']).toBeGreaterThan(1000);
    expect(Object.keys(fromRecords).sort()).toEqual(Object.keys(upToEnd).sort());
    for (const [route, value] of Object.entries(fromRecords)) {
      expect(value).toBeGreaterThanOrEqual(Math.min(upToEnd[route], fiveMinutesShort[route]) * 0.99);
      expect(value).toBeLessThanOrEqual(Math.max(upToEnd[route], fiveMinutesShort[route]) * 1.01);
    }
  });
});
