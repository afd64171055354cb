import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import * as prometheus from '@grafana/grafana-foundation-sdk/prometheus';
import * as stat from '@grafana/grafana-foundation-sdk/stat';
import * as table from '@grafana/grafana-foundation-sdk/table';
import * as timeseries from '@grafana/grafana-foundation-sdk/timeseries';
import { SLA, SLA_FIGURES, findPage } from '../../src/catalog';
import type { FilterValue } from '../../src/queries/business';
import { complianceOver, partnerBudgetExprs, slaBudgetExpr } from '../../src/queries/partners';
import { partnerLatencyExprs } from '../../src/queries/partnerLatency';
import { partnerMaintenanceExpr } from '../../src/queries/maintenanceAnnotations';
import { legendOf } from '../../src/queries/selector';
import { DEFAULT_SLA_BUDGET_OPTIONS, type SlaBudgetOptions } from '../../src/panels/slaBudget/types';
import { NESTED_PANEL_IDS } from './nestedPanels';
import { DATASOURCE, NAMES, pageDashboardUid, promQuery, shopDashboard } from './shared';

const PARTNER: FilterValue = { variable: 'partner' };
const { en } = SLA_FIGURES;

/** Red below `value`, green from it: the SLA's colours. */
function lowIsBad(value: number) {
  return new dashboard.ThresholdsConfigBuilder().mode(dashboard.ThresholdsMode.Absolute).steps([
    { value: null, color: 'red' },
    { value, color: 'green' },
  ]);
}

function statPanel(title: string, description: string, unit: string, expr: string) {
  return new stat.PanelBuilder()
    .title(title)
    .description(description)
    .unit(unit)
    .withTarget(promQuery('A', expr, undefined, true))
    .height(5)
    .span(6);
}

function headline() {
  const options: SlaBudgetOptions = DEFAULT_SLA_BUDGET_OPTIONS;
  return [
    new dashboard.PanelBuilder()
      .type(NESTED_PANEL_IDS.slaBudget)
      .title('SLA budget')
      .description(
        `Good requests over the rolling 30 days against the promise (${en.target} in under ${en.threshold}), the error budget left, when it runs out at the current pace, and the burn rate of each alert window.`
      )
      .withTarget(promQuery('A', slaBudgetExpr(PARTNER, NAMES), undefined, true))
      .options(options)
      .height(10)
      .span(18),
    statPanel(
      'Good requests over the time range',
      `Requests served successfully in under ${en.threshold}, of all requests. The promise: ${en.target}. Pick "This month" for the month so far.`,
      'percentunit',
      complianceOver('$__range', [], PARTNER, NAMES)
    )
      .decimals(2)
      .thresholds(lowIsBad(SLA.target)),
  ];
}

function trends() {
  const budget = partnerBudgetExprs(PARTNER, { names: NAMES });
  const latency = partnerLatencyExprs(PARTNER, NAMES);
  return [
    new timeseries.PanelBuilder()
      .title('Good requests per hour')
      .description(`The share of good requests in each hour; the promise is ${en.target}.`)
      .unit('percentunit')
      .withTarget(promQuery('compliance', budget.hourlyCompliance, 'good requests'))
      .height(8)
      .span(12),
    new timeseries.PanelBuilder()
      .title('Error budget left over time')
      .description('Below zero the rolling month broke the promise.')
      .unit('percentunit')
      .withTarget(promQuery('budget', budget.remaining, 'budget left'))
      .height(8)
      .span(12),
    new timeseries.PanelBuilder()
      .title(`Requests slower than ${en.threshold}`)
      .description('The share of the partner’s requests that took longer than the promise allows.')
      .unit('percentunit')
      .withTarget(promQuery('slowShare', latency.slowShare, 'slower than the promise'))
      .height(8)
      .span(12),
    new timeseries.PanelBuilder()
      .title('Failed requests per route')
      .description('Requests per second that failed with a server error, by route.')
      .unit('reqps')
      .withTarget(promQuery('errorsByRoute', latency.errorsByRoute, '{{route}}'))
      .height(8)
      .span(12),
    new table.PanelBuilder()
      .title('Routes that cost the most of the SLA')
      .description('Requests that broke the promise (failed or slow) per route over the time range, worst first.')
      .withTarget(
        promQuery('badByRoute', latency.badByRoute, '{{route}}', true).format(prometheus.PromQueryFormat.Table)
      )
      .overrideByName('Time', [{ id: 'custom.hidden', value: true }])
      .overrideByName('Value', [
        { id: 'displayName', value: 'Bad requests' },
        { id: 'decimals', value: 0 },
      ])
      .height(8)
      .span(24),
  ];
}

/** The maintenance windows the SLA rules left out of the partner's figures, as on the app's partner page. */
function maintenanceAnnotations() {
  return new dashboard.AnnotationQueryBuilder()
    .name('Maintenance')
    .datasource(DATASOURCE)
    .enable(true)
    .iconColor('yellow')
    .expr(partnerMaintenanceExpr(PARTNER, NAMES))
    .step('60s')
    .titleFormat('Maintenance')
    .textFormat(legendOf(['deployment'], NAMES));
}

export function partnerSlaDashboard() {
  const builder = shopDashboard({
    title: 'ShopPulse: Partner SLA',
    uid: pageDashboardUid('partners'),
    description: findPage('partners').subTitle.en,
    from: 'now-7d',
    page: 'partners',
    onePartner: true,
  });
  builder.annotation(maintenanceAnnotations());
  [...headline(), ...trends()].forEach((panel) => builder.withPanel(panel));
  return builder;
}
