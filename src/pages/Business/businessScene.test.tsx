import { of } from 'rxjs';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FieldType, LoadingState, rangeUtil, toDataFrame } from '@grafana/data';
import { type QueryVariable, SceneCSSGridLayout, type SceneObject, VizPanel, sceneGraph } from '@grafana/scenes';
import { KPIS, RISKS, SECTIONS } from '../../catalog/business';
import { grafanaUnit } from '../../scenes/formatValue';
import { KpiTile } from '../../scenes/KpiTile';
import { resolveSettings } from '../../settings';
import { testIds } from '../../testIds';
import { SCENE_TEST_TIMEOUT_MS, type PromRequest, fakeGrafanaRuntime, renderScene } from '../../testing/sceneTesting';
import { businessScene } from './businessScene';

const settings = resolveSettings({ datasourceUid: 'prom' });
const requests: PromRequest[] = [];

/** The Prometheus data source as Grafana would answer: 120 now, 100 a week ago, nothing for the risks. */
function answer(request: PromRequest) {
  requests.push(request);
  const series = request.targets
    .filter((target) => !RISKS.some((risk) => risk.id === target.refId))
    .map((target) =>
      toDataFrame({
        refId: target.refId,
        fields: [
          { name: 'Time', type: FieldType.time, values: [request.range.to.valueOf()] },
          { name: 'Value', type: FieldType.number, values: [target.refId.endsWith('/weekAgo') ? 100 : 120] },
        ],
      })
    );
  return of({ state: LoadingState.Done, series, timeRange: request.range });
}

// Renders whole pages: see SCENE_TEST_TIMEOUT_MS.
jest.setTimeout(SCENE_TEST_TIMEOUT_MS);
beforeAll(() => fakeGrafanaRuntime(answer, ['sportowo', 'a"b|c']));

function objects<T extends SceneObject>(root: SceneObject, type: new (...args: never[]) => T): T[] {
  return sceneGraph.findAllObjects(root, (object) => object instanceof type) as T[];
}

