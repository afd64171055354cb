import { query, scalar } from '../stack/client';
import { stackInfo } from '../stack/fixture';
import { SLA } from '../../src/catalog';
import { complianceOver, dailyPace, lastMonths, monthRequests, monthToDateSeconds } from '../../src/queries/partners';
import { eq, leMatcher, neq, re, selector, sumBy, increase } from '../../src/queries';
import { CONTRACT_LABELS } from '../../src/queries/selector';
import {
  burnRateQueries,
  latencyQueries,
  partnerListQueries,
  partnerStatQueries,
  partnerTrendQueries,
  PACE_REFS,
  REPORT_MONTHS,
  reportQueries,
  reportRef,
} from '../../src/pages/Partners/queries';
import { reportRows } from '../../src/pages/Partners/report';
import type { QueryBuilder } from '../../src/queries/query';

const { url, end } = stackInfo();
const WEEK = 7 * 86400;
const RANGE_SECONDS = 7 * 86400 - 3600;
const interpolate = (expr: string) =>
  expr
    .replaceAll('$__range', `${RANGE_SECONDS}s`)
    .replaceAll('$__rate_interval', '4m')
    .replaceAll('$__interval', '30m');

async function run(build: QueryBuilder, time = end) {
  const results = new Map<string, Awaited<ReturnType<typeof query>>>();
  for (const target of build({ filters: {}, baseline: '1w', resolution: '1h', to: time })) {
    results.set(target.refId, await query(url, interpolate(target.expr), time));
  }
  return results;
}

describe('the Partners pages against the simulator’s Prometheus', () => {
  it('lists every partner with its 30-day and month-to-date compliance, budget, burn rate and status', async () => {
    const results = await run(partnerListQueries(CONTRACT_LABELS));
    for (const column of ['compliance30d', 'monthToDate', 'budgetRemaining', 'burnRate1h', 'status']) {
      expect(
        results
          .get(column)!
          .map((s) => s.metric.tenant)
          .sort()
      ).toEqual(['bobasek', 'kwiatex', 'sportowo', 'techmania']);
    }
    expect(results.get('status')!.every((s) => [0, 1, 2].includes(s.value))).toBe(true);
    // Grafana merges the columns on every label: a `__name__` or any other label would split a partner's row.
    for (const samples of results.values()) {
      expect(samples.map((s) => Object.keys(s.metric).sort())).toEqual(samples.map(() => ['deployment', 'tenant']));
    }
  });

  it.each(['sportowo', 'techmania'])('has data in every panel of %s', async (partner) => {
    const builders = [
      partnerStatQueries(partner, CONTRACT_LABELS),
      partnerTrendQueries(partner, CONTRACT_LABELS),
      burnRateQueries(partner, CONTRACT_LABELS),
      latencyQueries(partner, CONTRACT_LABELS),
      reportQueries(partner, CONTRACT_LABELS),
    ];
    const empty: string[] = [];
    for (const build of builders) {
      for (const [refId, samples] of await run(build)) {
        // Time to exhaustion exists only while the budget burns; months before the history have no data.
        if (samples.length === 0 && refId !== 'exhaustedIn' && !/^\d{4}-\d{2}:/.test(refId)) {
          empty.push(refId);
        }
      }
    }
    expect(empty).toEqual([]);
  });

  it('shows the partners hit by the search incident on dep-b with a lower compliance in its last two hours', async () => {
    const now = await query(url, complianceOver('2h', ['tenant']), end);
    const byPartner = Object.fromEntries(now.map((s) => [s.metric.tenant, s.value]));
    const weekBefore = Object.fromEntries(
      (await query(url, complianceOver('2h', ['tenant']), end - WEEK)).map((s) => [s.metric.tenant, s.value])
    );
    for (const hit of ['sportowo', 'bobasek']) {
      expect(byPartner[hit]).toBeLessThan(byPartner.kwiatex);
      expect(byPartner[hit]).toBeLessThan(weekBefore[hit] - 0.01);
    }
    expect(Math.abs(byPartner.kwiatex - weekBefore.kwiatex)).toBeLessThan(0.01);
  });

  it('gives a month-to-date compliance equal to one computed from the raw histogram', async () => {
    // Both read what the history holds of the month; the recorded 5m rates start five minutes into it.
    const window = `${monthToDateSeconds(end)}s`;
    const recorded = await scalar(url, complianceOver(window, [], 'sportowo'), end);
    const buckets = `${SLA.metric}_bucket`;
    const where = [eq('tenant', 'sportowo')];
    const good = sumBy(
      [],
      increase(selector(buckets, [...where, neq('code', '5xx'), leMatcher(SLA.thresholdSeconds)]), window)
    );
    const all = sumBy([], increase(selector(buckets, [...where, re('le', '\\+Inf')]), window));
    const raw = await scalar(url, `${good} / ${all}`, end);
    // Stated tolerance: 0.1 percentage point, the difference between averaging 5m rates and one increase.
    expect(Math.abs(recorded - raw)).toBeLessThan(0.001);
  });

  it('counts a month’s requests and good requests from the recorded rates as the raw histogram does', async () => {
    const [month] = lastMonths(end, 1);
    const buckets = `${SLA.metric}_bucket`;
    const where = [eq('tenant', 'sportowo')];
    const window = `${month.end - month.start}s`;
    const raw = {
      all: sumBy([], increase(selector(buckets, [...where, re('le', '\\+Inf')]), window)),
      good: sumBy(
        [],
        increase(selector(buckets, [...where, neq('code', '5xx'), leMatcher(SLA.thresholdSeconds)]), window)
      ),
    };
    for (const kind of ['all', 'good'] as const) {
      const recorded = await scalar(url, monthRequests(kind, 'sportowo', month.start, month.end), end);
      const counted = await scalar(url, raw[kind], end);
      expect(counted).toBeGreaterThan(100_000);
      // Stated tolerance: 1%, the edges of the history and Prometheus's extrapolation of increase().
      expect(Math.abs(recorded - counted) / counted).toBeLessThan(0.01);
    }
    const pace = await scalar(url, dailyPace('all', 'sportowo'), end);
    expect(pace).toBeGreaterThan(0);
  });

  it('reports the running month in requests, the incident on dep-b raising the projection above the month’s pace', async () => {
    const results = await run(reportQueries('sportowo', CONTRACT_LABELS));
    const value = (refId: string) => results.get(refId)?.[0]?.value;
    const months = lastMonths(end, REPORT_MONTHS).map(({ label }) => ({
      month: label,
      requests: value(reportRef(label, 'all')),
      good: value(reportRef(label, 'good')),
    }));
    const pace = { requests: value(PACE_REFS.all), good: value(PACE_REFS.good) };
    const rows = reportRows(months, SLA.target, end, pace);
    // Eight days of history: November only.
    expect(rows.map((row) => row.month)).toEqual(['2026-11']);
    const [november] = rows;
    expect(november.badRequests).toBeGreaterThan(0);
    expect(november.allowedBadRequests).toBeCloseTo((1 - SLA.target) * months[0].requests!, -1);
    const left = Date.parse('2026-12-01T00:00:00Z') / 1000 - end;
    expect(november.projected!.badRequests).toBeGreaterThan(november.badRequests);
    // The last day holds the incident: bad requests come faster than over the eight days.
    const elapsed = end - stackInfo().start;
    expect(november.projected!.badRequests - november.badRequests).toBeGreaterThan(
      (november.badRequests / elapsed) * left
    );
  });
});
