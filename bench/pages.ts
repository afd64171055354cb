import { resolutionFor } from '../src/catalog/business';
import { businessPageQueries } from '../src/pages/Business/queries';
import { partnerListQueries, partnerPagePanels } from '../src/pages/Partners/queries';
import { CONTRACT_LABELS } from '../src/queries/selector';
import type { QueryBuilder } from '../src/queries/query';
import { instantQueryCost, queryCost } from '../tests/stack/client';
import { startTestStack } from '../tests/stack/prometheus';
import { HISTORY_RULE_FILES } from '../simulator/prometheus/recordRules';
import { ALERT_RULE_FILES } from '../simulator/prometheus/alertHistory';
import { printAlertActivityFor } from './alerts';

/** 90 days only with `BENCH_PAGES_DAYS` of 97 or more: each range needs the week before it too. */
const RANGES_DAYS = [7, 30, 90];
const PARTNER = 'sportowo';
/** The alerts' history the Alerts page's activity is weighed on: the 30 days it reads. */
const ALERT_HISTORY_DAYS = 30;

/** The cost target: at 30 days, every page touches at least 100× fewer samples on the records than on raw series. */
const TARGET_RATIO = 100;
const TARGET_RANGE_DAYS = 30;

interface Panel {
  panel: string;
  build: QueryBuilder;
}

/** The pages weighed, panel by panel; each panel's raw form reads the raw series a Prometheus without our rules has. */
const PAGES: Array<{ page: string; panels: Panel[] }> = [
  { page: 'Business page, all partners', panels: businessPageQueries(CONTRACT_LABELS) },
  { page: 'Partners list', panels: [{ panel: 'partners', build: partnerListQueries(CONTRACT_LABELS) }] },
  { page: `Partner page (${PARTNER})`, panels: partnerPagePanels(PARTNER, CONTRACT_LABELS) },
];

/** Samples a panel touches over `rangeDays`, as Grafana would run it (range panels at 250 points). */
async function samples(url: string, time: number, rangeDays: number, build: QueryBuilder, raw: boolean) {
  const rangeSeconds = rangeDays * 86400;
  let total = 0;
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
  return total;
}

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

async function pageCost(url: string, end: number, rangeDays: number, panels: Panel[]): Promise<PageCost> {
  const costs: PanelCost[] = [];
  for (const { panel, build } of panels) {
    costs.push({
      panel,
      raw: await samples(url, end, rangeDays, build, true),
      recorded: await samples(url, end, rangeDays, build, false),
    });
  }
  const sum = (pick: (p: PanelCost) => number) => costs.reduce((total, p) => total + pick(p), 0);
  return { panels: costs, raw: sum((p) => p.raw), recorded: sum((p) => p.recorded) };
}

const ratio = (raw: number, recorded: number) => `${(raw / recorded).toFixed(1)}x`;
const share = (part: number, whole: number) => `${((part / whole) * 100).toFixed(0)}%`;

/** Met, or by how much it is missed and which panels cost most on the records, from the page's own figures. */
function verdict(page: string, cost: PageCost): string {
  const pageRatio = cost.raw / cost.recorded;
  const head = `${page} at ${TARGET_RANGE_DAYS}d: ${ratio(cost.raw, cost.recorded)} fewer samples on the records`;
  if (pageRatio >= TARGET_RATIO) {
    return `${head}, target ${TARGET_RATIO}x met.`;
  }
  const costliest = [...cost.panels].sort((a, b) => b.recorded - a.recorded).slice(0, 3);
  return [
    `${head}: target ${TARGET_RATIO}x missed by ${((1 - pageRatio / TARGET_RATIO) * 100).toFixed(1)}%.`,
    `Costliest on the records: ${costliest
      .map((p) => `${p.panel} ${p.recorded} (${share(p.recorded, cost.recorded)}, ${ratio(p.raw, p.recorded)})`)
      .join(', ')}.`,
  ].join('\n');
}

const row = (cells: Array<string | number>) =>
  console.log(cells.map((cell, i) => String(cell).padEnd(i ? 18 : 40)).join(''));

/** Prints the samples each page touches over 7, 30 and 90 days, on raw series and on the records, with verdicts. */
export async function measurePages(days: number, end: number): Promise<void> {
  const stack = await startTestStack({
    days,
    end,
    recordedRuleFiles: HISTORY_RULE_FILES,
    alertHistory: { ruleFiles: ALERT_RULE_FILES, lastDays: ALERT_HISTORY_DAYS },
  });
  try {
    console.log(`\nPages over ${days} days of history (rules recorded in ${stack.timings.recordSeconds.toFixed(0)} s)`);
    await printPagesFor(stack.url, end, days);
    await printAlertActivityFor(stack.url, end);
  } finally {
    await stack.stop();
  }
}

export async function printPagesFor(url: string, end: number, days: number): Promise<void> {
  row(['page / panel', 'range', 'raw samples', 'recorded samples', 'raw/recorded']);
  const verdicts: string[] = [];
  for (const { page, panels } of PAGES) {
    for (const rangeDays of RANGES_DAYS.filter((range) => range + 7 <= days)) {
      const cost = await pageCost(url, end, rangeDays, panels);
      row([page, `${rangeDays}d`, cost.raw, cost.recorded, ratio(cost.raw, cost.recorded)]);
      if (panels.length > 1) {
        for (const panel of cost.panels) {
          row([`  ${panel.panel}`, '', panel.raw, panel.recorded, ratio(panel.raw, panel.recorded)]);
        }
      }
      if (rangeDays === TARGET_RANGE_DAYS) {
        verdicts.push(verdict(page, cost));
      }
    }
  }
  console.log(`\n${verdicts.join('\n')}`);
}
