import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backfillUntil } from '../../simulator/backfill';
import { worldAt } from '../../simulator/history';
import { serveLive } from '../../simulator/live';
import { currentStepTime } from '../../simulator/model/context';
import { freePort } from '../../simulator/prometheus/processes';
import { startPrometheus } from '../../simulator/prometheus/server';
import { parse } from 'yaml';
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
      // As the history exposed it: since dep-a's restart in the scenario.
      const before = world.exposed(
        world.registry.all.find((s) => s.key.startsWith('shop_sessions_total{tenant="kwiatex"'))!
      );
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

  it('hands over to the scrapes without any counter going down, which Prometheus would read as a reset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shoppulse-handover-'));
    const port = await freePort();
    // The demo's scrape job, every second, so two scrapes follow the backfill within the test.
    const demo = parse(readFileSync('prometheus/prometheus.yml', 'utf8'));
    const [job] = demo.scrape_configs;
    const prometheus = await startPrometheus({
      dir,
      dataDir: join(dir, 'data'),
      config: {
        global: { scrape_interval: '1s' },
        scrape_configs: [{ ...job, static_configs: [{ targets: [`127.0.0.1:${port}`] }] }],
      },
      flags: ['--web.enable-remote-write-receiver'],
    });
    const now = currentStepTime();
    const world = worldAt({
      seed: 42,
      scenarioFile: 'simulator/scenarios/default.yaml',
      scale: 1,
      end: now - 1800,
      start: now - 1800,
    });
    await backfillUntil(world, now, `${prometheus.url}/api/v1/write`);
    const live = await serveLive(world, '127.0.0.1', port);
    try {
      const scrapes = async () =>
        (
          await query(prometheus.url, 'count_over_time(shop_sessions_total{tenant="kwiatex"}[31m])', Date.now() / 1000)
        )[0]?.value ?? 0;
      for (let waited = 0; (await scrapes()) < 32 && waited < 30; waited++) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      expect(await scrapes()).toBeGreaterThanOrEqual(32);
      // resets() drops the metric name, so each counter is asked on its own.
      const names = (
        await query(
          prometheus.url,
          'count by (__name__) ({__name__=~".+_(total|bucket|count|sum)"})',
          Date.now() / 1000
        )
      ).map((sample) => sample.metric.__name__);
      expect(names.length).toBeGreaterThan(20);
      const reset = [];
      for (const name of names) {
        if ((await query(prometheus.url, `resets(${name}[1h]) > 0`, Date.now() / 1000)).length > 0) {
          reset.push(name);
        }
      }
      expect(reset).toEqual([]);
    } finally {
      live.close();
      await prometheus.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
