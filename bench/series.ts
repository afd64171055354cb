import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { businessRulesFile } from '../generate/rules/businessRules';
import { slaRulesFile } from '../generate/rules/slaRules';
import type { Generator } from '../generate/types';
import type { Series } from '../simulator/model/registry';
import { World } from '../simulator/model/world';
import { loadScenario } from '../simulator/scenario/load';
import { ResolvedScenario } from '../simulator/scenario/resolve';
import { parseDuration } from '../simulator/time';
import { DEPLOYMENTS, ROUTES } from '../simulator/topology';

const END = Date.parse('2026-11-24T19:00:00Z') / 1000;
const SCENARIO_FILE = 'simulator/scenarios/default.yaml';
/** Larger scales are extrapolated from per-partner growth: scale 100 takes about a second, 1000 would need gigabytes. */
const MAX_BUILT_SCALE = 200;
/** The recording rules that read raw series; the alert rules record nothing (ALERTS exists only while one fires). */
const RECORDING_RULE_GENERATORS: Generator[] = [businessRulesFile, slaRulesFile];

interface RecordingRule {
  record: string;
  expr: string;
  everySeconds: number;
}

interface Measurement {
  scale: number;
  partners: number;
  deployments: number;
  routes: number;
  families: number;
  exposed: number;
  recorded: number;
  recordedPerSecond: number;
  /** Seconds to build the world; undefined when extrapolated. */
  seconds?: number;
}

const pad = (text: string | number, width: number) => String(text).padStart(width);

function seconds(duration: string): number {
  const value = parseDuration(duration);
  if (value === undefined) {
    throw new Error(`not a duration: ${duration}`);
  }
  return value;
}

/** The demo Prometheus' scrape interval, as docker compose runs it. */
function scrapeIntervalSeconds(): number {
  const config = parse(readFileSync('prometheus/prometheus.yml', 'utf8'));
  return seconds(config.global.scrape_interval);
}

/** The recording rules exactly as `npm run generate` writes them, with their group's interval. */
function recordingRules(): RecordingRule[] {
  return RECORDING_RULE_GENERATORS.flatMap((generator) => {
    const output = generator.generate();
    if (output instanceof Promise || Array.isArray(output)) {
      throw new Error(`${generator.name}: expected one file, written synchronously`);
    }
    const { groups } = parse(output.content) as {
      groups: Array<{ interval: string; rules: Array<{ record?: string; expr: string }> }>;
    };
    return groups.flatMap((group) =>
      group.rules
        .filter((rule) => rule.record)
        .map((rule) => ({ record: rule.record!, expr: rule.expr, everySeconds: seconds(group.interval) }))
    );
  });
}

const label = (series: Series, name: string) => series.labels.find(([key]) => key === name)?.[1] ?? '';

/** A PromQL string literal's value: its escapes are JSON's for everything these rules use (`\\`). */
const unquote = (literal: string): string => JSON.parse(`"${literal}"`);

