import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import * as prometheus from '@grafana/grafana-foundation-sdk/prometheus';
import * as table from '@grafana/grafana-foundation-sdk/table';
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
  }
  builder.withRow(new dashboard.RowBuilder('Partners'));
  builder.withPanel(partnerTable());
  return builder;
}
