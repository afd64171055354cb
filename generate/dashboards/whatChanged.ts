import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import * as timeseries from '@grafana/grafana-foundation-sdk/timeseries';
import { findPage } from '../../src/catalog';
import { SIGNALS, type SignalDef } from '../../src/catalog/signals';
import { changeAnnotationExprs } from '../../src/queries/annotations';
import { legendOf } from '../../src/queries/selector';
import { DEFAULT_TOP_MOVERS_OPTIONS, type TopMoversOptions } from '../../src/panels/topMovers/types';
import { signalDayBaselineExpr, signalExpr } from '../../src/queries/signals';
import { BAND_EDGES, BAND_WEEKS } from '../../src/catalog/bands';
import { signalBandExpr } from '../../src/queries/bands';
import type { ShopFilters } from '../../src/queries/business';
import { NESTED_PANEL_IDS } from './nestedPanels';
import { DASHBOARD_FILTERS, DATASOURCE, NAMES, pageDashboardUid, promQuery, shopDashboard } from './shared';

/** The annotation layers of the page: what changed, from the shop's own series. */
const LAYERS: Record<keyof ReturnType<typeof changeAnnotationExprs>, { name: string; color: string; title: string }> = {
  deploys: { name: 'Deploys', color: 'blue', title: 'Deploy {{service}} {{version}}' },
  configReloads: { name: 'Config changes', color: 'purple', title: 'Config reload {{service}}' },
  flagChanges: { name: 'Feature flag changes', color: 'purple', title: 'Feature flag {{flag}}' },
  jobFailures: { name: 'Background job failures', color: 'orange', title: 'Job {{job}} failed' },
  alerts: { name: 'Alerts firing', color: 'red', title: '{{alertname}}' },
};

function annotations() {
  const exprs = changeAnnotationExprs(NAMES);
  return (Object.keys(LAYERS) as Array<keyof typeof LAYERS>).map((layer) =>
    new dashboard.AnnotationQueryBuilder()
      .name(LAYERS[layer].name)
      .datasource(DATASOURCE)
      .enable(true)
      .iconColor(LAYERS[layer].color)
      .expr(exprs[layer])
      .step('60s')
      .titleFormat(LAYERS[layer].title)
      .textFormat(legendOf(['deployment'], NAMES))
  );
}

/** The dashboard's filters a signal's expected range can follow: those by the labels it is recorded by. */
function bandFilters(signal: SignalDef): ShopFilters {
  const keep = (label: 'tenant' | 'deployment') => (signal.by.includes(label) ? DASHBOARD_FILTERS[label] : undefined);
  return { tenant: keep('tenant'), deployment: keep('deployment') };
}

/** A signal now, dashed beside the same time one week earlier, between the dotted edges of its expected range. */
function signalPanel(signal: SignalDef) {
  const legend = legendOf(signal.by, NAMES);
  const panel = new timeseries.PanelBuilder()
    .title(signal.title.en)
    .description(
      `${signal.bad.en} Dashed: the same time one week earlier. Dotted grey: the lowest and highest of the same time over the last ${BAND_WEEKS} weeks.`
    )
    .unit(signal.unit)
    .withTarget(promQuery('now', signalExpr(signal, '$__rate_interval', DASHBOARD_FILTERS, undefined, NAMES), legend))
    .withTarget(
      promQuery(
        'weekAgo',
        signalExpr(signal, '$__rate_interval', DASHBOARD_FILTERS, '1w', NAMES),
        `${legend} last week`
      )
    )
    .overrideByQuery('weekAgo', [{ id: 'custom.lineStyle', value: { fill: 'dash', dash: [10, 10] } }])
    .height(8)
    .span(8);
  for (const edge of BAND_EDGES) {
    panel
      .withTarget(
        promQuery(`usual_${edge}`, signalBandExpr(signal, edge, bandFilters(signal), NAMES)!, `${legend} usual ${edge}`)
      )
      .overrideByQuery(`usual_${edge}`, [
        { id: 'custom.lineStyle', value: { fill: 'dot', dash: [2, 6] } },
        { id: 'custom.lineWidth', value: 1 },
        { id: 'color', value: { mode: 'fixed', fixedColor: 'text' } },
        { id: 'custom.hideFrom', value: { legend: true, tooltip: false, viz: false } },
      ]);
  }
  return panel;
}

/** The signals whose places the dashboard ranks: where the shop breaks first. */
const RANKED = ['error_ratio', 'latency_p95'];
const MOVER_WINDOW = '30m';

/** A signal's places ranked by how much they moved against last week and against the last day, as on the page. */
function moversPanel(signal: SignalDef) {
  const options: TopMoversOptions = {
    ...DEFAULT_TOP_MOVERS_OPTIONS,
    worse: signal.worse,
    floor: signal.floor,
    variables: 'tenant=partner, deployment=deployment',
  };
  return new dashboard.PanelBuilder()
    .type(NESTED_PANEL_IDS.topMovers)
    .title(`${signal.title.en}: what moved most (last 30 minutes)`)
    .description(
      `${signal.bad.en} Each place now, the same time last week and its usual value over the last 26 hours, worst first; a click narrows the dashboard to it.`
    )
    .unit(signal.unit)
    .withTarget(promQuery('A', signalExpr(signal, MOVER_WINDOW, DASHBOARD_FILTERS, undefined, NAMES), undefined, true))
    .withTarget(promQuery('B', signalExpr(signal, MOVER_WINDOW, DASHBOARD_FILTERS, '1w', NAMES), undefined, true))
    .withTarget(promQuery('C', signalDayBaselineExpr(signal, MOVER_WINDOW, DASHBOARD_FILTERS, NAMES), undefined, true))
    .options(options)
    .height(10)
    .span(12);
}

export function whatChangedDashboard() {
  const page = findPage('what-changed');
  const builder = shopDashboard({
    title: `ShopPulse: ${page.title.en}`,
    uid: pageDashboardUid('what-changed'),
    description: page.subTitle.en,
    from: 'now-6h',
    page: 'what-changed',
  });
  annotations().forEach((annotation) => builder.annotation(annotation));
  SIGNALS.filter((signal) => RANKED.includes(signal.id)).forEach((signal) => builder.withPanel(moversPanel(signal)));
  SIGNALS.forEach((signal) => builder.withPanel(signalPanel(signal)));
  return builder;
}
