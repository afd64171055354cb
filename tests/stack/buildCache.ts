import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { requireBinary } from '../../simulator/prometheus/binaries';

/**
 * Built stacks, kept by a hash of everything a build reads: two builds of the same inputs store the same samples
 * (promtool is run from the stack's own folder for that), so a later test run, the browser tests after the
 * integration tests, or the Grafana 13 copy of the checkout, reuses the storage instead of building it again.
 * In the system's temporary folder, shared by every checkout, or in the folder `SHOPPULSE_STACK_CACHE` names; `0` there
 * builds afresh every time.
 */
const cacheDir = () => process.env.SHOPPULSE_STACK_CACHE || join(tmpdir(), 'shoppulse-stack-cache');
const cacheOff = () => process.env.SHOPPULSE_STACK_CACHE === '0';
/** Builds kept: the integration tests' four and two more (the bench's); less recently used ones are removed. */
const KEPT_ENTRIES = 6;
const DAY_MS = 86_400_000;

/** The simulator and the promtool steps a build runs: their sources, with every local module they import. */
const BUILD_ENTRY_POINTS = [
  'simulator/history.ts',
  'simulator/prometheus/importHistory.ts',
  'simulator/prometheus/recordRules.ts',
  'simulator/prometheus/alertHistory.ts',
];

export interface BuildInputs {
  /** The stack's options, as given. */
  options: object;
  /** Files the build reads besides its code: the scenario and the rule files. */
  files: string[];
}

export interface CachedBuild<Summary> {
  summary: Summary;
  /** Copies the kept storage to `dataDir`. */
  copyTo(dataDir: string): void;
}

let sourceFiles: string[] | undefined;
let promtoolVersion: string | undefined;

/** The local files the build's code is made of, found by esbuild as it would bundle them. */
function buildSources(): string[] {
  sourceFiles ??= Object.keys(
    buildSync({
      entryPoints: BUILD_ENTRY_POINTS,
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      packages: 'external',
      outdir: 'unused',
    }).metafile.inputs
  ).sort();
  return sourceFiles;
}

function buildKey({ options, files }: BuildInputs): string {
  const hash = createHash('sha256').update(JSON.stringify(options));
  for (const file of [...buildSources(), ...files]) {
    hash.update(`\0${file}\0`).update(readFileSync(resolve(file)));
  }
  promtoolVersion ??= execFileSync(requireBinary('promtool'), ['--version'], { encoding: 'utf8' });
  hash.update(promtoolVersion);
  return hash.digest('hex').slice(0, 24);
}

/** The kept build of these inputs, or undefined when there is none (or the cache is turned off). */
export function findBuild<Summary>(inputs: BuildInputs): CachedBuild<Summary> | undefined {
  if (cacheOff()) {
    return undefined;
  }
  const entry = join(cacheDir(), buildKey(inputs));
  if (!existsSync(join(entry, 'summary.json'))) {
    return undefined;
  }
  const now = new Date();
  utimesSync(entry, now, now);
  return {
    summary: JSON.parse(readFileSync(join(entry, 'summary.json'), 'utf8')),
    copyTo: (dataDir) => cpSync(join(entry, 'data'), dataDir, { recursive: true }),
  };
}

/**
 * Keeps a finished build's storage, written to a folder of its own first and renamed into place, so that a build
 * stopped halfway or running beside another is never taken for a finished one.
 */
export function keepBuild(inputs: BuildInputs, dataDir: string, summary: object): void {
  if (cacheOff()) {
    return;
  }
  mkdirSync(cacheDir(), { recursive: true });
  const entry = join(cacheDir(), buildKey(inputs));
  const staging = `${entry}.${process.pid}.partial`;
  rmSync(staging, { recursive: true, force: true });
  cpSync(dataDir, join(staging, 'data'), { recursive: true });
  writeFileSync(join(staging, 'summary.json'), JSON.stringify(summary));
  try {
    renameSync(staging, entry);
  } catch {
    // Another run kept the same build first.
    rmSync(staging, { recursive: true, force: true });
  }
  removeOldEntries(cacheDir());
}

/** Removes all but the most recently used entries, and what builds that were stopped halfway left a day ago. */
function removeOldEntries(dir: string): void {
  const entries = readdirSync(dir)
    .map((name) => ({ path: join(dir, name), used: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  const finished = entries.filter(({ path }) => !path.endsWith('.partial'));
  const abandoned = entries.filter(({ path, used }) => path.endsWith('.partial') && used < Date.now() - DAY_MS);
  for (const { path } of [...finished.slice(KEPT_ENTRIES), ...abandoned]) {
    rmSync(path, { recursive: true, force: true });
  }
}
