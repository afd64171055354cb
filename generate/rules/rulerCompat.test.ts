/** @jest-environment node */
import { parser } from '@prometheus-io/lezer-promql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * What the Mimir/Cortex ruler and Thanos Ruler accept of a rule file, beyond what `promtool check rules` checks, so
 * `mimirtool rules load rules/*.rules.yaml` and `thanos rule --rule-file` take the committed files as they are.
 * Sources: mimirtool decodes files with unknown fields refused (pkg/mimirtool/rules/parser.go) and rejects a group
 * name repeated in a namespace (rules.go); Mimir's ruler keeps only name, interval, query_offset, rules and its own
 * source_tenants/align_evaluation_time_on_interval (pkg/ruler/rulespb/compat.go): `limit` and group `labels` are
 * silently dropped, as Cortex does with `limit` (cortexproject/cortex#5433). Thanos Ruler adds only
 * partial_response_strategy, which Prometheus and Mimir refuse.
 */
const REPO_ROOT = join(__dirname, '..', '..');
const GROUP_KEYS = new Set(['name', 'interval', 'query_offset', 'rules']);
const RECORDING_RULE_KEYS = new Set(['record', 'expr', 'labels']);
const ALERTING_RULE_KEYS = new Set(['alert', 'expr', 'for', 'keep_firing_for', 'labels', 'annotations']);
/** Mimir's default `ruler_max_rule_groups_per_tenant`. */
const MIMIR_GROUPS_PER_TENANT = 70;
/**
 * docs/scaling.md asks for `ruler_max_rules_per_rule_group` of 40 for the ShopPulse namespaces (Mimir's default is
 * 20): the hourly business group holds 38 rules, and splitting it would break the rolling days, which must run after
 * the hours in their own group.
 */
const RULES_PER_GROUP_BUDGET = 40;
/** Behind `--enable-feature=promql-experimental-functions` (Prometheus' functions.md), off by default in Mimir. */
const EXPERIMENTAL_FUNCTIONS = new Set([
  'double_exponential_smoothing',
  'info',
  'sort_by_label',
  'sort_by_label_desc',
  'mad_over_time',
  'first_over_time',
  'ts_of_min_over_time',
  'ts_of_max_over_time',
  'ts_of_first_over_time',
  'ts_of_last_over_time',
]);
/** Grammar the rulers' engines may lack: experimental aggregations, newer range/fill modifiers, `@ start()/end()`. */
const FLAGGED_NODES = new Set([
  'LimitK',
  'LimitRatio',
  'Smoothed',
  'Anchored',
  'FillModifier',
  'AtModifierPreprocessors',
  'DurationStep',
]);
const DURATION = /^(?:0|(?:\d+y)?(?:\d+w)?(?:\d+d)?(?:\d+h)?(?:\d+m)?(?:\d+s)?(?:\d+ms)?)$/;
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

interface RuleFile {
  file: string;
  doc: unknown;
}

const isDuration = (value: unknown) => typeof value === 'string' && value !== '' && DURATION.test(value);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function expressionProblems(expr: string): string[] {
  const problems: string[] = [];
  parser.parse(expr).iterate({
    enter: (node) => {
      const text = expr.slice(node.from, node.to);
      if (node.type.isError) {
        problems.push(`does not parse at character ${node.from}`);
      } else if (FLAGGED_NODES.has(node.name)) {
        problems.push(`uses ${text} (${node.name}), which needs a feature flag`);
      } else if (node.name === 'FunctionIdentifier' && EXPERIMENTAL_FUNCTIONS.has(text)) {
        problems.push(`calls the experimental function ${text}()`);
      } else if (node.name === 'DurationExpr' && !DURATION.test(text)) {
        problems.push(`computes the duration ${text} (promql-duration-expr)`);
      }
    },
  });
  return problems;
}

function stringMapProblems(value: unknown, field: string): string[] {
  if (value === undefined) {
    return [];
  }
  if (!isRecord(value)) {
    return [`${field} is not a map`];
  }
  return Object.entries(value).flatMap(([name, text]) => [
    ...(LABEL_NAME.test(name) ? [] : [`${field} name ${name} is not a valid label name`]),
    ...(typeof text === 'string' ? [] : [`${field}.${name} is ${typeof text}, not a string`]),
  ]);
}

function ruleProblems(rule: unknown): string[] {
  if (!isRecord(rule)) {
    return ['a rule is not a map'];
  }
  const isRecording = 'record' in rule;
  if (isRecording === 'alert' in rule) {
    return ['a rule must have exactly one of record and alert'];
  }
  const name = String(isRecording ? rule.record : rule.alert);
  const allowed = isRecording ? RECORDING_RULE_KEYS : ALERTING_RULE_KEYS;
  const problems = Object.keys(rule)
    .filter((key) => !allowed.has(key))
    .map((key) => `key ${key} is not accepted on a ${isRecording ? 'recording' : 'alerting'} rule`);
  if (isRecording && !(METRIC_NAME.test(name) && name.includes(':'))) {
    problems.push('record is not a metric name with a colon (level:metric:operation)');
  }
  if (!isRecording && name.trim() === '') {
    problems.push('alert has no name');
  }
  for (const key of ['for', 'keep_firing_for']) {
    if (key in rule && !isDuration(rule[key])) {
      problems.push(`${key} ${JSON.stringify(rule[key])} is not a duration`);
    }
  }
  problems.push(...stringMapProblems(rule.labels, 'labels'), ...stringMapProblems(rule.annotations, 'annotations'));
  problems.push(...(typeof rule.expr === 'string' ? expressionProblems(rule.expr) : ['expr is not a string']));
  return problems.map((problem) => `${name}: ${problem}`);
}

function groupProblems(group: unknown): string[] {
  if (!isRecord(group)) {
    return ['a group is not a map'];
  }
  const name = String(group.name);
  const problems = Object.keys(group)
    .filter((key) => !GROUP_KEYS.has(key))
    .map((key) => `key ${key} is not accepted by the Mimir/Cortex ruler and Thanos Ruler alike`);
  for (const key of ['interval', 'query_offset']) {
    if (key in group && !isDuration(group[key])) {
      problems.push(`${key} ${JSON.stringify(group[key])} is not a duration`);
    }
  }
  const rules = Array.isArray(group.rules) ? group.rules : [];
  if (rules.length === 0) {
    problems.push('has no rules');
  }
  if (rules.length > RULES_PER_GROUP_BUDGET) {
    problems.push(`has ${rules.length} rules, more than the ${RULES_PER_GROUP_BUDGET} docs/scaling.md budgets`);
  }
  // Without its own interval a recording group runs at the ruler's default (1m in Mimir), which breaks the tiling.
  if (rules.some((rule) => isRecord(rule) && 'record' in rule) && !('interval' in group)) {
    problems.push('records without an interval of its own');
  }
  return [...problems.map((problem) => `group ${name}: ${problem}`), ...rules.flatMap(ruleProblems)];
}

/** Every way the files, loaded together into one ruler namespace, would be refused or changed by a ruler. */
function rulerProblems(files: RuleFile[]): string[] {
  const problems: string[] = [];
  const groupFiles = new Map<string, string>();
  for (const { file, doc } of files) {
    if (!isRecord(doc) || !Array.isArray(doc.groups)) {
      problems.push(`${file}: has no groups list`);
      continue;
    }
    Object.keys(doc)
      .filter((key) => key !== 'groups')
      .forEach((key) => problems.push(`${file}: top-level key ${key} (only groups is shared by all rulers)`));
    for (const group of doc.groups) {
      const name = isRecord(group) ? String(group.name) : '';
      if (groupFiles.has(name)) {
        problems.push(`${file}: group ${name} repeats a group of ${groupFiles.get(name)} in the same namespace`);
      }
      groupFiles.set(name, file);
      problems.push(...groupProblems(group).map((problem) => `${file}: ${problem}`));
    }
  }
  if (groupFiles.size > MIMIR_GROUPS_PER_TENANT) {
    problems.push(`${groupFiles.size} groups, more than Mimir's default ${MIMIR_GROUPS_PER_TENANT} per tenant`);
  }
  return problems;
}

const committedRuleFiles = (): RuleFile[] =>
  readdirSync(join(REPO_ROOT, 'rules'))
    .filter((file) => file.endsWith('.rules.yaml'))
    .sort()
    .map((file) => ({ file, doc: parse(readFileSync(join(REPO_ROOT, 'rules', file), 'utf8')) }));

describe('rule files for the Mimir/Cortex ruler and Thanos Ruler', () => {
  it('finds the recording and alerting rule files', () => {
    expect(committedRuleFiles().map((f) => f.file)).toEqual(
      expect.arrayContaining([
        'shoppulse-alerts.rules.yaml',
        'shoppulse-business.rules.yaml',
        'shoppulse-sla.rules.yaml',
      ])
    );
  });

  it('loads every committed rule file into one namespace unchanged', () => {
    expect(rulerProblems(committedRuleFiles())).toEqual([]);
  });

  it('keeps the business groups at the intervals their increases tile', () => {
    const business = committedRuleFiles().find((f) => f.file === 'shoppulse-business.rules.yaml')!;
    const groups = (business.doc as { groups: Array<{ name: string; interval: string }> }).groups;
    expect(groups.map((g) => [g.name, g.interval])).toEqual([
      ['shoppulse-business-5m', '5m'],
      ['shoppulse-business-1h', '1h'],
    ]);
  });

  it('fails on a repeated group name, a Prometheus-only or Thanos-only key, and a top-level namespace', () => {
    const group = (name: string, extra: Record<string, unknown> = {}) => ({
      name,
      interval: '5m',
      rules: [{ record: 'shoppulse:x:rate5m', expr: 'sum(rate(x_total[5m]))' }],
      ...extra,
    });
    const problems = rulerProblems([
      { file: 'a.rules.yaml', doc: { groups: [group('same'), group('limited', { limit: 10 })] } },
      {
        file: 'b.rules.yaml',
        doc: { namespace: 'shop', groups: [group('same', { partial_response_strategy: 'warn' })] },
      },
    ]);
    expect(problems).toEqual(
      expect.arrayContaining([
        'b.rules.yaml: group same repeats a group of a.rules.yaml in the same namespace',
        'a.rules.yaml: group limited: key limit is not accepted by the Mimir/Cortex ruler and Thanos Ruler alike',
        'b.rules.yaml: group same: key partial_response_strategy is not accepted by the Mimir/Cortex ruler and Thanos Ruler alike',
        'b.rules.yaml: top-level key namespace (only groups is shared by all rulers)',
      ])
    );
  });

  it('fails on bad rules: names, durations, label values, flagged PromQL, a group too large or without interval', () => {
    const alert = (extra: Record<string, unknown>) => ({ alert: 'Broken', expr: 'up == 0', ...extra });
    const doc = {
      groups: [
        {
          name: 'bad',
          rules: [
            { record: 'no_colon', expr: 'sum(rate(x_total[5m]))' },
            { record: 'shoppulse:a:b', alert: 'Both', expr: 'up' },
            alert({ for: '5 minutes', labels: { level: 1 } }),
            alert({ keep_firing_for: '10m', annotations: { summary: 'fine' }, expr: 'rate(x[5m] @ start())' }),
            alert({ expr: 'limitk(2, up) or info(up) or sort_by_label(up, "job")' }),
            ...Array.from({ length: RULES_PER_GROUP_BUDGET }, (_, i) => ({ record: `shoppulse:r${i}:x`, expr: 'up' })),
          ],
        },
      ],
    };
    const problems = rulerProblems([{ file: 'bad.rules.yaml', doc }]).map((p) => p.replace('bad.rules.yaml: ', ''));
    expect(problems).toEqual(
      expect.arrayContaining([
        `group bad: has ${RULES_PER_GROUP_BUDGET + 5} rules, more than the ${RULES_PER_GROUP_BUDGET} docs/scaling.md budgets`,
        'group bad: records without an interval of its own',
        'no_colon: record is not a metric name with a colon (level:metric:operation)',
        'a rule must have exactly one of record and alert',
        'Broken: for "5 minutes" is not a duration',
        'Broken: labels.level is number, not a string',
        'Broken: uses start (AtModifierPreprocessors), which needs a feature flag',
        'Broken: uses limitk (LimitK), which needs a feature flag',
        'Broken: calls the experimental function info()',
        'Broken: calls the experimental function sort_by_label()',
      ])
    );
    expect(problems.filter((p) => p.includes('keep_firing_for'))).toEqual([]);
  });
});
