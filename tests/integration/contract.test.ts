import { DEPLOYMENT_LABEL, METRICS, TENANT_LABEL, seriesName } from '../../src/catalog';
import { eq, increase, rate, selector, slaRatio, sumBy } from '../../src/queries';
import { query, scalar } from '../stack/client';
import { stackInfo } from '../stack/fixture';

const TENANTS = { kwiatex: 'dep-a', sportowo: 'dep-b', bobasek: 'dep-b', techmania: 'dep-c' };
const DEPLOYMENTS = ['dep-a', 'dep-b', 'dep-c'];
const HOUR = 3600;
const WEEK = 7 * 24 * HOUR;
const { url, end } = stackInfo();

describe('the simulator honours the metric contract in a real Prometheus', () => {
  it.each(METRICS.map((metric) => [metric.name, metric] as const))(
    '%s exists for every partner and deployment it is labelled with',
    async (_, metric) => {
      const by = [TENANT_LABEL, DEPLOYMENT_LABEL].filter((label) => metric.labels.includes(label));
      const found = await query(url, `count by (${by.join(', ')}) (last_over_time(${seriesName(metric)}[10m]))`, end);
      const seen = found.map((sample) => by.map((label) => sample.metric[label]).join('/')).sort();
      const expected = metric.labels.includes(TENANT_LABEL)
        ? Object.entries(TENANTS).map(([tenant, deployment]) => `${tenant}/${deployment}`)
        : DEPLOYMENTS;
      expect(seen).toEqual([...expected].sort());
    }
  );

  it.each(Object.keys(TENANTS))('keeps the shop funnel consistent over a day for %s', async (tenant) => {
    const daily = (metric: string) =>
      scalar(url, `sum(${increase(selector(metric, [eq('tenant', tenant)]), '1d')})`, end);
    const [carts, checkouts, started, paid, revenue] = await Promise.all(
      [
        'shop_carts_created_total',
        'shop_checkouts_started_total',
        'shop_payments_started_total',
        'shop_orders_paid_total',
        'shop_revenue_pln_total',
      ].map(daily)
    );
    expect(paid).toBeGreaterThan(0);
    expect(paid).toBeLessThanOrEqual(started);
    expect(started).toBeLessThanOrEqual(checkouts);
    expect(checkouts).toBeLessThanOrEqual(carts);
    // Cart abandonment (carts that never reached payment) near 70%.
    expect(1 - started / carts).toBeGreaterThan(0.6);
    expect(1 - started / carts).toBeLessThan(0.8);
    // Revenue is the paid orders' value: an average order between 100 and 500 PLN.
    expect(revenue / paid).toBeGreaterThan(100);
    expect(revenue / paid).toBeLessThan(500);
  });

  it('converts a few per cent of visits into paid orders', async () => {
    const conversion = await scalar(
      url,
      `sum(${increase(selector('shop_orders_paid_total'), '1d')}) / sum(${increase(selector('shop_sessions_total'), '1d')})`,
      end
    );
    expect(conversion).toBeGreaterThan(0.01);
    expect(conversion).toBeLessThan(0.08);
  });

  it('is quiet at night and busiest in the evening (Warsaw time)', async () => {
    const requestRate = (time: number) =>
      scalar(url, `sum(${rate(selector('nginx_vts_server_requests_total'), '5m')})`, time);
    // end is 20:00 Warsaw; 16 hours earlier is 04:00.
    expect(await requestRate(end - 16 * HOUR)).toBeLessThan(0.3 * (await requestRate(end)));
  });

  it('meets the SLA in normal times, a little above 95%', async () => {
    for (const tenant of Object.keys(TENANTS)) {
      const compliance = await scalar(url, slaRatio([eq('tenant', tenant)], '1d', []), end - WEEK);
      expect(compliance).toBeGreaterThan(0.95);
      expect(compliance).toBeLessThan(0.995);
    }
  });

  it('shows the headline incident on /api/search of dep-b at its time and not a week before', async () => {
    const searchErrors = (time: number) =>
      scalar(
        url,
        `${sumBy([], rate(selector('nginx_vts_server_request_duration_seconds_count', [eq('deployment', 'dep-b'), eq('route', '/api/search'), eq('code', '5xx')]), '10m'))}` +
          ` / ${sumBy([], rate(selector('nginx_vts_server_request_duration_seconds_count', [eq('deployment', 'dep-b'), eq('route', '/api/search')]), '10m'))}`,
        time
      );
    expect(await searchErrors(end - HOUR)).toBeGreaterThan(0.05);
    expect(await searchErrors(end - HOUR - WEEK)).toBeLessThan(0.01);
    const otherDeployment = await scalar(
      url,
      `sum(${rate(selector('nginx_vts_server_request_duration_seconds_count', [eq('deployment', 'dep-a'), eq('route', '/api/search'), eq('code', '5xx')]), '10m')})` +
        ` / sum(${rate(selector('nginx_vts_server_request_duration_seconds_count', [eq('deployment', 'dep-a'), eq('route', '/api/search')]), '10m')})`,
      end - HOUR
    );
    expect(otherDeployment).toBeLessThan(0.01);
  });

  it('marks the deploy behind the incident with a new back-end version on dep-b', async () => {
    const versions = (time: number) =>
      query(url, selector('shop_build_info', [eq('service', 'backend'), eq('deployment', 'dep-b')]), time);
    expect((await versions(end - HOUR)).map((s) => s.metric.version)).toEqual(['2.15.0']);
    expect((await versions(end - 3 * HOUR)).map((s) => s.metric.version)).toEqual(['2.14.2']);
  });

  it('lets the nightly fraud check skip last night only', async () => {
    const ageOfLastCheck = (time: number) =>
      scalar(
        url,
        `max(time() - ${selector('shop_job_last_success_timestamp_seconds', [eq('job', 'fraud_check')])})`,
        time
      );
    expect(await ageOfLastCheck(end)).toBeGreaterThan(36 * HOUR);
    expect(await ageOfLastCheck(end - WEEK)).toBeLessThan(24 * HOUR);
  });
});
