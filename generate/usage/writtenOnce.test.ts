/** @jest-environment node */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { METRIC, METRICS } from '../../src/catalog';

const REPO_ROOT = join(__dirname, '../..');

/** The one place a metric name is written; everything else refers to `METRIC`. */
const HOME = 'src/catalog/metricNames.ts';
// Tests (Jest's and promtool's) spell out what they expect, so a wrong name in the code cannot pass by being just as wrong in its test;
// Markdown explains metrics to people (docs/metrics.md, the generated reference, is what it points to).
const EXEMPT = [/\.test\.(tsx?|ya?ml)$/, /\.md$/, /\.(png|svg|ico|woff2?)$/];

const NAMES = [...METRICS.map((metric) => metric.name)].sort((a, b) => b.length - a.length);
const WRITTEN = new RegExp(`\\b(${NAMES.join('|')})(?:_bucket|_count|_sum)?\\b`, 'g');

/** The contract metric names written in a text, one entry per occurrence with its line. */
export function namesWrittenIn(text: string): Array<{ name: string; line: number }> {
  return [...text.matchAll(WRITTEN)].map((match) => ({
    name: match[1],
    line: text.slice(0, match.index).split('\n').length,
  }));
}

/** What `npm run generate` writes, asked of the generators themselves (they format with Prettier, which Jest cannot load). */
function generatedPaths(): Set<string> {
  const output = execFileSync('npx', ['tsx', 'generate/index.ts', '--list'], { cwd: REPO_ROOT, encoding: 'utf8' });
  return new Set(output.split('\n').filter(Boolean));
}

/** Folders that npm and the tools fill: what is left of a copy of the tracked files (the Grafana 13 host's) without git. */
const NOT_SOURCE = new Set([
  '.git',
  'node_modules',
  'dist',
  'test-results',
  'playwright-report',
  'blob-report',
  'coverage',
]);

function filesBelow(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      return NOT_SOURCE.has(entry.name) ? [] : filesBelow(dir, path);
    }
    return entry.isFile() ? [path] : [];
  });
}

/** Tracked files and new ones not yet added, so the check sees a change before it is committed. */
function repositoryFiles(): string[] {
  if (!existsSync(join(REPO_ROOT, '.git'))) {
    return filesBelow(REPO_ROOT).filter((path) => !/(^|\/)\.eslintcache$|\.log$/.test(path));
  }
  const list = (args: string[]) =>
    execFileSync('git', ['ls-files', '-z', ...args], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\0');
  return [...new Set([...list([]), ...list(['--others', '--exclude-standard'])])].filter(Boolean);
}

describe('each metric name written once', () => {
  it('defines every contract metric under a name from the one table, and nothing else there', () => {
    expect(NAMES.slice().sort()).toEqual(Object.values(METRIC).sort());
    expect(new Set(NAMES).size).toBe(NAMES.length);
  });

  it('writes no metric name outside src/catalog/metricNames.ts, except in generated files, tests and prose', () => {
    const generated = generatedPaths();
    const offenders = repositoryFiles()
      .filter((path) => path !== HOME && !generated.has(path) && !EXEMPT.some((exempt) => exempt.test(path)))
      .flatMap((path) => {
        const text = readFileSync(join(REPO_ROOT, path), 'utf8');
        return namesWrittenIn(text).map(({ name, line }) => `${path}:${line}: ${name}`);
      });
    expect(offenders).toEqual([]);
  }, 30_000);

  it('finds a name written in code, with its histogram series, and not a longer name that contains it', () => {
    const code = [
      "registry.counter('shop_orders_paid_total', labels);",
      'const q = `rate(nginx_vts_server_request_duration_seconds_count[5m])`;',
      "const other = 'shop_orders_paid_total_by_hour';",
    ].join('\n');
    expect(namesWrittenIn(code)).toEqual([
      { name: 'shop_orders_paid_total', line: 1 },
      { name: 'nginx_vts_server_request_duration_seconds', line: 2 },
    ]);
  });
});
