import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHistory } from '../simulator/history';
import { instantQueryCost, queryCost } from '../tests/stack/client';
import { startTestStack } from '../tests/stack/prometheus';
import { importHistory } from '../simulator/prometheus/importHistory';
import { measurePages } from './pages';
import { measurePastWeeks } from './pastWeeks';
import { BENCH_QUERIES } from './queries';
import { measureRoundTrips } from './roundTrips';
import { measureReports } from './reports';
import { measureSeries } from './series';

const DAYS = Number(process.env.BENCH_DAYS ?? 2);
/** Empty (`BENCH_SCALES=`) skips the query table. */
const SCALES = (process.env.BENCH_SCALES ?? '1,10').split(',').filter(Boolean).map(Number);
const HISTORY_DAYS = Number(process.env.BENCH_HISTORY_DAYS ?? 14);
const END = Date.parse('2026-11-24T19:00:00Z') / 1000;
/** Ninety days plus the week the week-over-week comparison looks back: the longest range the pages are measured at. */
const PAGES_DAYS = Number(process.env.BENCH_PAGES_DAYS ?? 97);
/** Scales the series count is computed at (in memory, seconds); empty skips it. */
const SERIES_SCALES = (process.env.BENCH_SERIES_SCALES ?? '1,10,100').split(',').filter(Boolean).map(Number);
/** `BENCH_PAST_WEEKS=0` skips the cost of the expected ranges and the deploy impact (a 30-day history). */
const PAST_WEEKS = process.env.BENCH_PAST_WEEKS !== '0';
/** `BENCH_ROUND_TRIPS=0` skips the browser's count of requests per page. */
const ROUND_TRIPS = process.env.BENCH_ROUND_TRIPS !== '0';

const pad = (text: string | number, width: number) => String(text).padEnd(width);

async function measureQueries(): Promise<void> {
  console.log(
    `\n${pad('query', 58)}${pad('range', 7)}${pad('scale', 7)}${pad('samples', 12)}${pad('peak', 10)}seconds`
  );
  for (const scale of SCALES) {
    const stack = await startTestStack({ days: DAYS, end: END, scale });
    try {
      console.log(
        `# scale ${scale}: ${stack.timings.series} series, ${stack.timings.samples} samples over ${DAYS} days`
      );
      for (const query of BENCH_QUERIES) {
        const step = Math.max(60, Math.round((query.rangeHours * 3600) / 250 / 60) * 60);
        const cost: { samples: number; peak: number; seconds?: number } = query.instant
          ? await instantQueryCost(stack.url, query.expr, END)
          : await queryCost(stack.url, query.expr, END - query.rangeHours * 3600, END, step);
        const range = query.instant ? 'now' : `${query.rangeHours}h`;
        const seconds = cost.seconds?.toFixed(3) ?? '';
        console.log(
          `${pad(query.name, 58)}${pad(range, 7)}${pad(scale, 7)}${pad(cost.samples, 12)}${pad(cost.peak, 10)}${seconds}`
        );
      }
    } finally {
      await stack.stop();
    }
  }
}

/** The simulator must write history faster than promtool imports it: both single-threaded, for a fair ratio. */
async function measureHistory(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'shoppulse-bench-'));
  try {
    const history = writeHistory({
      seed: 42,
      scenarioFile: 'simulator/scenarios/default.yaml',
      days: HISTORY_DAYS,
      end: END,
      scale: 1,
      out: join(dir, 'history'),
    });
    const importSeconds = await importHistory(history.files, join(dir, 'data'), 1);
    console.log(`\n${HISTORY_DAYS} days of history, scale 1: ${history.samples} samples in ${history.series} series`);
    console.log(
      `generate: ${history.seconds.toFixed(1)} s   promtool import: ${importSeconds.toFixed(1)} s   import/generate: ${(importSeconds / history.seconds).toFixed(1)}x`
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (SERIES_SCALES.length > 0) {
    measureSeries(SERIES_SCALES);
  }
  await measureQueries();
  if (PAGES_DAYS > 0) {
    await measurePages(PAGES_DAYS, END);
  }
  await measureReports(END);
  if (PAST_WEEKS) {
    await measurePastWeeks();
  }
  if (HISTORY_DAYS > 0) {
    await measureHistory();
  }
  if (ROUND_TRIPS) {
    measureRoundTrips();
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
