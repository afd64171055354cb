import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type SentRequest, expect, test } from './shopPage';

/** Where each page's counts go, one file per page, for `npm run bench` to print. */
export const ROUND_TRIPS_DIR =
  process.env.ROUND_TRIPS_DIR ?? join(__dirname, '../../../test-results/browser/round-trips');

/** The app's pages that query Prometheus, as a person opens them. */
const PAGES = ['business', 'what-changed', 'partners', 'partners/sportowo'];

export interface PhaseCount {
  /** Requests to Grafana's back end: one per query runner or variable that ran. */
  roundTrips: number;
  /** Queries Prometheus answered (Grafana's back end asks one per target). */
  queries: number;
  /** Queries that asked exactly what an earlier one of the same phase asked. */
  repeated: number;
}

function count(requests: SentRequest[]): PhaseCount {
  return {
    roundTrips: new Set(requests.map((request) => request.roundTrip)).size,
    queries: requests.length,
    repeated: repeated(requests).length,
  };
}

/** Requests that asked Prometheus exactly what an earlier one of the same phase asked. */
function repeated(requests: SentRequest[]): string[] {
  const seen = new Set<string>();
  return requests.flatMap(({ api, params }) => {
    const key = `${api}?${params}`;
    const again = seen.has(key);
    seen.add(key);
    return again ? [decodeURIComponent(key)] : [];
  });
}

for (const path of PAGES) {
  test(`${path}: each query once, on first load and on a time-range change`, async ({ shop }) => {
    const firstLoad = shop.recordRequests();
    await shop.open(path);
    const loaded = firstLoad.splice(0);
    expect(loaded.length, 'the page asked Prometheus something').toBeGreaterThan(0);
    expect(
      loaded.every((request) => request.roundTrip !== ''),
      'every request names its round trip'
    ).toBe(true);

    const rangeChange = shop.recordRequests();
    await shop.page.getByRole('button', { name: 'Zoom out time range' }).click();
    // Every panel asks again for the new range: as many round trips as on first load, less the pickers' options. A
    // busy browser may take more than the quiet second quietAfter waits for to send the last of them.
    await expect
      .poll(() => count(rangeChange).roundTrips, { message: 'round trips after the range changed' })
      .toBeGreaterThanOrEqual(count(loaded).roundTrips - 2);
    await shop.quietAfter(rangeChange);
    const changed = rangeChange.splice(0);

    expect(repeated(loaded), 'asked twice on first load').toEqual([]);
    expect(repeated(changed), 'asked twice after the range changed').toEqual([]);

    mkdirSync(ROUND_TRIPS_DIR, { recursive: true });
    const counts = { page: path, firstLoad: count(loaded), rangeChange: count(changed) };
    writeFileSync(join(ROUND_TRIPS_DIR, `${path.replace(/\W/g, '-')}.json`), JSON.stringify(counts, null, 2));
  });
}
