import { METRICS } from '../../src/catalog';
import METRIC_USAGE from '../../src/contract/metricUsage.gen.json';
import { deriveMetricUsage, readers } from './metricUsage';

describe('metric usage, derived from the PromQL every page, alert and dashboard issues', () => {
  const all = readers();
  const usage = deriveMetricUsage(all);

  it('reads no series outside the contract, the recording rules and Prometheus’ own', () => {
    expect(usage.unknown).toEqual([]);
  });

  it('reports a query that reads an undeclared metric, even from a page that reads contract metrics', () => {
    const stray = 'sum(rate(shop_coupons_redeemed_total[5m]))';
    const withStray = all.map((reader) =>
      reader.name === 'business' ? { ...reader, exprs: [...reader.exprs, stray] } : reader
    );
    expect(deriveMetricUsage(withStray).unknown).toEqual([
      { reader: 'business', series: 'shop_coupons_redeemed_total', expr: stray },
    ]);
  });

  it('has every contract metric read by a page, an alert or a bundled dashboard', () => {
    const unread = METRICS.filter(
      (metric) => usage.pages[metric.name].length + usage.dashboards[metric.name].length === 0
    );
    expect(unread.map((metric) => metric.name)).toEqual([]);
  });

  it('fails a contract metric that nothing reads', () => {
    const withoutHealth = deriveMetricUsage(all.filter((reader) => reader.name !== 'ShopPulse: Shop health'));
    const unread = METRICS.filter(
      (metric) => withoutHealth.pages[metric.name].length + withoutHealth.dashboards[metric.name].length === 0
    );
    expect(unread.map((metric) => metric.name)).toContain('shop_frontend_inp_seconds');
  });

  it('follows recording rules to the metrics they read', () => {
    // The Business page reads revenue only through the recorded increases, What changed through the deploys' business
    // check, the Partners page through its KPI tiles.
    expect(usage.pages.shop_revenue_pln_total).toEqual(['business', 'what-changed', 'partners']);
    // The SLA records read the gateway histogram: every page built on them needs it.
    expect(usage.pages.nginx_vts_server_request_duration_seconds).toEqual(
      expect.arrayContaining(['partners', 'alerts'])
    );
  });

  it('counts the pickers, the partner check and the annotation layers, not only the panels', () => {
    expect(usage.pages.shop_sessions_total).toEqual(['business', 'what-changed', 'partners', 'alerts']);
    expect(usage.dashboards.shop_sessions_total).toHaveLength(4);
  });

  it('is what the configuration page and docs/metrics.md read (run `npm run generate` when this fails)', () => {
    expect(METRIC_USAGE).toEqual({ pages: usage.pages, dashboards: usage.dashboards });
  });
});
