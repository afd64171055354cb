import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PhaseCount } from '../tests/browser/specs/roundTrips.spec';

interface PageCounts {
  page: string;
  firstLoad: PhaseCount;
  rangeChange: PhaseCount;
}

const pad = (text: string | number, width: number) => String(text).padEnd(width);

/**
 * The browser harness opens each page, then zooms its time range out, and counts what reached the data source:
 * Grafana round trips (one per query runner or variable) and the Prometheus queries behind them. The spec itself
 * fails when a page asks Prometheus the same thing twice.
 */
export function measureRoundTrips(): void {
  const dir = mkdtempSync(join(tmpdir(), 'shoppulse-round-trips-'));
  try {
    execFileSync('npx', ['playwright', 'test', '-c', 'tests/browser/playwright.config.ts', 'roundTrips.spec.ts'], {
      env: { ...process.env, ROUND_TRIPS_DIR: dir },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const pages: PageCounts[] = readdirSync(dir).map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')));
    console.log(
      `\n${pad('page', 20)}${pad('first load: round trips', 26)}${pad('queries', 10)}${pad('range change: round trips', 28)}queries`
    );
    for (const { page, firstLoad, rangeChange } of pages.sort((a, b) => a.page.localeCompare(b.page))) {
      console.log(
        `${pad(page, 20)}${pad(firstLoad.roundTrips, 26)}${pad(firstLoad.queries, 10)}${pad(rangeChange.roundTrips, 28)}${rangeChange.queries}`
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
