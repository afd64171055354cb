import { resolutionFor } from '../src/catalog/business';
import { businessPageQueries } from '../src/pages/Business/queries';
import {
  burnRateQueries,
  latencyQueries,
  partnerListQueries,
  partnerStatQueries,
  partnerTrendQueries,
  reportQueries,
} from '../src/pages/Partners/queries';
import { eq, slaRatio } from '../src/queries';
import { slaRecord } from '../src/catalog/slo';
import { CONTRACT_LABELS, selector } from '../src/queries/selector';
import type { QueryBuilder } from '../src/queries/query';
import { instantQueryCost, queryCost } from '../tests/stack/client';
import { startTestStack } from '../tests/stack/prometheus';
import { HISTORY_RULE_FILES } from '../simulator/prometheus/recordRules';

/** 90 days only with `BENCH_PAGES_DAYS` of 97 or more: each range needs the week before it too. */
const RANGES_DAYS = [7, 30, 90];
const PARTNER = 'sportowo';

/** Samples a set of panels touches over `rangeDays`, as Grafana would run them (range panels at 250 points). */
async function samples(url: string, time: number, rangeDays: number, builders: QueryBuilder[], raw = false) {
  const rangeSeconds = rangeDays * 86400;
  let total = 0;
  for (const build of builders) {
    for (const target of build({
      filters: {},
      baseline: '1w',
      resolution: resolutionFor(rangeSeconds),
      to: time,
      from: time - rangeSeconds,
      raw,
    })) {
      // As Grafana fills the macros for a range panel of 250 points (the latency panels ask for at most 500).
      const step = Math.max(300, Math.round(rangeSeconds / 250 / 60) * 60);
      const expr = target.expr
        .replaceAll('$__range', `${rangeSeconds}s`)
        .replaceAll('$__rate_interval', `${step + 60}s`)
        .replaceAll('$__interval', `${step}s`);
      const cost = target.range
        ? await queryCost(url, expr, time - rangeSeconds, time, step)
        : await instantQueryCost(url, expr, time);
      total += cost.samples;
    }
  }
  return total;
}

const row = (cells: Array<string | number>) =>
  console.log(cells.map((cell, i) => String(cell).padEnd(i ? 18 : 40)).join(''));

/** The Business page's cost target: at 30 days, at least 100× fewer samples on the records than on raw counters. */
const TARGET_RATIO = 100;
const TARGET_RANGE_DAYS = 30;

const ratio = (raw: number, recorded: number) => `${(raw / recorded).toFixed(1)}x`;

interface PanelCost {
  panel: string;
  raw: number;
  recorded: number;
}

interface PageCost {
  panels: PanelCost[];
  raw: number;
  recorded: number;
}

/** Each Business panel over raw counters and over the records, summed into the page. */
async function businessCost(url: string, end: number, rangeDays: number): Promise<PageCost> {
  const panels: PanelCost[] = [];
  for (const { panel, build } of businessPageQueries(CONTRACT_LABELS)) {
    const raw = await samples(url, end, rangeDays, [build], true);
    const recorded = await samples(url, end, rangeDays, [build]);
    panels.push({ panel, raw, recorded });
  }
  const sum = (pick: (p: PanelCost) => number) => panels.reduce((total, p) => total + pick(p), 0);
  return { panels, raw: sum((p) => p.raw), recorded: sum((p) => p.recorded) };
}

/** Met, or by how much it is missed and why, from the panels' own figures. */
function verdict(cost: PageCost): string {
  const pageRatio = cost.raw / cost.recorded;
  const head = `Business page at ${TARGET_RANGE_DAYS}d: ${ratio(cost.raw, cost.recorded)} fewer samples on the records`;
  if (pageRatio >= TARGET_RATIO) {
    return `${head}, target ${TARGET_RATIO}x met.`;
  }
  const recordedKpis = cost.panels.filter((p) => p.raw > p.recorded);
  const kpiRatios = recordedKpis.map((p) => p.raw / p.recorded);
  const fixed = cost.panels.filter((p) => p.raw === p.recorded);
  const fixedSamples = fixed.reduce((total, p) => total + p.recorded, 0);
  return [
    `${head}: target ${TARGET_RATIO}x missed by ${((1 - pageRatio / TARGET_RATIO) * 100).toFixed(1)}%.`,
    `Why: the panels on records gain ${Math.min(...kpiRatios).toFixed(0)}x to ${Math.max(...kpiRatios).toFixed(0)}x ` +
      '(a day record holds one sample where a raw counter holds 1,440; the hours around the days cost up to 48 more).',
    `${fixed.map((p) => p.panel).join(', ')} read fixed windows or gauges and cost the same ${fixedSamples} samples either way.`,
  ].join('\n');
}

