import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { importHistory } from '../../simulator/prometheus/importHistory';
import { recordRulesOverHistory } from '../../simulator/prometheus/recordRules';
import { startPrometheus } from '../../simulator/prometheus/server';
import { query } from '../stack/client';

const DAYS = 40;
const STEP = 300;
const END = Date.parse('2026-11-24T19:00:00Z') / 1000;
const START = END - DAYS * 86400;

/** A counter rising by one per second, every five minutes over the whole history. */
function writeCounterHistory(file: string): void {
  const lines = ['# HELP demo_requests_total Requests.', '# TYPE demo_requests_total counter'];
  for (let time = START; time <= END; time += STEP) {
    lines.push(`demo_requests_total{tenant="kwiatex"} ${time - START} ${time}`);
  }
  writeFileSync(file, `${lines.join('\n')}\n# EOF\n`);
}

/** Two levels: the second rule reads the first one's recorded series over 30 days, as the SLA rules do. */
const RULES = {
  groups: [
    {
      name: 'demo',
      interval: '5m',
      rules: [
        { record: 'tenant:demo_requests:rate10m', expr: 'sum by (tenant) (rate(demo_requests_total[10m]))' },
        { record: 'tenant:demo_requests:rate30d', expr: 'avg_over_time(tenant:demo_requests:rate10m[30d])' },
      ],
    },
  ],
};

const blocksIn = (dataDir: string) => readdirSync(dataDir).filter((name) => /^[0-9A-Z]{26}$/.test(name)).length;

describe('recording rules over imported history', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shoppulse-record-'));
  const dataDir = join(dir, 'data');
  let recordedBlocks = 0;

  beforeAll(async () => {
    mkdirSync(join(dir, 'history'));
    const history = join(dir, 'history', 'counter.om');
    writeCounterHistory(history);
    await importHistory([history], dataDir);
    const importedBlocks = blocksIn(dataDir);
    const ruleFile = join(dir, 'demo.rules.yaml');
    writeFileSync(ruleFile, stringify(RULES));
    await recordRulesOverHistory({ dir, dataDir, ruleFiles: [ruleFile], start: START, end: END });
    recordedBlocks = blocksIn(dataDir) - importedBlocks;
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes blocks of days, not of two hours, so a Prometheus can open weeks of them', () => {
    // At promtool's default of 2 h this would be 2 rules × 480 windows = 960 blocks.
    expect(recordedBlocks).toBeGreaterThan(0);
    expect(recordedBlocks).toBeLessThanOrEqual(2 * Math.ceil((DAYS * 24) / 162 + 1));
  });

  it('serves the recorded series of both levels over the whole history', async () => {
    const prometheus = await startPrometheus({
      dir,
      dataDir,
      config: { global: {} },
      flags: ['--storage.tsdb.retention.time=400d'],
    });
    try {
      const [rate] = await query(prometheus.url, 'tenant:demo_requests:rate10m{tenant="kwiatex"}', START + 86400);
      expect(rate.value).toBeCloseTo(1, 9);
      const [monthly] = await query(prometheus.url, 'tenant:demo_requests:rate30d{tenant="kwiatex"}', END);
      expect(monthly.value).toBeCloseTo(1, 9);
      const [readings] = await query(
        prometheus.url,
        `count_over_time(tenant:demo_requests:rate30d{tenant="kwiatex"}[${DAYS}d])`,
        END
      );
      // Every 5 minutes from the first window with two samples to the end, whatever the block boundaries.
      expect(readings.value).toBeGreaterThan((DAYS * 86400) / STEP - 12);
    } finally {
      await prometheus.stop();
    }
  });
});
