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
import type { QueryBuilder } from '../src/scenes/ShopQueryRunner';
import { instantQueryCost, queryCost } from '../tests/stack/client';
import { startTestStack } from '../tests/stack/prometheus';
import { HISTORY_RULE_FILES } from '../simulator/prometheus/recordRules';

const RANGES_DAYS = [7, 30];
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
      raw,
    })) {
      const expr = target.expr.replaceAll('$__range', `${rangeSeconds}s`).replaceAll('$__rate_interval', '4m');
      const cost = target.range
        ? await queryCost(url, expr, time - rangeSeconds, time, Math.max(60, Math.round(rangeSeconds / 250 / 60) * 60))
        : await instantQueryCost(url, expr, time);
      total += cost.samples;
    }
  }
  return total;
}

const row = (cells: Array<string | number>) =>
  console.log(cells.map((cell, i) => String(cell).padEnd(i ? 18 : 40)).join(''));

/** Prints the samples the Business and Partners pages touch over 7 and 30 days, with and without recording rules. */
export async function measurePages(days: number, end: number): Promise<void> {
  const stack = await startTestStack({
    days,
    end,
    recordedRuleFiles: HISTORY_RULE_FILES,
  });
  try {
    console.log(`\nPages over ${days} days of history (rules recorded in ${stack.timings.recordSeconds.toFixed(0)} s)`);
    row(['panels', 'range', 'raw samples', 'recorded samples', 'raw/recorded']);
    const business = businessPageQueries(CONTRACT_LABELS).map((panel) => panel.build);
    const partner = [
      partnerStatQueries(PARTNER, CONTRACT_LABELS),
      partnerTrendQueries(PARTNER, CONTRACT_LABELS),
      burnRateQueries(PARTNER, CONTRACT_LABELS),
      latencyQueries(PARTNER, CONTRACT_LABELS),
      reportQueries(PARTNER, CONTRACT_LABELS),
    ];
    for (const rangeDays of RANGES_DAYS.filter((range) => range + 7 <= days)) {
      const raw = await samples(stack.url, end, rangeDays, business, true);
      const recorded = await samples(stack.url, end, rangeDays, business);
      row(['Business page, all partners', `${rangeDays}d`, raw, recorded, `${(raw / recorded).toFixed(1)}x`]);
      row([
        'Partners list',
        `${rangeDays}d`,
        '',
        await samples(stack.url, end, rangeDays, [partnerListQueries(CONTRACT_LABELS)]),
        '',
      ]);
      row([`Partner page (${PARTNER})`, `${rangeDays}d`, '', await samples(stack.url, end, rangeDays, partner), '']);
    }
    const raw30d = (await instantQueryCost(stack.url, slaRatio([eq('tenant', PARTNER)], '30d', []), end)).samples;
    const recorded30d = (
      await instantQueryCost(stack.url, `1 - ${selector(slaRecord.errorRatio('30d'), [eq('tenant', PARTNER)])}`, end)
    ).samples;
    row([`30d compliance of ${PARTNER}`, '30d', raw30d, recorded30d, `${(raw30d / recorded30d).toFixed(0)}x`]);
  } finally {
    await stack.stop();
  }
}
