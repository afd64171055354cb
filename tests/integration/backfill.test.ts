import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backfillUntil } from '../../simulator/backfill';
import { worldAt } from '../../simulator/history';
import { requireBinary } from '../stack/binaries';
import { query } from '../stack/client';
import { freePort, stopProcess, waitUntilReady } from '../stack/processes';

describe('live mode fills the minutes between the imported history and the first scrape', () => {
  it('writes every step to Prometheus remote write, continuing the history counters', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shoppulse-backfill-'));
    writeFileSync(join(dir, 'prometheus.yml'), 'global: { scrape_interval: 60s }\n');
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const prometheus = spawn(
      requireBinary('prometheus'),
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--web.enable-remote-write-receiver',
      ],
      { stdio: 'ignore' }
    );
    try {
      await waitUntilReady(`${url}/-/ready`, prometheus, 60_000);
      // Recent times: Prometheus' head only takes samples of the last hours.
      const end = Math.floor(Date.now() / 60_000) * 60 - 3600;
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
      await stopProcess(prometheus);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
