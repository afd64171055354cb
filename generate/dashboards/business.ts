import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import * as prometheus from '@grafana/grafana-foundation-sdk/prometheus';
import * as table from '@grafana/grafana-foundation-sdk/table';
import * as timeseries from '@grafana/grafana-foundation-sdk/timeseries';
import { BAND_EDGES, BAND_WEEKS, BANDS_RECORDED_EVERY } from '../../src/catalog/bands';
import { BANDED, kpiBandExpr, kpiLastHourExpr } from '../../src/queries/bands';
import { findPage } from '../../src/catalog';
import { KPIS, SECTIONS, type KpiDef, findKpi } from '../../src/catalog/business';
import { kpiExpr, partnerBreakdown, totalOf, type BusinessQueryContext } from '../../src/queries/business';
import { DEFAULT_KPI_CHANGE_OPTIONS, type KpiChangeOptions } from '../../src/panels/kpiChange/types';
import { legendOf } from '../../src/queries/selector';
import { NESTED_PANEL_IDS } from './nestedPanels';
import { DASHBOARD_FILTERS, NAMES, pageDashboardUid, promQuery, shopDashboard } from './shared';

// The 5-minute records: exact for any range, where the page switches to hourly ones past two days to save samples.
const context = (offset?: string): BusinessQueryContext => ({
  filters: DASHBOARD_FILTERS,
  range: '$__range',
  resolution: '5m',
  names: NAMES,
  offset,
});

/** A KPI over the range and its change against the same range a week earlier, drawn as the page's tiles are. */
function kpiPanel(kpi: KpiDef) {
  const options: KpiChangeOptions = { ...DEFAULT_KPI_CHANGE_OPTIONS, better: kpi.better };
  const panel = new dashboard.PanelBuilder()
    .type(NESTED_PANEL_IDS.kpiChange)
    .title(kpi.title.en)
    .description(`${kpi.description.en} The change is against the same time range one week earlier.`)
    .unit(kpi.unit)
    .withTarget(promQuery('now', kpiExpr(kpi, context()), 'now', true))
    .withTarget(promQuery('weekAgo', kpiExpr(kpi, context('1w')), 'a week earlier', true))
    .options(options)
    .height(5)
    .span(6);
  return kpi.count ? panel.decimals(0) : panel;
}

/** A banded KPI's total of the hour before each point, in front of the grey band of its expected range. */
function hourByHourPanel(kpi: KpiDef) {
  const edgeName = (edge: string) => `${kpi.title.en} · usual ${edge}`;
  const panel = new timeseries.PanelBuilder()
    .title(`${kpi.title.en}, hour by hour`)
    .description(
      `Each point is the total of the hour before it. The grey band is what the same hour of the same weekday took over the last ${BAND_WEEKS} weeks, from the lowest to the highest.`
    )
    .unit(kpi.unit)
    .withTarget(
      promQuery('now', kpiLastHourExpr(kpi, DASHBOARD_FILTERS, NAMES), kpi.title.en).interval(BANDS_RECORDED_EVERY)
    )
    .height(8)
    .span(12);
  for (const edge of BAND_EDGES) {
    panel
      .withTarget(
        promQuery(`usual_${edge}`, kpiBandExpr(kpi, edge, DASHBOARD_FILTERS, NAMES), edgeName(edge)).interval(
          BANDS_RECORDED_EVERY
        )
      )
      .overrideByQuery(`usual_${edge}`, [
        { id: 'custom.lineWidth', value: 0 },
        { id: 'color', value: { mode: 'fixed', fixedColor: 'text' } },
        { id: 'custom.hideFrom', value: { legend: true, tooltip: false, viz: false } },
        ...(edge === 'high'
          ? [
              { id: 'custom.fillBelowTo', value: edgeName('low') },
              { id: 'custom.fillOpacity', value: 15 },
            ]
          : []),
      ]);
  }
  return kpi.count ? panel.decimals(0) : panel;
}

function partnerTable() {
  const revenue = partnerBreakdown(totalOf(findKpi('revenue')), context());
  const orders = partnerBreakdown(totalOf(findKpi('orders_paid')), context());
  return new table.PanelBuilder()
    .title('Partners by revenue')
    .description('Revenue, paid orders and share of the revenue of each partner over the time range.')
    .withTarget(
      promQuery('revenue', revenue.perPartner, legendOf(['tenant'], NAMES), true).format(
        prometheus.PromQueryFormat.Table
      )
    )
    .withTarget(
      promQuery('orders', orders.perPartner, legendOf(['tenant'], NAMES), true).format(prometheus.PromQueryFormat.Table)
    )
    .withTarget(
      promQuery('share', revenue.share, legendOf(['tenant'], NAMES), true).format(prometheus.PromQueryFormat.Table)
    )
    .withTransformation({ id: 'merge', options: {} })
    .overrideByName('Value #revenue', [
      { id: 'unit', value: 'currencyPLN' },
      { id: 'displayName', value: 'Revenue' },
    ])
    .overrideByName('Value #orders', [
      { id: 'decimals', value: 0 },
      { id: 'displayName', value: 'Paid orders' },
    ])
    .overrideByName('Value #share', [
      { id: 'unit', value: 'percentunit' },
      { id: 'displayName', value: 'Share' },
    ])
    .overrideByName('Time', [{ id: 'custom.hidden', value: true }])
    .height(8)
    .span(24);
}

export function businessDashboard() {
  const page = findPage('business');
  const builder = shopDashboard({
    title: `ShopPulse: ${page.title.en}`,
    uid: pageDashboardUid('business'),
    description: page.subTitle.en,
    from: 'now-24h',
    page: 'business',
  });
  for (const section of SECTIONS) {
    builder.withRow(new dashboard.RowBuilder(section.title.en));
    KPIS.filter((kpi) => kpi.section === section.id).forEach((kpi) => builder.withPanel(kpiPanel(kpi)));
    // A row of their own, so that they start on a line of their own after the section's tiles.
    const banded = BANDED.kpis().filter((kpi) => kpi.section === section.id);
    if (banded.length > 0) {
      builder.withRow(new dashboard.RowBuilder(`${section.title.en}, hour by hour`));
      banded.forEach((kpi) => builder.withPanel(hourByHourPanel(kpi)));
    }
  }
  builder.withRow(new dashboard.RowBuilder('Partners'));
  builder.withPanel(partnerTable());
  return builder;
}
