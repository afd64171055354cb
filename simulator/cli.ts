import { parseArgs } from 'node:util';
import { postChange } from './annotations';
import { backfillUntil, waitForPrometheus } from './backfill';
import { writeHistory, historyStart, worldAt } from './history';
import { serveLive } from './live';
import { STEP_SECONDS, currentStepTime } from './model/context';
import { ScenarioError } from './scenario/load';

const USAGE = `Usage:
  tsx simulator/cli.ts history --out PREFIX [--chunk-hours 24] [--days 14] [--end UNIX|ISO] [--seed 42] [--scenario FILE] [--scale 1]
  tsx simulator/cli.ts live [--start UNIX|ISO] [--days 14] [--port 9464] [--host 127.0.0.1] [--backfill-url URL] [--seed 42] [--scenario FILE] [--scale 1]
history writes OpenMetrics files PREFIX-000.om, PREFIX-001.om... (one per chunk) for 'promtool tsdb create-blocks-from openmetrics'; live serves /metrics and continues
from where a history with the same --start/--end, --days, --seed, --scenario and --scale ended.
--backfill-url (a Prometheus /api/v1/write) receives the minutes between --start and now before /metrics opens.
With GRAFANA_URL and GRAFANA_TOKEN set, live mode posts the scenario's deploys and config changes as annotations.`;

function parseTime(text: string | undefined): number {
  if (!text) {
    return currentStepTime();
  }
  const seconds = /^\d+$/.test(text) ? Number(text) : Date.parse(text) / 1000;
  if (!Number.isFinite(seconds)) {
    throw new Error(`Cannot read the time "${text}": give unix seconds or an ISO date`);
  }
  return Math.floor(seconds / STEP_SECONDS) * STEP_SECONDS;
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      'chunk-hours': { type: 'string', default: '24' },
      days: { type: 'string', default: '14' },
      end: { type: 'string' },
      start: { type: 'string' },
      seed: { type: 'string', default: '42' },
      scenario: { type: 'string', default: 'simulator/scenarios/default.yaml' },
      scale: { type: 'string', default: '1' },
      port: { type: 'string', default: '9464' },
      host: { type: 'string', default: '127.0.0.1' },
      'backfill-url': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const common = {
    seed: Number(values.seed),
    scenarioFile: values.scenario!,
    scale: Number(values.scale),
    days: Number(values.days),
  };
  if (values.help || !['history', 'live'].includes(positionals[0])) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  if (positionals[0] === 'history') {
    if (!values.out) {
      throw new Error('history needs --out PREFIX');
    }
    console.log(
      JSON.stringify(
        writeHistory({
          ...common,
          end: parseTime(values.end),
          out: values.out,
          chunkHours: Number(values['chunk-hours']),
        })
      )
    );
    return;
  }
  const end = parseTime(values.start);
  const world = worldAt({ ...common, end, start: historyStart(common.days, end) - STEP_SECONDS });
  for (let t = world.time; t < end; t += STEP_SECONDS) {
    world.advance();
  }
  const backfillUrl = values['backfill-url'];
  if (backfillUrl) {
    await waitForPrometheus(backfillUrl);
    const steps = await backfillUntil(world, currentStepTime(), backfillUrl);
    console.log(`Wrote the ${steps} minutes between the history's end and now to ${backfillUrl}`);
  }
  const grafana =
    process.env.GRAFANA_URL && process.env.GRAFANA_TOKEN
      ? { url: process.env.GRAFANA_URL, token: process.env.GRAFANA_TOKEN }
      : undefined;
  let posted = world.time;
  const server = await serveLive(world, values.host!, Number(values.port), (w) => {
    if (grafana) {
      // Scenario events that fall into the live part of the time line become Grafana annotations as they happen.
      world
        .scenarioEvents(posted, w.time)
        .forEach((event) => postChange(grafana, event).catch((error) => console.error(error.message)));
      posted = w.time;
    }
  });
  console.log(
    `Simulator live on http://${values.host}:${values.port}/metrics (from ${new Date(end * 1000).toISOString()})`
  );
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Faults on command, for the demo and the tests: a scrape gap while paused, and a restart from zero.
  process.on('SIGUSR1', () => {
    world.paused = !world.paused;
    console.log(world.paused ? 'Scraping paused: /metrics answers 503' : 'Scraping resumed');
  });
  process.on('SIGUSR2', () => {
    world.restart();
    console.log('Restarted: every counter starts again from zero');
  });
}

main().catch((error) => {
  console.error(error instanceof ScenarioError ? `Invalid scenario: ${error.message}` : error.message);
  process.exit(1);
});