function matches(series: Series, matchers: string): boolean {
  for (const [, name, op, literal] of matchers.matchAll(/([a-zA-Z_]\w*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"/g)) {
    const value = label(series, name);
    const wanted = unquote(literal);
    // PromQL regular expressions are anchored at both ends.
    const ok = op.endsWith('~') ? new RegExp(`^(?:${wanted})$`).test(value) : value === wanted;
    if (ok === op.startsWith('!')) {
      return false;
    }
  }
  return true;
}

const AGGREGATION = /^sum by \(([^)]*)\) \(\w+\(([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{([^}]*)\})?\[/;
const RECORDED_NAME = /[a-zA-Z_][a-zA-Z0-9_]*:[a-zA-Z0-9_:]*/;

/**
 * Series each recording rule outputs over the simulator's series: a `sum by (...)` of a raw metric has one per
 * distinct value tuple of its `by` labels; a rule over other records (ratios, avg_over_time, sum_over_time) keeps
 * its first input's labels. An upper bound where a rule filters (`> 0`) and a filtered partner burns nothing.
 */
function recordedSeries(rules: RecordingRule[], byName: Map<string, Series[]>): Map<string, number> {
  const sizes = new Map<string, number>();
  const rulesByRecord = new Map(rules.map((rule) => [rule.record, rule]));
  const size = (rule: RecordingRule): number => {
    const known = sizes.get(rule.record);
    if (known !== undefined) {
      return known;
    }
    const aggregation = AGGREGATION.exec(rule.expr);
    let count: number;
    if (aggregation) {
      const [, by, metric, matchers = ''] = aggregation;
      const labels = by.split(',').map((name) => name.trim());
      const groups = new Set(
        (byName.get(metric) ?? [])
          .filter((series) => matches(series, matchers))
          .map((series) => labels.map((name) => label(series, name)).join('\u0000'))
      );
      count = groups.size;
    } else {
      const input = rulesByRecord.get(RECORDED_NAME.exec(rule.expr)?.[0] ?? '');
      if (!input || input === rule) {
        throw new Error(`cannot size ${rule.record}: ${rule.expr}`);
      }
      count = size(input);
    }
    sizes.set(rule.record, count);
    return count;
  };
  rules.forEach(size);
  return sizes;
}

/** The world one scrape after `END - 60 s`: every series it would expose, without simulating any history. */
function buildWorld(scale: number): World {
  const scenario = new ResolvedScenario(loadScenario(SCENARIO_FILE), END);
  const world = new World({ seed: 42, scenario, scale, start: END - 60 });
  world.advance();
  return world;
}

function measure(scale: number, rules: RecordingRule[]): Measurement {
  const started = Date.now();
  const world = buildWorld(scale);
  // NaN marks a series that does not exist now (an old build's version); scrape gaps do not count as absence.
  const exposed = world.registry.all.filter((series) => !Number.isNaN(series.value));
  const byName = new Map<string, Series[]>();
  for (const series of exposed) {
    const name = label(series, '__name__');
    byName.get(name)?.push(series) ?? byName.set(name, [series]);
  }
  const sizes = recordedSeries(rules, byName);
  const distinct = (name: string) => new Set(exposed.map((s) => label(s, name)).filter(Boolean)).size;
  return {
    scale,
    partners: distinct('tenant'),
    deployments: distinct('deployment'),
    routes: distinct('route'),
    families: world.registry.families.size,
    exposed: exposed.length,
    recorded: [...sizes.values()].reduce((sum, n) => sum + n, 0),
    recordedPerSecond: rules.reduce((sum, rule) => sum + sizes.get(rule.record)! / rule.everySeconds, 0),
    seconds: (Date.now() - started) / 1000,
  };
}

/** Every count grows linearly with partners (scale copies partners, nothing else): a line through two measurements. */
function extrapolate(scale: number, a: Measurement, b: Measurement): Measurement {
  const at = (pick: (m: Measurement) => number) =>
    pick(a) + ((pick(b) - pick(a)) / (b.partners - a.partners)) * (scale * (a.partners / a.scale) - a.partners);
  return {
    scale,
    partners: Math.round(at((m) => m.partners)),
    deployments: b.deployments,
    routes: b.routes,
    families: b.families,
    exposed: Math.round(at((m) => m.exposed)),
    recorded: Math.round(at((m) => m.recorded)),
    recordedPerSecond: at((m) => m.recordedPerSecond),
  };
}

/**
 * Prints, for each `--scale` of the demo shop, what it costs a Prometheus: series exposed to the scrape, samples per
 * second at the demo's scrape interval, and the series the recording rules add. Builds the simulator's world in
 * memory (no Prometheus, no history), so it takes seconds.
 */
export function measureSeries(scales: number[] = [1, 10, 100]): void {
  const scrapeSeconds = scrapeIntervalSeconds();
  const rules = recordingRules();
  const built = [...new Set([1, 2, ...scales.filter((s) => s <= MAX_BUILT_SCALE)])]
    .sort((x, y) => x - y)
    .map((scale) => measure(scale, rules));
  const [first, last] = [built[0], built[built.length - 1]];
  const rows = scales.map(
    (scale) => built.find((m) => m.scale === scale) ?? extrapolate(scale, built[built.length - 2], last)
  );

  console.log(
    `\nscale  partners  deployments  routes  families  series exposed  samples/s (${scrapeSeconds}s scrape)` +
      '  rule series  rule samples/s  built in'
  );
  for (const m of rows) {
    console.log(
      `${pad(m.scale, 5)}${pad(m.partners, 10)}${pad(m.deployments, 13)}${pad(m.routes, 8)}${pad(m.families, 10)}` +
        `${pad(m.exposed, 16)}${pad((m.exposed / scrapeSeconds).toFixed(1), 27)}${pad(m.recorded, 13)}` +
        `${pad(m.recordedPerSecond.toFixed(2), 16)}  ${m.seconds === undefined ? 'extrapolated' : `${m.seconds.toFixed(1)} s`}`
    );
  }
  const partnersAdded = last.partners - first.partners;
  const exposedPerPartner = (last.exposed - first.exposed) / partnersAdded;
  const recordedPerPartner = (last.recorded - first.recorded) / partnersAdded;
  console.log(
    `\n--scale N copies each of the ${first.partners} partners N times; deployments stay ${last.deployments} ` +
      `(${DEPLOYMENTS.join(', ')}) and routes stay ${last.routes} (${ROUTES.map((r) => r.route).join(', ')}), ` +
      'but every partner has its own series per route.'
  );
  console.log(
    `Each partner adds ${exposedPerPartner.toFixed(0)} exposed series and ${recordedPerPartner.toFixed(0)} recorded ` +
      `ones; ${(first.exposed - exposedPerPartner * first.partners).toFixed(0)} exposed series belong to the ` +
      'deployments and do not grow with partners.'
  );
  console.log(
    `Samples/s = series exposed / scrape interval; rule samples/s = each rule's series / its group's interval. ` +
      `Scales above ${MAX_BUILT_SCALE} are extrapolated along that line, not built.`
  );
  console.log('Prometheus adds 5 series per scrape target (up, scrape_*); ALERTS series exist only while alerts fire.');
}

if (require.main === module) {
  const scales = process.argv.slice(2).map(Number).filter(Boolean);
  measureSeries(scales.length ? scales : undefined);
}
