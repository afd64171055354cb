import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { writeHistory } from './history';
import { currentStepTime } from './model/context';
import { importHistory } from './prometheus/importHistory';
import { HISTORY_RULE_FILES, recordRulesOverHistory } from './prometheus/recordRules';
import { freePort, startGroup, stopProcess } from './prometheus/processes';
import { startPrometheus } from './prometheus/server';

/** The compose demo's Prometheus configuration, pointed at a simulator and rule files on this machine. */
function demoConfig(simulatorPort: number) {
  const config = parse(readFileSync('prometheus/prometheus.yml', 'utf8'));
  config.rule_files = readdirSync('rules', { withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.yaml'))
    .map((f) => resolve('rules', f.name));
  config.scrape_configs[0].static_configs = [{ targets: [`127.0.0.1:${simulatorPort}`] }];
  return config;
}

/** `npm run demo:local`: the demo without Docker, on the machine's Prometheus, until Ctrl-C. */
async function main(): Promise<void> {
  const days = Number(process.env.DEMO_DAYS ?? 14);
  const dir = mkdtempSync(join(tmpdir(), 'shoppulse-demo-'));
  const dataDir = join(dir, 'data');
  const end = currentStepTime();
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
  await importHistory(history.files, dataDir);
  console.log('Recording the business and SLA rules over the history...');
  await recordRulesOverHistory({
    dir,
    dataDir,
    ruleFiles: HISTORY_RULE_FILES,
    start: history.start,
    end: history.end,
  });

  const simulatorPort = await freePort();
  const prometheus = await startPrometheus({
    dir,
    dataDir,
    config: demoConfig(simulatorPort),
    flags: ['--storage.tsdb.retention.time=30d', '--web.enable-remote-write-receiver'],
  });
  const children: ChildProcess[] = [prometheus.child];
  let stopping = false;
  const stop = async () => {
    // A second Ctrl-C while the children are stopping must not remove the data directory under Prometheus.
    if (stopping) {
      return;
    }
    stopping = true;
    // SIGTERM whatever the demo received: Prometheus takes SIGHUP to mean "reload the configuration".
    await Promise.all(children.map((child) => stopProcess(child)));
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  };
  // Ctrl-C, kill, and a closed terminal: the demo must not leave Prometheus or the simulator behind.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, stop);
  }
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
  children.push(startGroup('npx', [...live, '--backfill-url', `${prometheus.url}/api/v1/write`]));
  console.log(
    `\nPrometheus with the demo shop: ${prometheus.url}\nAdd it as a Prometheus datasource in your Grafana, pick it on the ShopPulse configuration page. Ctrl-C stops everything.`
  );
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
