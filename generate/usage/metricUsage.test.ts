import { METRICS } from '../../src/catalog';
import METRIC_USAGE from '../../src/contract/metricUsage.gen.json';
import { deriveMetricUsage, pageExprs } from './metricUsage';

/**
 * Contract metrics the shop exposes that no page, panel or alert reads yet: the bundled dashboards are to read them.
 * Listed here so a metric that nobody reads is a decision, not an accident; one that gets read must leave the list.
 */
const NOT_READ_YET = [
  'shop_payment_declines_total',
  'shop_payment_3ds_total',
  'shop_payment_confirmation_duration_seconds',
  'nginx_vts_main_connections',
  'http_server_active_requests',
  'shop_frontend_inp_seconds',
  'shop_frontend_cls',
  'shop_files_served_total',
  'shop_blob_storage_used_bytes',
  'shop_staff_order_changes_total',
  'pg_stat_database_xact_commit',
  'pg_stat_database_xact_rollback',
  'pg_stat_database_deadlocks',
  'rabbitmq_queue_messages_unacked',
  'rabbitmq_queue_messages_published_total',
  'shop_job_last_run_timestamp_seconds',
  'shop_job_items_processed_total',
];

describe('metric usage, derived from the PromQL every page and alert issues', () => {
  const usage = deriveMetricUsage();

  it('reads no series outside the contract, the recording rules and Prometheus’ own', () => {
    expect(usage.unknown).toEqual([]);
  });

  it('reports a query that reads an undeclared metric, even through a page that reads contract metrics', () => {
    const withStray = (page: Parameters<typeof pageExprs>[0]) =>
      page === 'business' ? [...pageExprs(page), 'sum(rate(shop_coupons_redeemed_total[5m]))'] : pageExprs(page);
    expect(deriveMetricUsage(withStray).unknown).toEqual([
      { page: 'business', series: 'shop_coupons_redeemed_total', expr: 'sum(rate(shop_coupons_redeemed_total[5m]))' },
    ]);
  });

  it('has every contract metric read by something, except the ones listed as not read yet', () => {
    const unread = METRICS.filter((metric) => usage.usedBy[metric.name].length === 0).map((metric) => metric.name);
    expect(unread.sort()).toEqual([...NOT_READ_YET].sort());
  });

  it('follows recording rules to the metrics they read', () => {
    // The Business page reads revenue only through the recorded increases, the Partners page through its KPI tiles.
    expect(usage.usedBy.shop_revenue_pln_total).toEqual(['business', 'partners']);
    // The SLA records read the gateway histogram: every page built on them needs it.
    expect(usage.usedBy.nginx_vts_server_request_duration_seconds).toEqual(
      expect.arrayContaining(['partners', 'alerts'])
    );
  });

  it('counts the pickers, the partner check and the annotation layers, not only the panels', () => {
    expect(usage.usedBy.shop_sessions_total).toEqual(['business', 'what-changed', 'partners', 'alerts']);
  });

  it('is what the configuration page and docs/metrics.md read (run `npm run generate` when this fails)', () => {
    expect(METRIC_USAGE).toEqual(usage.usedBy);
  });
});
