import { closeSync, openSync, writeSync } from 'node:fs';
import { familyHeader, formatValue } from './exposition';
import { STEP_SECONDS } from './model/context';
import { World } from './model/world';
import { loadScenario } from './scenario/load';
import { ResolvedScenario } from './scenario/resolve';

/** Parcels take two days to arrive: the model runs that long before the first sample is written. */
export const WARM_UP_SECONDS = 2 * 86400;

export interface HistoryOptions {
  seed: number;
  scenarioFile: string;
  days: number;
  /** Unix seconds of the last sample; a multiple of the step. */
  end: number;
  /**
   * The "now" the scenario's relative times count back from: the history's end by default. Earlier, for a history
   * that is only a stretch of the scenario's (a test's few days around an old incident).
   */
  scenarioEnd?: number;
  scale: number;
  /** Files are written as `<out>-000.om`, `<out>-001.om`, ...: one per `chunkHours`, so they can be imported in parallel. */
  out: string;
  chunkHours?: number;
}

export interface HistorySummary {
  series: number;
  samples: number;
  seconds: number;
  start: number;
  end: number;
  files: string[];
}

export function historyStart(days: number, end: number): number {
  return end - days * 86400;
}

/** The world as it stands at `start`, warmed up, ready to produce the first sample. */
export function worldAt(options: Omit<HistoryOptions, 'out' | 'days'> & { start: number }): World {
  const scenario = new ResolvedScenario(loadScenario(options.scenarioFile), options.scenarioEnd ?? options.end);
  const world = new World({
    seed: options.seed,
    scenario,
    scale: options.scale,
    start: options.start - WARM_UP_SECONDS,
  });
  while (world.time < options.start) {
    world.advance();
  }
  return world;
}

/** Simulates `steps` scrapes and writes them as one OpenMetrics file, series by series: promtool wants each family whole. */
function writeChunk(world: World, steps: number, file: string): number {
  const start = world.time + STEP_SECONDS;
  const seriesCount = world.registry.all.length;
  const values = new Float64Array(steps * seriesCount);
  for (let step = 0; step < steps; step++) {
    world.advance();
    const row = step * seriesCount;
    world.registry.all.forEach((series, i) => (values[row + i] = world.exposed(series)));
  }
  const fd = openSync(file, 'w');
  let buffer = '';
  let samples = 0;
  for (const family of world.registry.families.values()) {
    buffer += familyHeader(family, true);
    for (const series of family.series) {
      for (let step = 0; step < steps; step++) {
        const value = values[step * seriesCount + series.index];
        if (!Number.isNaN(value)) {
          buffer += `${series.key} ${formatValue(value)} ${start + step * STEP_SECONDS}\n`;
          samples++;
        }
      }
      if (buffer.length > 1 << 20) {
        writeSync(fd, buffer);
        buffer = '';
      }
    }
  }
  writeSync(fd, `${buffer}# EOF\n`);
  closeSync(fd);
  return samples;
}

export function writeHistory(options: HistoryOptions): HistorySummary {
  const started = Date.now();
  const start = historyStart(options.days, options.end);
  const world = worldAt({ ...options, start: start - STEP_SECONDS });
  const chunkSteps = ((options.chunkHours ?? 24) * 3600) / STEP_SECONDS;
  const files: string[] = [];
  let samples = 0;
  for (let remaining = Math.round((options.end - start) / STEP_SECONDS) + 1; remaining > 0; remaining -= chunkSteps) {
    const file = `${options.out}-${String(files.length).padStart(3, '0')}.om`;
    samples += writeChunk(world, Math.min(chunkSteps, remaining), file);
    files.push(file);
  }
  return {
    series: world.registry.all.length,
    samples,
    seconds: (Date.now() - started) / 1000,
    start,
    end: options.end,
    files,
  };
}
