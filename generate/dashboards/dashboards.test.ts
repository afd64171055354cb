import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { changeAnnotationExprs } from '../../src/queries/annotations';
import { DASHBOARD_LABELS } from '../../src/queries/selector';
import { pageUrl } from '../../src/urls';
import { dashboardJson, nextRevision } from '.';
import { DASHBOARD_FILES, dashboardPanels, dashboardQueries } from './queries';
import { NESTED_PANEL_IDS } from './nestedPanels';
import { DATASOURCE } from './shared';

/** The panel types Grafana ships that the dashboards use, and the app's own: anything else would be missing. */
const PANEL_TYPES = new Set(['row', 'stat', 'timeseries', 'bargauge', 'table', ...Object.values(NESTED_PANEL_IDS)]);

const dashboards = DASHBOARD_FILES.map((file) => ({ file, json: dashboardJson(file) as Record<string, any> }));
const plugin = JSON.parse(readFileSync(join(__dirname, '..', '..', 'src', 'plugin.json'), 'utf8'));

describe.each(dashboards)('the bundled dashboard $file', ({ file, json }) => {
  const panels = dashboardPanels(json as never).filter((panel) => panel.type !== 'row') as Array<Record<string, any>>;

  it('uses only panel types Grafana ships', () => {
    expect(dashboardPanels(json as never).filter((panel) => !PANEL_TYPES.has(panel.type))).toEqual([]);
  });

  it('queries the data source the user picks, never a fixed uid', () => {
    const refs = [
      ...panels.flatMap((panel) => [panel.datasource, ...(panel.targets ?? []).map((t: any) => t.datasource)]),
      ...(json.annotations.list ?? []).filter((layer: any) => layer.expr).map((layer: any) => layer.datasource),
      ...json.templating.list.filter((v: any) => v.type === 'query').map((v: any) => v.datasource),
    ].filter(Boolean);
    expect(refs.length).toBeGreaterThan(panels.length);
    expect(refs.filter((ref) => ref.uid !== DATASOURCE.uid)).toEqual([]);
    expect(json.templating.list.find((v: any) => v.name === 'datasource')).toMatchObject({
      type: 'datasource',
      query: 'prometheus',
    });
  });

  it('describes every panel and gives every number its unit', () => {
    expect(panels.filter((panel) => !panel.description)).toEqual([]);
    // Tables have a unit per column; the SLA budget panel writes its own (shares, durations).
    const unitless = panels.filter(
      (panel) => !['table', NESTED_PANEL_IDS.slaBudget].includes(panel.type) && !panel.fieldConfig?.defaults?.unit
    );
    expect(unitless.map((panel) => panel.title)).toEqual([]);
  });

  it('keeps every panel inside the 24 columns of Grafana’s grid', () => {
    const overflowing = panels.filter((panel) => panel.gridPos.x + panel.gridPos.w > 24);
    expect(overflowing.map((panel) => panel.title)).toEqual([]);
  });

  it('reads label names from its two label variables, set to the contract names', () => {
    const exprs = dashboardQueries(file).map(({ expr }) => expr);
    expect(exprs.some((expr) => expr.includes(DASHBOARD_LABELS.tenantLabel))).toBe(true);
    expect(json.templating.list.find((v: any) => v.name === 'tenant_label')).toMatchObject({ query: 'tenant' });
  });

  it('links back to the app and is listed in plugin.json, so Grafana imports it', () => {
    expect(json.links[0].url).toMatch(new RegExp(`^${pageUrl('business').replace('business', '')}`));
    expect(plugin.includes).toContainEqual({ type: 'dashboard', name: json.title, path: `dashboards/${file}` });
    expect(json.revision).toBeGreaterThanOrEqual(1);
    expect(json.version).toBe(json.revision);
  });
});

describe('the bundled dashboards together', () => {
  it('have one uid each', () => {
    const uids = dashboards.map(({ json }) => json.uid);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('draw the What changed page’s own annotation layers', () => {
    const layers = dashboardJson('what-changed.json').annotations as { list: Array<{ expr?: string }> };
    expect(layers.list.map((layer) => layer.expr).filter(Boolean)).toEqual(
      Object.values(changeAnnotationExprs(DASHBOARD_LABELS))
    );
  });

  it('bump a revision when its content changes, and keep it when it does not', () => {
    expect(nextRevision(undefined, 'a')).toBe(1);
    expect(nextRevision({ revision: 3, sha256: 'a' }, 'a')).toBe(3);
    expect(nextRevision({ revision: 3, sha256: 'a' }, 'b')).toBe(4);
  });
});
