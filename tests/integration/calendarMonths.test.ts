import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SLA } from '../../src/catalog';
import { DEFAULT_CONTRACT } from '../../src/catalog/contracts';
import { lastMonths } from '../../src/queries/calendar';
import { eq } from '../../src/queries/selector';
import { requestsBetween } from '../../src/queries/slaRequests';
import { importHistory } from '../../simulator/prometheus/importHistory';
import { recordRulesOverHistory } from '../../simulator/prometheus/recordRules';
import { type PrometheusServer, startPrometheus } from '../../simulator/prometheus/server';
import { scalar } from '../stack/client';

const at = (iso: string) => Date.parse(iso) / 1000;
// Nine days over the end of October, which also holds the change to winter time (25 October, 01:00 UTC).
const START = at('2026-10-24T00:00:00Z');
const END = at('2026-11-02T00:00:00Z');
/** Warsaw's November begins here, an hour before UTC's; from here on the partner gets three requests a second. */
const WARSAW_NOVEMBER = at('2026-10-31T23:00:00Z');

/** kwiatex's gateway requests, all fast and successful: one a second until Warsaw's November, then three. */
function writeHistory(file: string): void {
  const lines = [`# TYPE ${SLA.metric}_bucket gauge`];
  let count = 0;
  for (let time = START; time <= END; time += 60) {
    for (const le of ['0.2', '+Inf']) {
      lines.push(
        `${SLA.metric}_bucket{tenant="kwiatex",deployment="dep-a",route="/api/search",code="2xx",le="${le}"} ${count} ${time}`
      );
    }
    count += time < WARSAW_NOVEMBER ? 60 : 180;
  }
  writeFileSync(file, `${lines.join('\n')}\n# EOF\n`);
}

/** Requests counted by the report's query, as of the end of the history. */
const counted = (prometheus: PrometheusServer, start: number, end: number) =>
  scalar(prometheus.url, requestsBetween('all', start, end, { where: [eq('tenant', 'kwiatex')], by: [] }), END);

describe('calendar months in the contract’s time zone, against Prometheus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shoppulse-months-'));
  const dataDir = join(dir, 'data');
  let prometheus: PrometheusServer;

  beforeAll(async () => {
    mkdirSync(join(dir, 'history'));
    const history = join(dir, 'history', 'gateway.om');
    writeHistory(history);
    await importHistory([history], dataDir);
    await recordRulesOverHistory({
      dir,
      dataDir,
      ruleFiles: [join(process.cwd(), 'rules/shoppulse-sla.rules.yaml')],
      start: START,
      end: END,
    });
    prometheus = await startPrometheus({
      dir,
      dataDir,
      config: { global: {} },
      flags: ['--storage.tsdb.retention.time=400d'],
    });
  }, 180_000);

  afterAll(async () => {
    await prometheus?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  // Stated tolerance: 0.2%, the first minutes of the history, where the 5m rates are extrapolated.
  const expectCount = (actual: number, expected: number) =>
    expect(Math.abs(actual - expected) / expected).toBeLessThan(0.002);

  it('gives a request at 23:30 UTC on 31 October to November, as Warsaw’s calendar does', async () => {
    const [november, october] = lastMonths(END, 2, DEFAULT_CONTRACT.timeZone);
    expect([october.label, november.label]).toEqual(['2026-10', '2026-11']);
    expect(november.start).toBe(WARSAW_NOVEMBER);
    // October as far as the history goes: a request a second from 24 October to 23:00 UTC on the 31st.
    expectCount(await counted(prometheus, october.start, october.end), WARSAW_NOVEMBER - START);
    // November so far: three a second, from 23:00 UTC on 31 October, 25 hours.
    expectCount(await counted(prometheus, november.start, november.end), 3 * 25 * 3600);
    // UTC's October would hold the hour at three a second.
    const [, utcOctober] = lastMonths(END, 2, 'UTC');
    expectCount(
      await counted(prometheus, Math.max(START, utcOctober.start), utcOctober.end),
      WARSAW_NOVEMBER - START + 3 * 3600
    );
  });

  it('counts the 25 hours of the day clocks go back in Warsaw', async () => {
    // 25 October in Warsaw: from midnight on summer time (22:00 UTC the day before) to midnight on winter time.
    const day = { start: at('2026-10-25T00:00:00+02:00'), end: at('2026-10-26T00:00:00+01:00') };
    expect(day.end - day.start).toBe(25 * 3600);
    expectCount(await counted(prometheus, day.start, day.end), 25 * 3600);
  });
});
