import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { requireBinary } from './binaries';
import { run } from './processes';
import { splitByDependency } from './ruleLevels';
import { startPrometheus } from './server';

/**
 * promtool writes one block per rule per window, 2 h by default: over weeks that is tens of thousands of blocks, more
 * files than Prometheus may open. 162 h is the largest block size the importer allows below the 11,000 points a range
 * query may return at the rules' 1 m interval (9,720 points). The flag is hidden in `promtool --help`.
 */
const RECORDED_BLOCK_DURATION = '162h';

/** The recording rules the pages read over long ranges, hence recorded over imported history (compose lists them too). */
export const HISTORY_RULE_FILES = [
  'rules/shoppulse-business.rules.yaml',
  'rules/shoppulse-sla.rules.yaml',
  'rules/shoppulse-bands.rules.yaml',
];

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
    // Each group is evaluated at a phase hashed from its name and its file's path as given: paths relative to `dir`
    // (a fresh temporary folder) make two builds of the same history record the same samples at the same instants.
    await run(
      requireBinary('promtool'),
      [
        'tsdb',
        'create-blocks-from',
        `--max-block-duration=${RECORDED_BLOCK_DURATION}`,
        'rules',
        `--start=${options.start}`,
        `--end=${options.end}`,
        `--url=${server.url}`,
        `--output-dir=${out}`,
        ...options.ruleFiles.map((file) => relative(options.dir, file)),
      ],
      options.dir
    );
  } finally {
    await server.stop();
  }
  for (const block of readdirSync(out)) {
    renameSync(join(out, block), join(options.dataDir, block));
  }
  rmSync(out, { recursive: true, force: true });
}
