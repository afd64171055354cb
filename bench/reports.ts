import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { slaRecord } from '../src/catalog/slo';
import { DAY } from '../src/queries/functions';
import { eq } from '../src/queries/selector';
import { type RequestKind, requestsBetween } from '../src/queries/slaRequests';
import { lastMonths } from '../src/queries/calendar';
import { SLA_RULE_INTERVAL_SECONDS } from '../src/queries/slaRules';
import { importHistory } from '../simulator/prometheus/importHistory';
import { startPrometheus } from '../simulator/prometheus/server';
import { instantQueryCost, scalar } from '../tests/stack/client';

const MONTHS = 13;
const PARTNERS = ['bobasek', 'kwiatex', 'sportowo', 'techmania'];
/** A steady 10 requests a second, 95% of them good: the figures only check that both readings agree. */
const RATE = { all: 10, good: 9.5 };
const KINDS: RequestKind[] = ['all', 'good'];

/**
 * The SLA records a year of monthly reports reads, written at the coarsest step its queries see: one daily count a
 * little before each midnight (the report reads the last one at each midnight), and the 5m rates minute by minute
 * only for the day still running. A Prometheus recording the rules would hold far more; the queries touch the same.
 */
function syntheticRecords(start: number, end: number): string {
  const lastMidnight = Math.floor(end / DAY) * DAY;
  // promtool wants each family whole: one block of lines per recorded series name.
  const family = (name: string, samples: (tenant: string) => string[]) => [
    `# TYPE ${name} gauge`,
    ...PARTNERS.flatMap((tenant) => samples(`${name}{tenant="${tenant}",deployment="dep-a"}`)),
  ];
  const lines = KINDS.flatMap((kind) => [
    ...family(kind === 'all' ? slaRecord.requestsPerDay : slaRecord.goodPerDay, (series) => {
      const samples: string[] = [];
      for (let midnight = start + DAY; midnight <= end; midnight += DAY) {
        samples.push(`${series} ${RATE[kind] * DAY} ${midnight - 30}`);
      }
      return samples;
    }),
    ...family(kind === 'all' ? slaRecord.requests('5m') : slaRecord.good('5m'), (series) => {
      const samples: string[] = [];
      for (let t = lastMidnight + SLA_RULE_INTERVAL_SECONDS.short; t <= end; t += SLA_RULE_INTERVAL_SECONDS.short) {
        samples.push(`${series} ${RATE[kind]} ${t}`);
      }
      return samples;
    }),
  ]);
  return `${lines.join('\n')}\n# EOF\n`;
}

/** Samples a year of monthly reports touches, for one partner and for every partner, and what they count. */
export async function measureReports(end: number): Promise<void> {
  // UTC months, whose edges are midnights of the daily counts: a month in Warsaw time also reads the minutes between
  // its edges and the nearest UTC midnights (up to a day of 5m rates, about 2,800 samples a partner-month more).
  const months = lastMonths(end, MONTHS, 'UTC');
  const start = months[months.length - 1].start;
  const dir = mkdtempSync(join(tmpdir(), 'shoppulse-reports-'));
  try {
    const file = join(dir, 'records.om');
    writeFileSync(file, syntheticRecords(start, end));
    await importHistory([file], join(dir, 'data'));
    const server = await startPrometheus({
      dir,
      dataDir: join(dir, 'data'),
      config: { global: {} },
      flags: ['--storage.tsdb.retention.time=800d'],
    });
    try {
      let samples = 0;
      let counted = 0;
      for (const tenant of PARTNERS) {
        for (const month of months) {
          for (const kind of KINDS) {
            const expr = requestsBetween(kind, month.start, month.end, { where: [eq('tenant', tenant)], by: [] });
            samples += (await instantQueryCost(server.url, expr, end)).samples;
            counted += kind === 'all' ? await scalar(server.url, expr, end) : 0;
          }
        }
      }
      const expected = PARTNERS.length * RATE.all * (end - start);
      // What reading each month from the minute-by-minute 5m rates (the report's old form) touches: one per minute.
      const scanned = PARTNERS.length * KINDS.length * ((end - start) / SLA_RULE_INTERVAL_SECONDS.short);
      console.log(`\nA year of monthly reports (${MONTHS} months, ${KINDS.length} queries a month, synthetic records)`);
      console.log(`  one partner:   ${samples / PARTNERS.length} samples`);
      console.log(
        `  all partners:  ${samples} samples (${(samples / PARTNERS.length / MONTHS).toFixed(1)} per partner-month)`
      );
      console.log(`  the 5m rates minute by minute would touch ${scanned} (${(scanned / samples).toFixed(0)}x more)`);
      console.log(`  requests counted: ${counted} of ${expected} (${((counted / expected) * 100).toFixed(3)}%)`);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
