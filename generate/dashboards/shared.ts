import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import * as prometheus from '@grafana/grafana-foundation-sdk/prometheus';
import { type PageId, TENANT_LABEL, DEPLOYMENT_LABEL, findPage } from '../../src/catalog';
import type { ShopFilters } from '../../src/queries/business';
import { labelValuesQuery } from '../../src/queries/presence';
import { DASHBOARD_LABELS } from '../../src/queries/selector';
import { pageUrl } from '../../src/urls';

/** Every panel and variable queries the data source the user picks, never a fixed uid. */
export const DATASOURCE = { type: 'prometheus', uid: '${datasource}' };

/** The partner and deployment pickers' values, interpolated by Grafana (`=~"$partner"`). */
export const DASHBOARD_FILTERS: ShopFilters = {
  tenant: { variable: 'partner' },
  deployment: { variable: 'deployment' },
};

export const NAMES = DASHBOARD_LABELS;

function labelVariable(name: string, label: string, contractLabel: string) {
  return new dashboard.TextBoxVariableBuilder(name)
    .label(label)
    .description(
      `What your Prometheus calls the contract's \`${contractLabel}\` label (the app's settings say it too).`
    )
    .defaultValue(contractLabel)
    .current({ text: contractLabel, value: contractLabel });
}

function pickerVariable(name: string, label: string, contractLabel: string, withAll: boolean) {
  const picker = new dashboard.QueryVariableBuilder(name)
    .label(label)
    .datasource(DATASOURCE)
    .query(labelValuesQuery(contractLabel, NAMES))
    .refresh(dashboard.VariableRefresh.OnTimeRangeChanged)
    .sort(dashboard.VariableSort.AlphabeticalAsc);
  return withAll ? picker.includeAll(true).multi(true).allValue('.+') : picker;
}

/** Data source, label names, partner and deployment pickers; `onePartner` for pages about a single partner. */
function shopVariables(onePartner = false) {
  return [
    new dashboard.DatasourceVariableBuilder('datasource').label('Data source').type('prometheus'),
    labelVariable('tenant_label', 'Partner label', TENANT_LABEL).hide(dashboard.VariableHide.HideVariable),
    labelVariable('deployment_label', 'Deployment label', DEPLOYMENT_LABEL).hide(dashboard.VariableHide.HideVariable),
    pickerVariable('partner', 'Partner', TENANT_LABEL, !onePartner),
    pickerVariable('deployment', 'Deployment', DEPLOYMENT_LABEL, true),
  ];
}

export function promQuery(refId: string, expr: string, legendFormat?: string, instant = false) {
  const query = new prometheus.DataqueryBuilder().refId(refId).expr(expr).datasource(DATASOURCE);
  if (legendFormat) {
    query.legendFormat(legendFormat);
  }
  return instant ? query.instant() : query.range();
}

/** The way back to the page a dashboard was made from, keeping the time range and the picked values. */
function appLink(page: PageId) {
  return new dashboard.DashboardLinkBuilder(`Open the ${findPage(page).title.en} page of ShopPulse`)
    .type(dashboard.DashboardLinkType.Link)
    .url(pageUrl(page))
    .icon('apps')
    .keepTime(true)
    .includeVars(true)
    .tooltip('The same numbers in the ShopPulse app');
}

const DASHBOARD_TAGS = ['shoppulse'];

/** What sets one bundled dashboard apart from the others; the rest of its frame is the same for all. */
interface DashboardFrame {
  title: string;
  uid: string;
  description: string;
  /** How far back it opens, e.g. `now-24h`. */
  from: string;
  /** The app page it links back to. */
  page: PageId;
  onePartner?: boolean;
}

/** A bundled dashboard's frame: tags, time range, editable, the link back to the app, and the shop's variables. */
export function shopDashboard({ title, uid, description, from, page, onePartner }: DashboardFrame) {
  const builder = new dashboard.DashboardBuilder(title)
    .uid(uid)
    .description(description)
    .tags(DASHBOARD_TAGS)
    .time({ from, to: 'now' })
    .editable()
    .link(appLink(page));
  shopVariables(onePartner).forEach((variable) => builder.withVariable(variable));
  return builder;
}

/** The uid of a page's dashboard, from the page registry (the page links to it). */
export function pageDashboardUid(page: PageId): string {
  const uid = findPage(page).dashboardUid;
  if (!uid) {
    throw new Error(`The ${page} page names no dashboard uid in the page registry`);
  }
  return uid;
}

/** A dashboard's query as Grafana sends it with the label-name variables at their defaults, the contract's names. */
export function withContractLabelNames(expr: string): string {
  return expr.replaceAll(NAMES.tenantLabel, TENANT_LABEL).replaceAll(NAMES.deploymentLabel, DEPLOYMENT_LABEL);
}
