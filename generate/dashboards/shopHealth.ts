import * as common from '@grafana/grafana-foundation-sdk/common';
import * as bargauge from '@grafana/grafana-foundation-sdk/bargauge';
import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import * as timeseries from '@grafana/grafana-foundation-sdk/timeseries';
import { CHART_SECTIONS, type ChartDef } from '../../src/catalog/charts';
import { HEALTH_CHECKS, type HealthCheckDef } from '../../src/catalog/health';
import { healthQueries } from '../../src/pages/WhatChanged/queries';
import { legendOf } from '../../src/queries/selector';
import { signalExpr } from '../../src/queries/signals';
import { DASHBOARD_FILTERS, NAMES, promQuery, shopDashboard } from './shared';

function thresholds({ threshold }: HealthCheckDef) {
  const [below, above] = threshold.worse === 'above' ? ['green', 'red'] : ['red', 'green'];
  return new dashboard.ThresholdsConfigBuilder().mode(dashboard.ThresholdsMode.Absolute).steps([
    { value: null, color: below },
    { value: threshold.value, color: above },
  ]);
}

/** A health check as on the What changed page: one bar per place, red past its line. */
function checkPanel(check: HealthCheckDef) {
  const [query] = healthQueries(
    check,
    NAMES
  )({ filters: DASHBOARD_FILTERS, resolution: '5m', baseline: '1w', from: 0, to: 0 });
  return new bargauge.PanelBuilder()
    .title(check.title.en)
    .description(check.bad.en)
    .unit(check.unit)
    .thresholds(thresholds(check))
    .orientation(common.VizOrientation.Horizontal)
    .withTarget(promQuery(query.refId, query.expr, query.legendFormat, true))
    .height(8)
    .span(8);
}

function chartPanel(chart: ChartDef) {
  return new timeseries.PanelBuilder()
    .title(chart.title.en)
    .description(chart.bad.en)
    .unit(chart.unit)
    .withTarget(
      promQuery(
        chart.id,
        signalExpr(chart, '$__rate_interval', DASHBOARD_FILTERS, undefined, NAMES),
        legendOf(chart.by, NAMES)
      )
    )
    .height(8)
    .span(8);
}

export function shopHealthDashboard() {
  const builder = shopDashboard({
    title: 'ShopPulse: Shop health',
    uid: 'shoppulse-shop-health',
    description: 'Background jobs, queues, the database, disks, certificates and the services around the shop.',
    from: 'now-24h',
    page: 'what-changed',
  });
  builder.withRow(new dashboard.RowBuilder('Health checks'));
  HEALTH_CHECKS.forEach((check) => builder.withPanel(checkPanel(check)));
  for (const section of CHART_SECTIONS) {
    builder.withRow(new dashboard.RowBuilder(section.title.en));
    section.charts.forEach((chart) => builder.withPanel(chartPanel(chart)));
  }
  return builder;
}
