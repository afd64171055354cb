import { BAND_EDGES } from '../src/catalog/bands';
import { SIGNALS } from '../src/catalog/signals';
import { businessPageQueries } from '../src/pages/Business/queries';
import { changeQueries, signalSeriesQueries } from '../src/pages/WhatChanged/queries';
import { acrossWeeks } from '../src/queries/bands';
import { IMPACT_REFS } from '../src/queries/deployImpact';
import { LAST_HOUR, USUAL_HIGH, USUAL_LOW } from '../src/queries/kpiQueries';
import type { PromQuery, QueryBuilder } from '../src/queries/query';
import { CONTRACT_LABELS } from '../src/queries/selector';
import { signalExpr } from '../src/queries/signals';
import { instantQueryCost, queryCost } from '../tests/stack/client';
import { BASELINE_FIXTURE } from '../tests/stack/fixture';
import { startTestStack } from '../tests/stack/prometheus';

const HOUR = 3600;
/** Grafana's steps for the pages' default ranges: What changed's 6 hours at 360 points, Business's day at 250. */
const PAGE_RANGES = { whatChanged: { seconds: 6 * HOUR, step: 60 }, business: { seconds: 20 * HOUR, step: 300 } };

type Range = (typeof PAGE_RANGES)[keyof typeof PAGE_RANGES];

async function samplesOf(url: string, end: number, range: Range, queries: PromQuery[]): Promise<number> {
  let total = 0;
  for (const query of queries) {
    const expr = query.expr
      .replaceAll('$__range', `${range.seconds}s`)
      .replaceAll('$__rate_interval', `${range.step * 4}s`);
    // As Grafana does, a query's "Min step" wins over the panel's.
    const step = Math.max(range.step, query.interval ? Number.parseInt(query.interval, 10) : 0);
    const cost = query.range
      ? await queryCost(url, expr, end - range.seconds, end, step)
      : await instantQueryCost(url, expr, end);
    total += cost.samples;
  }
  return total;
}

const build = (builder: QueryBuilder, range: Range, end: number) =>
  builder({ filters: {}, baseline: '1w', resolution: '5m', to: end, from: end - range.seconds });

/** What each feature of the past weeks adds to its page, in samples touched at the page's default range. */
async function printFeatures(url: string, end: number): Promise<void> {
  const row = (cells: Array<string | number>) =>
    console.log(cells.map((cell, i) => String(cell).padEnd(i ? 16 : 52)).join(''));
  row(['feature (page, default range)', 'page without', 'feature adds', 'share']);
  const features: Array<{ name: string; range: Range; queries: PromQuery[]; isFeature: (refId: string) => boolean }> = [
    {
      name: 'KPI marks and bands (Business, today)',
      range: PAGE_RANGES.business,
      queries: businessPageQueries(CONTRACT_LABELS).flatMap((panel) => build(panel.build, PAGE_RANGES.business, end)),
      isFeature: (refId) =>
        [LAST_HOUR, USUAL_LOW, USUAL_HIGH].includes(refId) || BAND_EDGES.some((edge) => refId.endsWith(`/${edge}`)),
    },
    {
      name: 'signal bands (What changed, 6 h)',
      range: PAGE_RANGES.whatChanged,
      queries: build(signalSeriesQueries(CONTRACT_LABELS), PAGE_RANGES.whatChanged, end),
      isFeature: (refId) => BAND_EDGES.some((edge) => refId.endsWith(`/${edge}`)),
    },
    {
      name: 'deploy business impact (What changed, 6 h)',
      range: PAGE_RANGES.whatChanged,
      queries: build(changeQueries(CONTRACT_LABELS), PAGE_RANGES.whatChanged, end),
      isFeature: (refId) => refId.startsWith(IMPACT_REFS.now('')),
    },
  ];
  for (const { name, range, queries, isFeature } of features) {
    const without = await samplesOf(
      url,
      end,
      range,
      queries.filter((query) => !isFeature(query.refId))
    );
    const added = await samplesOf(
      url,
      end,
      range,
      queries.filter((query) => isFeature(query.refId))
    );
    row([name, without, added, `${((added / without) * 100).toFixed(1)}%`]);
  }
  // What the recorded bands save: the same ranges from four offset queries of the raw signals, at every refresh.
  const raw = SIGNALS.flatMap((signal) =>
    BAND_EDGES.map((edge) => ({
      refId: edge,
      range: true,
      expr: acrossWeeks(edge, (offset) => signalExpr(signal, '5m', {}, offset)),
    }))
  );
  const recorded = build(signalSeriesQueries(CONTRACT_LABELS), PAGE_RANGES.whatChanged, end).filter((query) =>
    BAND_EDGES.some((edge) => query.refId.endsWith(`/${edge}`))
  );
  const rawSamples = await samplesOf(url, end, PAGE_RANGES.whatChanged, raw);
  const recordedSamples = await samplesOf(url, end, PAGE_RANGES.whatChanged, recorded);
  console.log(
    `signal bands from raw series: ${rawSamples} samples, from the records: ${recordedSamples} (${(rawSamples / recordedSamples).toFixed(0)}x fewer)`
  );
}

/** Starts a Prometheus with four weeks and more of history, prints the features' costs, stops it. */
export async function measurePastWeeks(): Promise<void> {
  const stack = await startTestStack(BASELINE_FIXTURE);
  try {
    console.log(`\nExpected ranges and deploy impact over ${BASELINE_FIXTURE.days} days of history`);
    await printFeatures(stack.url, stack.end);
  } finally {
    await stack.stop();
  }
}