/** Prints the samples the Business and Partners pages touch over 7 and 30 days, with and without recording rules. */
export async function measurePages(days: number, end: number): Promise<void> {
  const stack = await startTestStack({ days, end, recordedRuleFiles: HISTORY_RULE_FILES });
  try {
    console.log(`\nPages over ${days} days of history (rules recorded in ${stack.timings.recordSeconds.toFixed(0)} s)`);
    await printPages(stack.url, end, days);
  } finally {
    await stack.stop();
  }
}

async function printPages(url: string, end: number, days: number): Promise<void> {
  row(['panels', 'range', 'raw samples', 'recorded samples', 'raw/recorded']);
  const partner = [
    partnerStatQueries(PARTNER, CONTRACT_LABELS),
    partnerTrendQueries(PARTNER, CONTRACT_LABELS),
    burnRateQueries(PARTNER, CONTRACT_LABELS),
    latencyQueries(PARTNER, CONTRACT_LABELS),
    reportQueries(PARTNER, CONTRACT_LABELS),
  ];
  const businessCosts = new Map<number, PageCost>();
  const partnerCosts = new Map<number, { raw: number; recorded: number }>();
  for (const rangeDays of RANGES_DAYS.filter((range) => range + 7 <= days)) {
    const business = await businessCost(url, end, rangeDays);
    businessCosts.set(rangeDays, business);
    row([
      'Business page, all partners',
      `${rangeDays}d`,
      business.raw,
      business.recorded,
      ratio(business.raw, business.recorded),
    ]);
    row([
      'Partners list',
      `${rangeDays}d`,
      '',
      await samples(url, end, rangeDays, [partnerListQueries(CONTRACT_LABELS)]),
      '',
    ]);
    // Only the latency panels have a raw form; the SLA figures always read the SLA records (compare the last row).
    const partnerRaw = await samples(url, end, rangeDays, partner, true);
    const partnerRecorded = await samples(url, end, rangeDays, partner);
    partnerCosts.set(rangeDays, { raw: partnerRaw, recorded: partnerRecorded });
    row([
      `Partner page (${PARTNER})`,
      `${rangeDays}d`,
      partnerRaw,
      partnerRecorded,
      ratio(partnerRaw, partnerRecorded),
    ]);
  }
  const raw30d = (await instantQueryCost(url, slaRatio([eq('tenant', PARTNER)], '30d', []), end)).samples;
  const recorded30d = (
    await instantQueryCost(url, `1 - ${selector(slaRecord.errorRatio('30d'), [eq('tenant', PARTNER)])}`, end)
  ).samples;
  row([`30d compliance of ${PARTNER}`, '30d', raw30d, recorded30d, ratio(raw30d, recorded30d)]);
  const atTarget = businessCosts.get(TARGET_RANGE_DAYS);
  if (atTarget) {
    console.log(`\n${verdict(atTarget)}`);
  }
  const partnerAtTarget = partnerCosts.get(TARGET_RANGE_DAYS);
  if (partnerAtTarget) {
    const times = partnerAtTarget.raw / partnerAtTarget.recorded;
    console.log(
      `Partner page at ${TARGET_RANGE_DAYS}d: ${ratio(partnerAtTarget.raw, partnerAtTarget.recorded)} fewer samples on the records, ` +
        (times >= TARGET_RATIO
          ? `target ${TARGET_RATIO}x met.`
          : `target ${TARGET_RATIO}x missed by ${((1 - times / TARGET_RATIO) * 100).toFixed(1)}%: only its latency panels have a raw form ` +
            '(its SLA figures read the SLA records either way; the last row compares one with its raw form).')
    );
  }
  console.log('Partners list: reads SLA records only; it has no raw form to compare (30d compliance: last row).');
}
