import { monthToDateStart } from './partners';
import { dailyPace, requestsBetween } from './slaRequests';
import { lastMonths } from './calendar';
import {
  anyOf,
  contractLabels,
  eq,
  escapeRegex,
  kpiExpr,
  leMatcher,
  legendOf,
  neq,
  re,
  riskExpr,
  selector,
  shareOf,
  slaRatio,
  sumBy,
  rate,
} from './index';
import { KPIS, RISKS, findKpi, findRisk } from '../catalog/business';
import { SLA } from '../catalog';

const HOSTILE = ['a"b', 'back\\slash', '.*', 'x|y', 'line\nbreak', '"} or vector(1) #', 'zażółć', '(a)[b]{c}^$?+'];

describe('selector', () => {
  it('builds a selector from a metric and matchers', () => {
    expect(selector('shop_orders_paid_total', [eq('tenant', 'kwiatex'), neq('method', 'card')])).toBe(
      'shop_orders_paid_total{tenant="kwiatex",method!="card"}'
    );
    expect(selector('up')).toBe('up');
  });

  it('renames tenant and deployment to the labels the admin configured', () => {
    const names = { tenantLabel: 'partner', deploymentLabel: 'cluster' };
    expect(selector('shop_sessions_total', [eq('tenant', 'a'), eq('deployment', 'b'), eq('page', 'c')], names)).toBe(
      'shop_sessions_total{partner="a",cluster="b",page="c"}'
    );
  });

  it('escapes quotes, backslashes and new lines so a value cannot close the string', () => {
    expect(selector('m', [eq('tenant', 'a"b')])).toBe('m{tenant="a\\"b"}');
    expect(selector('m', [eq('tenant', 'back\\slash')])).toBe('m{tenant="back\\\\slash"}');
    expect(selector('m', [eq('tenant', '"} or vector(1) #')])).toBe('m{tenant="\\"} or vector(1) #"}');
    expect(selector('m', [eq('tenant', 'line\nbreak')])).toBe('m{tenant="line\\nbreak"}');
  });

  it('keeps every hostile value inside one quoted string', () => {
    for (const value of HOSTILE) {
      const built = selector('m', [eq('tenant', value)]);
      // Unescaped quotes: the opening and the closing one only.
      expect(built.match(/(?<!\\)(?:\\\\)*"/g)).toHaveLength(2);
      expect(built.endsWith('"}')).toBe(true);
    }
  });

  it('escapes regex characters of literal values so =~ cannot widen the match', () => {
    expect(escapeRegex('a.*')).toBe('a\\.\\*');
    expect(selector('m', [anyOf('tenant', ['a.*', 'x|y'])])).toBe('m{tenant=~"a\\\\.\\\\*|x\\\\|y"}');
    const pattern = anyOf('tenant', ['a.*']).value;
    // Prometheus anchors the regex; the escaped pattern matches the literal value only.
    const anchored = new RegExp(`^(?:${pattern})$`);
    expect(anchored.test('a.*')).toBe(true);
    expect(anchored.test('abc')).toBe(false);
    for (const value of HOSTILE.filter((v) => !v.includes('\n'))) {
      expect(new RegExp(`^(?:${escapeRegex(value)})$`).test(value)).toBe(true);
    }
  });

  it('rejects names that are not Prometheus names instead of pasting them', () => {
    expect(() => selector('bad metric')).toThrow('not a valid Prometheus metric name');
    expect(() => selector('m', [eq('ten"ant', 'x')])).toThrow('not a valid Prometheus label name');
    expect(() => selector('m', [eq('tenant', 'x')], { tenantLabel: 'a}b', deploymentLabel: 'd' })).toThrow();
  });

  it('allows regex matchers the caller writes on purpose', () => {
    expect(selector('m', [re('code', '5..')])).toBe('m{code=~"5.."}');
  });
});

describe('functions', () => {
  it('sums by configured label names', () => {
    expect(sumBy(['tenant'], rate('m{}', '5m'), { tenantLabel: 'partner', deploymentLabel: 'd' })).toBe(
      'sum by (partner) (rate(m{}[5m]))'
    );
    expect(sumBy([], 'x')).toBe('sum(x)');
  });

  it('counts a group with traffic but no matching series as a share of 0', () => {
    expect(shareOf('shop_payments_total', [neq('outcome', 'success')], ['method'], '10m')).toBe(
      '(sum by (method) (rate(shop_payments_total{outcome!="success"}[10m])) or sum by (method) (rate(shop_payments_total[10m])) * 0)' +
        ' / sum by (method) (rate(shop_payments_total[10m]))'
    );
  });

  it('refuses a window that is not a duration', () => {
    expect(() => rate('m{}', '5m]) or vector(1')).toThrow('not a PromQL duration');
    expect(rate('m{}', '$__rate_interval')).toBe('rate(m{}[$__rate_interval])');
  });

  it('matches the 0.2 s bucket however it is spelled, and not its neighbours', () => {
    const pattern = new RegExp(`^(?:${leMatcher(0.2).value})$`);
    expect(['0.2', '0.20', '0.200'].every((le) => pattern.test(le))).toBe(true);
    expect(['0.25', '2', '0.02'].some((le) => pattern.test(le))).toBe(false);
    const whole = new RegExp(`^(?:${leMatcher(1).value})$`);
    expect(['1', '1.0'].every((le) => whole.test(le))).toBe(true);
    expect(whole.test('10')).toBe(false);
  });

  it('builds the SLA ratio from good (not 5xx, under the threshold) over all gateway requests', () => {
    expect(slaRatio([eq('tenant', 'kwiatex')], '1h', ['tenant'])).toBe(
      'sum by (tenant) (rate(nginx_vts_server_request_duration_seconds_bucket{tenant="kwiatex",code!="5xx",le=~"0\\\\.20*"}[1h]))' +
        ' / sum by (tenant) (rate(nginx_vts_server_request_duration_seconds_bucket{tenant="kwiatex",le=~"\\\\+Inf"}[1h]))'
    );
  });
});

describe('business queries', () => {
  const revenue = findKpi('revenue');
  const context = { filters: {}, range: '$__range', resolution: '5m' as const };

  it('reads the recorded increases and puts the week offset on the range selector', () => {
    expect(kpiExpr(revenue, context)).toBe('sum(sum_over_time(shoppulse:shop_revenue_pln:increase5m[$__range]))');
    expect(kpiExpr(revenue, { ...context, offset: '1w' })).toBe(
      'sum(sum_over_time(shoppulse:shop_revenue_pln:increase5m[$__range] offset 1w))'
    );
    expect(kpiExpr(revenue, { ...context, raw: true })).toBe('sum(increase(shop_revenue_pln_total[$__range]))');
  });

  it('escapes a hostile partner name and refuses a bad range or offset', () => {
    const expr = kpiExpr(revenue, { ...context, filters: { tenant: 'a"} or vector(1) #' } });
    expect(expr).toContain('{tenant="a\\"} or vector(1) #"}');
    expect(() => kpiExpr(revenue, { ...context, range: '1h]) or vector(1' })).toThrow(/not a PromQL duration/);
    expect(() => kpiExpr(revenue, { ...context, offset: '1w) or vector(1' })).toThrow(/not a PromQL offset/);
  });

  it('refuses a KPI whose counter or labels are not recorded', () => {
    const bad = {
      ...revenue,
      formula: { kind: 'total' as const, amount: { metric: 'shop_revenue_pln_total', where: { method: 'blik' } } },
    };
    expect(() => kpiExpr(bad, context)).toThrow(/not among the recorded business counters/);
  });

  it('builds every KPI and risk of the catalog from recorded counters', () => {
    expect(() => KPIS.forEach((kpi) => kpiExpr(kpi, context))).not.toThrow();
    expect(() => RISKS.forEach((risk) => riskExpr(risk, { tenant: 'x' }, undefined, { time: 1e9 }))).not.toThrow();
    expect(() => riskExpr(findRisk('sla_month_missed'), {})).toThrow(/judged over the calendar month/);
  });
});

describe('calendar windows of the SLA report', () => {
  const time = Date.parse('2026-11-24T19:02:10Z') / 1000;

  it('counts month to date from the first of the month in the contract’s time zone, or the last 5 minutes', () => {
    expect(monthToDateStart(time, 'UTC')).toBe(Date.parse('2026-11-01T00:00:00Z') / 1000);
    // Warsaw is an hour ahead in winter: its November began at 23:00 UTC on 31 October.
    expect(monthToDateStart(time, 'Europe/Warsaw')).toBe(Date.parse('2026-10-31T23:00:00Z') / 1000);
    const justAfterMidnight = Date.parse('2026-12-01T00:01:00Z') / 1000;
    expect(monthToDateStart(justAfterMidnight, 'UTC')).toBe(justAfterMidnight - 300);
  });

  it('lists calendar months back from the current one, which ends now, each in the time zone’s own offset', () => {
    const at = (iso: string) => Date.parse(iso) / 1000;
    const months = lastMonths(time, 12, 'Europe/Warsaw');
    expect(months[0]).toEqual({
      label: '2026-11',
      start: at('2026-10-31T23:00:00Z'),
      end: time,
      monthEnd: at('2026-11-30T23:00:00Z'),
    });
    // October holds the change to winter time (25 October, 03:00 back to 02:00): it begins at 22:00 UTC, on summer
    // time, and ends at 23:00 UTC, 745 hours later.
    expect(months[1]).toMatchObject({ label: '2026-10', start: at('2026-09-30T22:00:00Z') });
    expect(months[1].end - months[1].start).toBe(745 * 3600);
    // March holds the change to summer time: 743 hours.
    expect(months[8]).toMatchObject({ label: '2026-03', start: at('2026-02-28T23:00:00Z') });
    expect(months[8].end - months[8].start).toBe(743 * 3600);
    expect(months[11]).toMatchObject({ label: '2025-12', end: at('2025-12-31T23:00:00Z') });
    expect(lastMonths(time, 1, 'UTC')[0].start).toBe(at('2026-11-01T00:00:00Z'));
  });

  it('counts whole days from the daily counts at each midnight, and the hours around them from the 5m rates', () => {
    const november = Date.UTC(2026, 10, 1) / 1000;
    const december = Date.UTC(2026, 11, 1) / 1000;
    const count = { where: [eq('tenant', 'a"b')], by: [] };
    // A finished month: thirty midnights, read from the daily counts with the @ modifier at its end.
    expect(requestsBetween('all', november, december, count)).toBe(
      `sum(sum_over_time(last_over_time(shoppulse:sla_requests:count1d{tenant="a\\"b"}[1m])[${30 * 86400 - 1}s:1d] @ ${december}))`
    );
    // A range from mid-day to mid-day: the hours before the first midnight and after the last, each sample of a 5m
    // rate (recorded every minute) as 60 s of requests.
    const from = november + 7200;
    const now = november + 3 * 86400 + 3600;
    expect(requestsBetween('good', from, now, count)).toBe(
      `sum(label_replace(sum_over_time(shoppulse:sla_good_requests:rate5m{tenant="a\\"b"}[${86400 - 7200 - 1}s] @ ${november + 86400}) * 60, "part", "0", "", "")` +
        ` or label_replace(sum_over_time(last_over_time(shoppulse:sla_good_requests:count1d{tenant="a\\"b"}[1m])[${2 * 86400 - 1}s:1d] @ ${november + 3 * 86400}), "part", "1", "", "")` +
        ` or label_replace(sum_over_time(shoppulse:sla_good_requests:rate5m{tenant="a\\"b"}[3599s] @ ${now}) * 60, "part", "2", "", ""))`
    );
    // Within one day: the 5m rates alone.
    expect(requestsBetween('all', now - 600, now, count)).toBe(
      `sum(sum_over_time(shoppulse:sla_requests:rate5m{tenant="a\\"b"}[599s] @ ${now}) * 60)`
    );
    expect(dailyPace('good', { where: [eq('tenant', 'kwiatex')], by: [] })).toBe(
      'sum(shoppulse:sla_good_requests:rate1d{tenant="kwiatex"})'
    );
  });

  it('counts the same span from the gateway histogram for the raw comparison', () => {
    const count = { where: [eq('tenant', 'kwiatex')], by: ['deployment'], raw: true };
    expect(requestsBetween('all', 1000, 4600, count)).toBe(
      `sum by (deployment) (increase(${SLA.metric}_bucket{tenant="kwiatex",le=~"\\\\+Inf"}[3600s] @ 4600))`
    );
  });
});

describe('label names configured by the user', () => {
  const names = { tenantLabel: 'customer', deploymentLabel: 'site' };

  it('writes legends with the configured names', () => {
    expect(legendOf(['deployment', 'route', 'tenant'], names)).toBe('{{site}} {{route}} {{customer}}');
  });

  it('reads series labels back under the contract’s names, leaving the others alone', () => {
    expect(contractLabels({ site: 'dep-b', customer: 'kwiatex', route: '/api/search' }, names)).toEqual({
      deployment: 'dep-b',
      tenant: 'kwiatex',
      route: '/api/search',
    });
  });
});
