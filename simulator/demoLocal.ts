import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { requireBinary } from '../tests/stack/binaries';
import { freePort, inParallel, run, stopProcess, waitUntilReady } from '../tests/stack/processes';
import { writeHistory } from './history';
import { STEP_SECONDS } from './model/context';

/** `npm run demo:local`: the demo without Docker, on the machine's Prometheus, until Ctrl-C. */
async function main(): Promise<void> {
  const days = Number(process.env.DEMO_DAYS ?? 14);
  const prometheus = requireBinary('prometheus');
  const promtool = requireBinary('promtool');
  const dir = mkdtempSync(join(tmpdir(), 'shoppulse-demo-'));
  const data = join(dir, 'data');
  mkdirSync(data);
  const end = Math.floor(Date.now() / 1000 / STEP_SECONDS) * STEP_SECONDS;
  console.log(`Simulating ${days} days of the shop...`);
  const history = writeHistory({
    seed: 42,
    scenarioFile: 'simulator/scenarios/default.yaml',
    days,
    end,
    scale: 1,
    out: join(dir, 'history'),
  });
  console.log(`Importing ${history.samples} samples with promtool...`);
  await inParallel(history.files, availableParallelism(), (file) =>
    run(promtool, ['tsdb', 'create-blocks-from', 'openmetrics', file, data])
  );
  history.files.forEach((file) => rmSync(file));

  const simulatorPort = await freePort();
  const prometheusPort = await freePort();
  const rules = readdirSync('rules', { withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.yaml'))
    .map((f) => resolve('rules', f.name));
  writeFileSync(
    join(dir, 'prometheus.yml'),
    [
      'global: { scrape_interval: 60s, evaluation_interval: 60s }',
      `rule_files: ${JSON.stringify(rules)}`,
      'scrape_configs:',
      '  - job_name: shoppulse-simulator',
      '    honor_labels: true',
      `    static_configs: [{ targets: ['127.0.0.1:${simulatorPort}'] }]`,
      '    metric_relabel_configs:',
      '      - { action: labeldrop, regex: instance }',
      "      - { source_labels: [job], regex: shoppulse-simulator, target_label: job, replacement: '' }",
      '',
    ].join('\n')
  );
  const prometheusUrl = `http://127.0.0.1:${prometheusPort}`;
  const children: ChildProcess[] = [
    spawn(
      prometheus,
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${data}`,
        `--web.listen-address=127.0.0.1:${prometheusPort}`,
        '--storage.tsdb.retention.time=30d',
        '--web.enable-remote-write-receiver',
      ],
      { stdio: 'ignore' }
    ),
  ];
  const stop = async () => {
    await Promise.all(children.map(stopProcess));
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await waitUntilReady(`${prometheusUrl}/-/ready`, children[0], 60_000);
  // The live simulator first writes the minutes the import took, then opens /metrics: no gap in the series.
  const live = [
    'tsx',
    'simulator/cli.ts',
    'live',
    '--days',
    String(days),
    '--start',
    String(end),
    '--port',
    String(simulatorPort),
  ];
  children.push(spawn('npx', [...live, '--backfill-url', `${prometheusUrl}/api/v1/write`], { stdio: 'inherit' }));
  console.log(
    `\nPrometheus with the demo shop: http://127.0.0.1:${prometheusPort}\nAdd it as a Prometheus datasource in your Grafana, pick it on the ShopPulse configuration page. Ctrl-C stops everything.`
  );
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
