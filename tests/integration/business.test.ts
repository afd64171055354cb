import { stackInfo } from '../stack/fixture';
import { query } from '../stack/client';
import { CONTRACT_LABELS } from '../../src/queries/selector';
import { type ShopFilters } from '../../src/queries';
import { backlogRefId, businessPageQueries } from '../../src/pages/Business/queries';
import { RISKS, findKpi, findRisk } from '../../src/catalog/business';
import { NOW, UNKNOWN_WHILE, WEEK_AGO } from '../../src/queries/kpiQueries';
import { modelTotals } from './model';

const { url, end } = stackInfo();
const WEEK = 7 * 86400;
/** "Today so far" at the end of the fixture: Warsaw midnight (23:00 UTC) until 20:00 Warsaw time. */
const TODAY_SECONDS = 20 * 3600;
const RISK_IDS = new Set(RISKS.map((risk) => risk.id));
/** Queries that answer only when something is wrong: the risks and their backlogs. */
const answersOnTrouble = (refId: string) => RISK_IDS.has(refId.split(':')[0]);

/** A query as Grafana sends it to Prometheus: `$__range` replaced by the range in seconds. */
const interpolate = (expr: string, rangeSeconds: number) => expr.replaceAll('$__range', `${rangeSeconds}s`);

async function run(filters: ShopFilters, rangeSeconds: number, resolution: '5m' | '1h', time = end) {
  const results = new Map<string, Awaited<ReturnType<typeof query>>>();
  for (const { panel, build } of businessPageQueries(CONTRACT_LABELS)) {
    for (const target of build({ filters, baseline: '1w', resolution, from: time - rangeSeconds, to: time })) {
      const expr = interpolate(target.expr, rangeSeconds);
      results.set(`${panel}/${target.refId}`, await query(url, expr, time));
    }
  }
  return results;
}

