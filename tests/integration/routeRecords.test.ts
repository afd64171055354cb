import { query, queryRange } from '../stack/client';
import { stackInfo } from '../stack/fixture';
import { partnerLatencyExprs } from '../../src/queries/partnerLatency';
import { CONTRACT_LABELS } from '../../src/queries/selector';
import { ROUTE_RECORD_SECONDS } from '../../src/catalog/slo';

const { url, end } = stackInfo();
/** Two days that hold the search incident on dep-b. */
const RANGE_SECONDS = 2 * 86400;
const PARTNER = 'sportowo';
const raw = partnerLatencyExprs(PARTNER, CONTRACT_LABELS);

/** The mean of each series over the range, by the label that names it. */
const meansAt =
  (interpolate: (expr: string) => string, step: number) =>
  async (expr: string, label: string, time = end): Promise<Record<string, number>> => {
    const series = await queryRange(url, interpolate(expr), time - RANGE_SECONDS, time, step);
    return Object.fromEntries(
      series.map((s) => [s.labels[label] ?? '', s.values.reduce((sum, v) => sum + v, 0) / s.values.length])
    );
  };

/** Each value between its two bounds, within `relative` of them. */
function expectBetween(
  actual: Record<string, number>,
  bounds: [Record<string, number>, Record<string, number>],
  relative: number
) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(bounds[0]).sort());
  for (const [key, value] of Object.entries(actual)) {
    expect(value).toBeGreaterThanOrEqual(Math.min(bounds[0][key], bounds[1][key]) * (1 - relative));
    expect(value).toBeLessThanOrEqual(Math.max(bounds[0][key], bounds[1][key]) * (1 + relative));
  }
}

function expectClose(actual: Record<string, number>, expected: Record<string, number>, relative: number) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [key, value] of Object.entries(expected)) {
    expect(Math.abs(actual[key] - value)).toBeLessThanOrEqual(relative * Math.max(value, 1e-9));
  }
}

// Each resolution at a step a long range gives it: a step always holds a record, the hourly ones at least one. Where
// the incident starts (slow share from 2% to about 27%), a step's records lag the raw ones by up to one interval of
// the step: a 5-minute lag moves that step by a few points, an hour's in a two-hour step by up to half the jump.
describe.each([
  ['5m', 1800, 0.05],
  ['1h', 7200, 0.15],
] as const)(
  'the partner page’s latency panels over long ranges, from the %s per-route records',
  (every, step, jump) => {
    const recorded = partnerLatencyExprs(PARTNER, CONTRACT_LABELS, every);
    // As Grafana fills the macros for that range and step (rate interval: step plus one scrape).
    const interpolate = (expr: string) =>
      expr
        .replaceAll('$__range', `${RANGE_SECONDS}s`)
        .replaceAll('$__rate_interval', `${step + 60}s`)
        .replaceAll('$__interval', `${step}s`);
    const means = meansAt(interpolate, step);
    // The last record is up to one interval old: over the range, the records lie between the raw series up to its
    // end and the raw series that interval short.
    const lag = ROUTE_RECORD_SECONDS[every];

    it('draws the same latency distribution as the raw buckets', async () => {
      const fromRecords = await means(recorded.heatmap, 'le');
      expect(Object.keys(fromRecords).length).toBeGreaterThan(5);
      expectClose(fromRecords, await means(raw.heatmap, 'le'), 0.03);
    });

    it('gives the same slow share, step by step within a point, but where the incident starts', async () => {
      const range = async (expr: string) =>
        (await queryRange(url, interpolate(expr), end - RANGE_SECONDS, end, step))[0];
      const [fromRecords, fromRaw] = [await range(recorded.slowShare), await range(raw.slowShare)];
      const byTime = new Map(fromRaw.times.map((time, i) => [time, fromRaw.values[i]]));
      const gaps = fromRecords.times.flatMap((time, i) =>
        byTime.has(time) ? [Math.abs(fromRecords.values[i] - byTime.get(time)!)] : []
      );
      expect(gaps.length).toBeGreaterThan(RANGE_SECONDS / step - 3);
      expect(gaps.filter((gap) => gap > 0.01).length).toBeLessThanOrEqual(2);
      expect(Math.max(...gaps)).toBeLessThan(jump);
    });

    it('names the same failing routes, with the same rates', async () => {
      const fromRecords = await means(recorded.errorsByRoute, 'route');
      expect(fromRecords['/api/search']).toBeGreaterThan(0);
      const bounds = [await means(raw.errorsByRoute, 'route'), await means(raw.errorsByRoute, 'route', end - lag)];
      expectBetween(fromRecords, bounds as [Record<string, number>, Record<string, number>], 0.05);
    });

    it('counts the same bad requests per route over the range', async () => {
      const count = async (expr: string, time = end) =>
        Object.fromEntries((await query(url, interpolate(expr), time)).map((s) => [s.metric.route, s.value]));
      const fromRecords = await count(recorded.badByRoute);
      expect(fromRecords['/api/search']).toBeGreaterThan(1000);
      expectBetween(fromRecords, [await count(raw.badByRoute), await count(raw.badByRoute, end - lag)], 0.01);
    });
  }
);
