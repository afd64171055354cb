import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backfillUntil } from '../../simulator/backfill';
import { worldAt } from '../../simulator/history';
import { currentStepTime } from '../../simulator/model/context';
import { startPrometheus } from '../../simulator/prometheus/server';
import { query } from '../stack/client';

describe('live mode fills the minutes between the imported history and the first scrape', () => {
  it('writes every step to Prometheus remote write, continuing the history counters', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shoppulse-backfill-'));
    const prometheus = await startPrometheus({
      dir,
      dataDir: join(dir, 'data'),
      config: { global: { scrape_interval: '60s' } },
      flags: ['--web.enable-remote-write-receiver'],
    });
    const { url } = prometheus;
    try {
      // Recent times: Prometheus' head only takes samples of the last hours.
      const end = currentStepTime() - 3600;
      const world = worldAt({
        seed: 42,
        scenarioFile: 'simulator/scenarios/default.yaml',
        scale: 1,
        end,
        start: end,
      });
      const before = world.registry.all.find((s) => s.key.startsWith('shop_sessions_total{tenant="kwiatex"'))!.value;
      expect(await backfillUntil(world, end + 30 * 60, `${url}/api/v1/write`)).toBe(30);
      const samples = await query(url, 'count_over_time(shop_sessions_total{tenant="kwiatex"}[31m])', end + 30 * 60);
      expect(samples[0].value).toBe(30);
      const [first] = await query(url, 'shop_sessions_total{tenant="kwiatex"}', end + 60);
      expect(first.value).toBeGreaterThan(before);
      const series = await query(url, 'count(last_over_time({__name__=~".+"}[5m]))', end + 30 * 60);
      expect(series[0].value).toBe(world.registry.all.filter((s) => !Number.isNaN(s.value)).length);
    } finally {
      await prometheus.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
