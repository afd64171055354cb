import { localize } from '../i18n/localize';
import { AREAS, DEPLOYMENT_LABEL, METRICS, SLA, SLA_FIGURES, TENANT_LABEL, findMetric, seriesName } from './index';

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

describe('metric contract', () => {
  it('has no duplicate metric names', () => {
    const names = METRICS.map((metric) => metric.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it('names metrics and labels the way Prometheus accepts them', () => {
    for (const metric of METRICS) {
      expect(metric.name).toMatch(METRIC_NAME);
      metric.labels.forEach((label) => expect(label).toMatch(LABEL_NAME));
    }
  });

  it('documents every metric and area in English and Polish', () => {
    const texts = AREAS.flatMap((area) => [area.title, area.description, ...area.metrics.map((metric) => metric.help)]);
    for (const text of texts) {
      expect(text.en.trim().length).toBeGreaterThan(5);
      expect(text.pl.trim().length).toBeGreaterThan(5);
      expect(text.pl).not.toEqual(text.en);
    }
  });

  it('says which convention each metric follows', () => {
    for (const metric of METRICS) {
      expect(metric.convention.length).toBeGreaterThan(5);
    }
  });

  // Exporters keep their own names (postgres_exporter's counters have no _total); our own metrics follow the convention.
  it('suffixes our own counters with _total and never a gauge or histogram', () => {
    for (const metric of METRICS) {
      if (metric.type !== 'counter') {
        expect(metric.name.endsWith('_total')).toBe(false);
      } else if (metric.name.startsWith('shop_')) {
        expect(metric.name.endsWith('_total')).toBe(true);
      }
    }
  });

  it('gives every histogram sorted buckets and every other type none', () => {
    for (const metric of METRICS) {
      if (metric.type === 'histogram') {
        expect(metric.buckets).toEqual([...(metric.buckets ?? [])].sort((a, b) => a - b));
        expect(metric.buckets?.length).toBeGreaterThan(2);
      } else {
        expect(metric.buckets).toBeUndefined();
      }
    }
  });

  it('measures the SLA on a gateway histogram with a bucket exactly at the threshold, per tenant and deployment', () => {
    const sla = findMetric(SLA.metric);
    expect(sla?.type).toBe('histogram');
    expect(sla?.service).toBe('gateway');
    expect(sla?.buckets).toContain(SLA.thresholdSeconds);
    expect(sla?.labels).toEqual(expect.arrayContaining([TENANT_LABEL, DEPLOYMENT_LABEL, 'code']));
    expect(SLA.thresholdSeconds).toBe(0.2);
    expect(SLA.target).toBe(0.95);
  });

  it('writes the SLA’s numbers for texts from the one definition, in each language', () => {
    expect(SLA_FIGURES.en).toEqual({ target: '95%', threshold: '200 ms', allowed: '5%' });
    expect(SLA_FIGURES.pl).toEqual({ target: '95%', threshold: '200 ms', allowed: '5%' });
    expect(localize(SLA.successDefinition, 'en')).toContain(`within ${SLA_FIGURES.en.threshold}.`);
  });

  it('puts tenant and deployment on every business metric (shop_ prefix) that is counted per request or order', () => {
    const perDeploymentOnly = [
      'shop_job_',
      'shop_dependency_',
      'shop_build_info',
      'shop_config_',
      'shop_feature_flag',
      'shop_blob_',
    ];
    for (const metric of METRICS.filter((m) => m.name.startsWith('shop_'))) {
      expect(metric.labels).toContain(DEPLOYMENT_LABEL);
      if (!perDeploymentOnly.some((prefix) => metric.name.startsWith(prefix))) {
        expect(metric.labels).toContain(TENANT_LABEL);
      }
    }
  });

  it('covers every part of the shop named in the case', () => {
    const names = METRICS.map((metric) => metric.name).join(' ');
    const required = [
      'shop_product_searches_total',
      'shop_carts_created_total',
      'shop_accounts_created_total',
      'shop_shopping_lists_created_total',
      'shop_parcel_status_changes_total',
      'shop_payments_total',
      'shop_payment_declines_total',
      'shop_payment_3ds_total',
      'pg_stat_database_numbackends',
      'nginx_vts_server_cache_total',
      'shop_files_served_total',
      'elasticsearch_cluster_health_status',
      'shop_frontend_page_errors_total',
      'shop_frontend_lcp_seconds',
      'http_server_request_duration_seconds',
      'shop_staff_order_changes_total',
      'rabbitmq_queue_messages_ready',
      'shop_job_last_success_timestamp_seconds',
      'shop_build_info',
    ];
    required.forEach((name) => expect(names).toContain(name));
    const jobs = findMetric('shop_job_last_success_timestamp_seconds')?.labelValues?.job;
    expect(jobs).toEqual(
      expect.arrayContaining(['send_emails', 'daily_report', 'fraud_check', 'inpost_status_sync', 'index_maintenance'])
    );
    const dependencies = findMetric('shop_dependency_requests_total')?.labelValues?.dependency;
    expect(dependencies).toEqual(
      expect.arrayContaining(['card_gateway', 'blik', 'transfer_provider', 'inpost_api', 'blob_storage'])
    );
  });

  it('looks histograms up by their _bucket series', () => {
    expect(seriesName(findMetric(SLA.metric)!)).toBe(`${SLA.metric}_bucket`);
    expect(seriesName(findMetric('shop_orders_paid_total')!)).toBe('shop_orders_paid_total');
  });
});
