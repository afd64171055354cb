import { slaRecordingRules } from '../../src/queries/slaRules';

/**
 * Rewrites an expression that reads recorded series into one over raw series, so alerts can be evaluated against
 * imported history (recording rules only run from the moment Prometheus starts). `avg_over_time(record[W])` becomes a
 * subquery over the record's own expression.
 */
export function expandRecords(expr: string): string {
  const { short, long } = slaRecordingRules();
  const records = new Map([...short, ...long].map((rule) => [rule.record, rule.expr]));
  let expanded = expr;
  for (let pass = 0; pass < 10 && expanded.includes('shoppulse:'); pass++) {
    expanded = expanded.replace(
      /avg_over_time\((shoppulse:[\w:]+)\[(\w+)\]\)/g,
      (_, name: string, window: string) => `avg_over_time((${records.get(name)})[${window}:5m])`
    );
    expanded = expanded.replace(/shoppulse:[\w:]+/g, (name) => `(${records.get(name) ?? name})`);
  }
  return expanded;
}
