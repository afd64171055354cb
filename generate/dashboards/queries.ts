import { type DashboardFile, DASHBOARDS, dashboardJson } from '.';

interface Target {
  expr?: string;
}
interface Panel {
  type: string;
  title: string;
  targets?: Target[];
  panels?: Panel[];
}
interface DashboardJson {
  title: string;
  panels?: Panel[];
  annotations?: { list?: Array<{ expr?: string; name: string }> };
  templating?: { list?: Array<{ type: string; name: string; query?: unknown }> };
}

/** Every panel of a dashboard, rows' collapsed panels included. */
export function dashboardPanels(dashboard: DashboardJson): Panel[] {
  return (dashboard.panels ?? []).flatMap((panel) => [panel, ...(panel.panels ?? [])]);
}

/** Every query a dashboard issues: its panels', its annotation layers' and its query variables'. */
export function dashboardQueries(file: DashboardFile): Array<{ where: string; expr: string }> {
  const dashboard = dashboardJson(file) as unknown as DashboardJson;
  return [
    ...dashboardPanels(dashboard).flatMap((panel) =>
      (panel.targets ?? []).filter((t) => t.expr).map((t) => ({ where: `panel "${panel.title}"`, expr: t.expr! }))
    ),
    ...(dashboard.annotations?.list ?? [])
      .filter((layer) => layer.expr)
      .map((layer) => ({ where: `annotation "${layer.name}"`, expr: layer.expr! })),
    ...(dashboard.templating?.list ?? [])
      .filter((variable) => variable.type === 'query')
      .map((variable) => ({ where: `variable ${variable.name}`, expr: String(variable.query) })),
  ];
}

export const DASHBOARD_FILES = Object.keys(DASHBOARDS) as DashboardFile[];
