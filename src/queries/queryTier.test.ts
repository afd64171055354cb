import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { METRICS } from '../catalog';

const SRC = join(__dirname, '..');
/** Where metric names and PromQL may be written: the facts, the query layer, and what is generated from them. */
const ALLOWED = [/^catalog\//, /^queries\//, /\.gen\./, /\.test\.tsx?$/, /^testing\//];

// PromQL's shapes: an aggregation or function call, a grouping clause, a range or an offset.
const PROMQL = [
  /\b(sum|avg|min|max|count|topk|rate|increase|irate|deriv|changes|clamp_min|clamp_max|histogram_quantile|label_values|sum_over_time|max_over_time|absent)\s*\(/,
  /\b(by|without|on|ignoring)\s*\(\s*[a-z_]/,
  /\[\d+[smhdw](:\d*[smhdw]?)?\]/,
  /\boffset\s+\d+[smhdw]\b/,
];
const METRIC_NAMES = METRICS.map((metric) => metric.name);

/** The string literals and template pieces of a TypeScript file that look like PromQL or name a contract metric. */
function queryLiterals(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      const literal = node.text;
      if (PROMQL.some((shape) => shape.test(literal)) || METRIC_NAMES.some((name) => literal.includes(name))) {
        found.push(literal);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('PromQL in one tier', () => {
  it('has no metric name or PromQL text outside src/catalog, src/queries and generated files', () => {
    const offenders = sourceFiles(SRC)
      .map((path) => relative(SRC, path))
      .filter((path) => !ALLOWED.some((allowed) => allowed.test(path)))
      .flatMap((path) => queryLiterals(path, readFileSync(join(SRC, path), 'utf8')).map((text) => `${path}: ${text}`));
    expect(offenders).toEqual([]);
  });

  it('keeps the catalog free of the query layer: facts do not depend on how they are queried', () => {
    const catalogImports = sourceFiles(join(SRC, 'catalog')).flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/from '((\.\.\/)+queries[^']*)'/g)].map(
        (match) => `${relative(SRC, path)}: ${match[1]}`
      )
    );
    expect(catalogImports).toEqual([]);
  });

  it('finds a metric name or PromQL written into a page', () => {
    const page = [
      "const a = instantQuery('x', `count by (${label}) (shop_sessions_total)`);",
      "const b = 'sum(rate(x[5m]))';",
      "const c = { expr: 'up offset 1w' };",
      "const d = 'Deploys on the partner’s deployment';",
    ].join('\n');
    expect(queryLiterals('page.ts', page)).toEqual([') (shop_sessions_total)', 'sum(rate(x[5m]))', 'up offset 1w']);
  });
});
