import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { requireBinary } from './binaries';
import { run } from './processes';
import { splitByDependency } from './ruleLevels';
import { startPrometheus } from './server';

/**
 * Evaluates recording rules over imported history, which Prometheus only does from the moment it starts: promtool
 * queries a private Prometheus on the same storage and writes the recorded series as blocks, added to the storage
 * once that Prometheus stopped. Rules reading other recorded series are evaluated in a later pass than their inputs.
 * Returns the seconds it took.
 */
export async function recordRulesOverHistory(options: {
  dir: string;
  dataDir: string;
  ruleFiles: string[];
  start: number;
  end: number;
}): Promise<number> {
  const started = Date.now();
  for (const levelFile of splitByDependency(options.ruleFiles, options.dir)) {
    await recordOnePass({ ...options, ruleFiles: [levelFile] });
  }
  return (Date.now() - started) / 1000;
}

async function recordOnePass(options: {
  dir: string;
  dataDir: string;
  ruleFiles: string[];
  start: number;
  end: number;
}): Promise<void> {
  const out = join(options.dir, 'recorded-blocks');
  mkdirSync(out, { recursive: true });
  const server = await startPrometheus({
    dir: options.dir,
    dataDir: options.dataDir,
    config: { global: {} },
    flags: ['--storage.tsdb.retention.time=400d'],
  });
  try {
    await run(requireBinary('promtool'), [
      'tsdb',
      'create-blocks-from',
      'rules',
      `--start=${options.start}`,
      `--end=${options.end}`,
      `--url=${server.url}`,
      `--output-dir=${out}`,
      ...options.ruleFiles,
    ]);
  } finally {
    await server.stop();
  }
  for (const block of readdirSync(out)) {
    renameSync(join(out, block), join(options.dataDir, block));
  }
  rmSync(out, { recursive: true, force: true });
}