describe('the Business page against the simulator’s Prometheus', () => {
  it.each([
    ['all partners, today so far', {}, TODAY_SECONDS, '5m'],
    ['one partner, today so far', { tenant: 'sportowo' }, TODAY_SECONDS, '5m'],
    ['one deployment, last 7 days', { deployment: 'dep-b' }, 7 * 86400 - 3600, '1h'],
  ] as const)('every panel that is not a risk has data for %s', async (_, filters, range, resolution) => {
    const results = await run(filters, range, resolution);
    const empty = [...results].filter(([key, samples]) => !answersOnTrouble(key.split('/')[1]) && samples.length === 0);
    expect(empty.map(([key]) => key)).toEqual([]);
    expect(results.size).toBeGreaterThan(40);
  });

  it('names a partner in the per-partner table and gives the shares of the whole shop', async () => {
    const results = await run({}, TODAY_SECONDS, '5m');
    const shares = results.get('partners/share')!;
    expect(shares.map((s) => s.metric.tenant).sort()).toEqual(['bobasek', 'kwiatex', 'sportowo', 'techmania']);
    expect(shares.reduce((sum, s) => sum + s.value, 0)).toBeCloseTo(1, 6);
    const oneOfThem = await run({ tenant: 'sportowo' }, TODAY_SECONDS, '5m');
    const share = oneOfThem.get('partners/share')!;
    expect(share).toHaveLength(1);
    expect(share[0].value).toBeCloseTo(shares.find((s) => s.metric.tenant === 'sportowo')!.value, 6);
  });

  // The fixture's eight days hold no baseline a week before the outage: the 15% floor alone decides there.
  it('turns "a way of paying fails more than usual" red for BLIK during its outage, and only then', async () => {
    const during = await run({}, TODAY_SECONDS, '5m', end - 25 * 3600);
    expect(during.get('risks/payments_failing')!.map((s) => s.metric.method)).toEqual(['blik']);
    const now = await run({}, TODAY_SECONDS, '5m');
    expect(now.get('risks/payments_failing')).toEqual([]);
  });

  describe('when the nightly fraud check did not run (the scenario skips it for the last day)', () => {
    const missed = findRisk('fraud_check_missed');
    /**
     * A total of the selection since each deployment's last fraud check, summed straight from the records;
     * `earlier` seconds more reach back over the record that spans the check's last success.
     */
    async function sinceLastCheck(metric: string, deployments: string[], tenant?: string, earlier = 0) {
      const lastSuccess = await query(url, 'shop_job_last_success_timestamp_seconds{job="fraud_check"}', end);
      let total = 0;
      for (const deployment of deployments) {
        const since = lastSuccess.find((sample) => sample.metric.deployment === deployment)!.value;
        const partner = tenant ? `,tenant="${tenant}"` : '';
        const selector = `shoppulse:${metric}:increase5m{deployment="${deployment}"${partner}}`;
        const [sample] = await query(url, `sum(sum_over_time(${selector}[${end - since + earlier}s]))`, end);
        total += sample.value;
      }
      return total;
    }

    // The page's 5-minute steps do not fall on the check's last success, so the record that spans that instant may be
    // counted or not: the backlog lies between the records after it and those from one record before it.
    async function expectBacklog(value: number, metric: string, deployments: string[], tenant?: string) {
      expect(value).toBeGreaterThanOrEqual((await sinceLastCheck(metric, deployments, tenant)) - 1e-6);
      expect(value).toBeLessThanOrEqual((await sinceLastCheck(metric, deployments, tenant, 300)) + 1e-6);
    }

    it('names every deployment, with the orders and money paid since the check last finished', async () => {
      const results = await run({}, TODAY_SECONDS, '5m');
      const deployments = ['dep-a', 'dep-b', 'dep-c'];
      expect(
        results
          .get(`risks/${missed.id}`)!
          .map((s) => s.metric.deployment)
          .sort()
      ).toEqual(deployments);
      const [orders] = results.get(`risks/${backlogRefId(missed, 'orders_paid')}`)!;
      const [money] = results.get(`risks/${backlogRefId(missed, 'revenue')}`)!;
      await expectBacklog(orders.value, 'shop_orders_paid', deployments);
      await expectBacklog(money.value, 'shop_revenue_pln', deployments);
      // Two nights' worth: more than today's orders, which the next check would cover anyway.
      expect(orders.value).toBeGreaterThan(results.get(`orders_paid/${NOW}`)![0].value);
      // The fraud tiles say their figure is incomplete from this same answer: the page asks it once, in the strip.
      expect([...results.keys()].filter((key) => key.endsWith(`/${UNKNOWN_WHILE}`))).toEqual([]);
    });

    it('counts only the chosen partner’s orders, on its own deployment', async () => {
      const results = await run({ tenant: 'sportowo' }, TODAY_SECONDS, '5m');
      expect(results.get(`risks/${missed.id}`)!.map((s) => s.metric.deployment)).toEqual(['dep-b']);
      const [orders] = results.get(`risks/${backlogRefId(missed, 'orders_paid')}`)!;
      await expectBacklog(orders.value, 'shop_orders_paid', ['dep-b'], 'sportowo');
      // dep-b also serves bobasek, whose orders are not sportowo's.
      expect(orders.value).toBeLessThan(await sinceLastCheck('shop_orders_paid', ['dep-b']));
    });

    it('stays quiet the evening before, when the check had run that night', async () => {
      const results = await run({}, TODAY_SECONDS, '5m', end - 25 * 3600);
      const trouble = [
        `risks/${missed.id}`,
        `risks/${backlogRefId(missed, 'orders_paid')}`,
        `risks/${backlogRefId(missed, 'revenue')}`,
      ];
      expect(trouble.filter((key) => results.get(key)!.length > 0)).toEqual([]);
    });
  });

  it('keeps label values with quotes and regex characters inside the selector', async () => {
    const results = await run({ tenant: 'sportowo"} or vector(1) #.*' }, TODAY_SECONDS, '5m');
    const answered = [...results.values()].filter((samples) => samples.length > 0);
    // Only the share of a partner that does not exist, divided by the whole shop, could answer: it does not.
    expect(answered).toEqual([]);
  });
});

describe('week-over-week change as the simulator’s model has it', () => {
  // Each recorded 5-minute increase is extrapolated from the samples inside its window, so a day's sum differs from
  // the counters' true growth by up to about 1%; a change may therefore differ from the model's by 1.5 points.
  const TOLERANCE = 0.015;
  const KPIS_CHECKED = ['revenue', 'orders_paid', 'fraud_held_orders'];

  it('matches for revenue, paid orders and fraud holds, today so far against the same hours a week earlier', async () => {
    const from = end - TODAY_SECONDS;
    const amounts = KPIS_CHECKED.map((id) => {
      const { formula } = findKpi(id);
      if (formula.kind !== 'total') {
        throw new Error(`${id} is not a total`);
      }
      return formula.amount;
    });
    const [now, before] = modelTotals(amounts, [
      [from, end],
      [from - WEEK, end - WEEK],
    ]);
    const results = await run({}, TODAY_SECONDS, '5m');
    const changes = KPIS_CHECKED.map((kpi, i) => ({
      kpi,
      page: results.get(`${kpi}/${NOW}`)![0].value / results.get(`${kpi}/${WEEK_AGO}`)![0].value - 1,
      model: now[i] / before[i] - 1,
    }));
    for (const { page, model } of changes) {
      expect(Math.abs(page - model)).toBeLessThan(TOLERANCE);
    }
    // Last night's fraud check did not run: no order was held today, unlike a week ago.
    expect(changes[2].model).toBe(-1);
  }, 180_000);
});
