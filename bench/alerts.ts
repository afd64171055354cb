import { ACTIVITY_DAYS } from '../src/catalog/alerts';
import { alertActivityQueries, firingStarts } from '../src/queries/alertActivity';
import { instantQueryCost, queryCost } from '../tests/stack/client';

const DAY = 86400;
/** Range queries may return at most 11,000 points: the inner expression is measured in stretches of 6 days. */
const STRETCH_DAYS = 6;

/** Samples an expression touches evaluated every minute over the last `days`, as a 1-minute subquery evaluates it. */
async function everyMinute(url: string, end: number, expr: string, days: number): Promise<number> {
  let samples = 0;
  for (let to = end; to > end - days * DAY; to -= STRETCH_DAYS * DAY) {
    const from = Math.max(end - days * DAY, to - STRETCH_DAYS * DAY);
    samples += (await queryCost(url, expr, from + 60, to, 60)).samples;
  }
  return samples;
}

const row = (cells: Array<string | number>) =>
  console.log(cells.map((cell, i) => String(cell).padEnd(i ? 22 : 24)).join(''));

/**
 * The Alerts page's activity queries at `end`: samples touched as Prometheus counts them and, for the two that count
 * starts with a 1-minute subquery over 30 days (which Prometheus 2's `stats` leave out), what the subquery reads.
 */
export async function printAlertActivityFor(url: string, end: number): Promise<void> {
  console.log(`\nAlerts page, activity over ${ACTIVITY_DAYS} days (instant queries at the end of history)`);
  row(['query', 'samples (stats=all)', 'peak', 'subquery reads', 'seconds']);
  const inner = await everyMinute(url, end, firingStarts(), ACTIVITY_DAYS);
  let total = 0;
  for (const { refId, expr } of alertActivityQueries({
    filters: {},
    resolution: '1d',
    baseline: '1w',
    to: end,
    from: end - ACTIVITY_DAYS * DAY,
  })) {
    const started = performance.now();
    const cost = await instantQueryCost(url, expr, end);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const reads = expr.includes(':60s]') ? inner : cost.samples;
    total += reads;
    row([refId, cost.samples, cost.peak, reads, seconds]);
  }
  row(['total', '', '', total, '']);
}