describe('Business page scene', () => {
  it('shows every KPI of the catalog, each titled and described in English and Polish with a unit', () => {
    const tiles = objects(businessScene(settings), KpiTile);
    expect(tiles.map((tile) => tile.state.kpi.id)).toEqual(KPIS.map((kpi) => kpi.id));
    for (const { kpi } of tiles.map((tile) => tile.state)) {
      for (const text of [kpi.title, kpi.description]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.pl.trim()).not.toBe('');
        expect(text.pl).not.toBe(text.en === text.pl ? '' : text.en);
      }
      expect(kpi.unit).toMatch(/^(currencyPLN|short|percentunit|s)$/);
    }
  });

  it('gives every Grafana panel a title, a description and the units the tiles write', () => {
    const panels = objects(businessScene(settings), VizPanel);
    for (const panel of panels) {
      expect(panel.state.title).not.toBe('');
      expect(panel.state.description).not.toBe('');
    }
    const units = (panel: VizPanel) => [
      panel.state.fieldConfig.defaults.unit,
      ...panel.state.fieldConfig.overrides.flatMap((o) =>
        o.properties.filter((p) => p.id === 'unit').map((p) => p.value)
      ),
    ];
    expect(panels.map((panel) => [panel.state.title, units(panel).filter(Boolean)])).toEqual([
      ['Revenue, hour by hour', [grafanaUnit('currencyPLN')]],
      ['Orders paid, hour by hour', [grafanaUnit('short')]],
      ['Partners', [grafanaUnit('currencyPLN'), grafanaUnit('short'), grafanaUnit('percentunit')]],
    ]);
  });

  it('puts the tiles of each section in one grid of equal columns that fills the row and wraps', async () => {
    const scene = businessScene(settings);
    const grids = objects(scene, SceneCSSGridLayout);
    const bySection = SECTIONS.map((section) => KPIS.filter((kpi) => kpi.section === section.id).map((kpi) => kpi.id));
    expect(grids.map((grid) => grid.state.children.map((tile) => (tile as KpiTile).state.kpi.id))).toEqual(bySection);
    for (const grid of grids) {
      expect(grid.state.templateColumns).toBe('repeat(auto-fit, minmax(200px, 1fr))');
    }
    renderScene(scene);
    // Each tile is itself a grid item, so it takes the whole width of its column.
    const fraud = await Promise.all(
      ['fraud_held_orders', 'fraud_held_value'].map((id) => screen.findByTestId(testIds.business.kpi(id)))
    );
    expect(fraud[0].parentElement).toBe(fraud[1].parentElement);
    expect(getComputedStyle(fraud[0].parentElement!).gridTemplateColumns).toBe('repeat(auto-fit, minmax(200px, 1fr))');
  });

  it('explains what to do when no data source is configured', () => {
    const scene = businessScene(resolveSettings({}));
    renderScene(scene);
    expect(screen.getByTestId(testIds.emptyState)).toHaveTextContent(/configuration page/);
    expect(screen.getByRole('link', { name: 'Open the configuration' })).toHaveAttribute(
      'href',
      '/plugins/shoppulse-observability-app'
    );
  });

  it('renders each KPI with its week-over-week change, coloured by whether a rise is good news', async () => {
    const scene = businessScene(settings);
    renderScene(scene);
    const revenue = await screen.findByTestId(testIds.business.kpi('revenue'));
    await waitFor(() => expect(within(revenue).getByText(/\+20%/)).toBeInTheDocument());
    expect(revenue).toHaveTextContent('Revenue');
    expect(revenue).toHaveTextContent(/PLN\s?120/);
    const abandoned = await screen.findByTestId(testIds.business.kpi('cart_abandonment'));
    // Both tiles went up 20%: good news for revenue, bad news for abandoned baskets.
    const colour = (tile: HTMLElement) => within(tile).getByText(/vs last week/).className;
    expect(colour(revenue)).not.toEqual(colour(abandoned));
    const risk = screen.getByTestId(testIds.business.risk('sla_at_risk'));
    await waitFor(() => expect(risk).toHaveAttribute('data-state', 'good'));
    expect(risk).toHaveTextContent('Every partner’s promise is safe this month');
  });

  it('puts the chosen partner into the queries escaped, whatever characters its name has', async () => {
    const scene = businessScene(settings);
    renderScene(scene);
    const partner = sceneGraph.lookupVariable('partner', scene)!;
    await waitFor(() => expect(partner.state.loading).toBe(false));
    requests.length = 0;
    (partner as unknown as { changeValueTo: (value: string) => void }).changeValueTo('a"b|c');
    await waitFor(() => expect(requests.length).toBeGreaterThan(0));
    const exprs = requests.flatMap((request) => request.targets.map((target) => target.expr));
    expect(exprs.some((expr) => expr.includes('tenant="a\\"b|c"'))).toBe(true);
    expect(exprs.every((expr) => !expr.includes('tenant="a"b'))).toBe(true);
  });

  it.each([
    [
      'past two days, to the hourly records',
      'now-3d',
      /^sum\(sum_over_time\(shoppulse:shop_revenue_pln:increase1h\[\$__range\]\)\)$/,
    ],
    [
      'to a week or more, to whole days from the daily records and the hours around them',
      'now-30d',
      /^sum\(label_replace\(sum_over_time\(shoppulse:shop_revenue_pln:increase1h\[\d+s\] @ \d+\).* or label_replace\(sum_over_time\(last_over_time\(shoppulse:shop_revenue_pln:increase1d\[1h\]\)\[\d+s:1d\] @ \d+\).*\)$/,
    ],
  ])('switches resolution when the range grows %s', async (_, from, revenueExpr) => {
    const scene = businessScene(settings);
    renderScene(scene);
    await waitFor(() => expect(requests.some((r) => r.targets.some((t) => t.expr.includes(':increase5m')))).toBe(true));
    requests.length = 0;
    const timeRange = sceneGraph.getTimeRange(scene);
    timeRange.onTimeRangeChange(rangeUtil.convertRawToRange({ from, to: 'now' }));
    const revenue = () =>
      requests
        .flatMap((r) => r.targets)
        .filter((t) => t.refId === 'revenue/now' && t.expr.includes('shop_revenue_pln:'));
    await waitFor(() => expect(revenue().map((t) => t.expr)).toContainEqual(expect.stringMatching(revenueExpr)));
  });

  it('says so when the URL names a partner the data source does not know, and offers the known ones', async () => {
    const scene = businessScene(settings);
    const partner = sceneGraph.lookupVariable('partner', scene) as QueryVariable;
    // As the URL sync leaves it before the options arrive (?var-partner=…).
    partner.setState({ value: 'sportowo"} or vector(1) #', text: 'sportowo"} or vector(1) #' });
    requests.length = 0;
    renderScene(scene);
    const notice = await screen.findByTestId(testIds.unknownPartner);
    expect(notice).toHaveTextContent('No partner called “sportowo"} or vector(1) #” sends data here');
    expect(partner.state.value).toBe('$__all');
    const exprs = requests.flatMap((request) => request.targets.map((target) => target.expr));
    expect(exprs.every((expr) => !expr.includes('vector(1)'))).toBe(true);
    fireEvent.click(within(notice).getByRole('button', { name: 'sportowo' }));
    await waitFor(() => expect(partner.getValue()).toBe('sportowo'));
    expect(screen.queryByTestId(testIds.unknownPartner)).not.toBeInTheDocument();
  });

  it('still says so when the partner options arrive before the layout has rendered (a busy browser)', async () => {
    const scene = businessScene(settings);
    const partner = sceneGraph.lookupVariable('partner', scene) as QueryVariable;
    partner.setState({ value: 'no"such', text: 'no"such' });
    const deactivate = scene.activate();
    await waitFor(() => expect(partner.state.value).toBe('$__all'));
    renderScene(scene);
    expect(await screen.findByTestId(testIds.unknownPartner)).toHaveTextContent('no"such');
    deactivate();
  });

  it('stays quiet for a known partner', async () => {
    const scene = businessScene(settings);
    const partner = sceneGraph.lookupVariable('partner', scene) as QueryVariable;
    partner.setState({ value: 'sportowo', text: 'sportowo' });
    renderScene(scene);
    await waitFor(() => expect(partner.state.loading).toBe(false));
    await waitFor(() => expect(partner.state.options.length).toBeGreaterThan(0));
    expect(partner.getValue()).toBe('sportowo');
    expect(screen.queryByTestId(testIds.unknownPartner)).not.toBeInTheDocument();
  });
});
