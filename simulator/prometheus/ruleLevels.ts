import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

interface RuleGroup {
  name: string;
  interval?: string;
  rules: Array<{ record?: string; alert?: string; expr: string }>;
}

/**
 * Splits recording rules into levels: a rule's level is one more than the highest level of the recorded series its
 * expression reads. promtool evaluates each level against the storage the previous levels were written into.
 */
export function splitByDependency(ruleFiles: string[], dir: string): string[] {
  const groups: RuleGroup[] = ruleFiles.flatMap((file) => parse(readFileSync(file, 'utf8')).groups as RuleGroup[]);
  const rules = groups.flatMap((group) => group.rules.filter((rule) => rule.record).map((rule) => ({ group, rule })));
  const level = new Map<string, number>();
  const levelOf = (record: string, seen: string[] = []): number => {
    if (level.has(record)) {
      return level.get(record)!;
    }
    if (seen.includes(record)) {
      throw new Error(`Recording rules depend on each other in a loop: ${[...seen, record].join(' → ')}`);
    }
    const { rule } = rules.find((candidate) => candidate.rule.record === record)!;
    const inputs = rules.filter(
      (other) =>
        other.rule.record !== record && new RegExp(`(^|[^\\w:])${other.rule.record}($|[^\\w:])`).test(rule.expr)
    );
    const value = Math.max(-1, ...inputs.map((input) => levelOf(input.rule.record!, [...seen, record]))) + 1;
    level.set(record, value);
    return value;
  };
  const depth = Math.max(...rules.map(({ rule }) => levelOf(rule.record!))) + 1;
  return Array.from({ length: depth }, (_, n) => {
    const levelGroups = groups
      .map((group) => ({ ...group, rules: group.rules.filter((rule) => rule.record && level.get(rule.record) === n) }))
      .filter((group) => group.rules.length > 0);
    const file = join(dir, `rules-level-${n}.yaml`);
    writeFileSync(file, stringify({ groups: levelGroups }));
    return file;
  });
}
