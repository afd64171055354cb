import { of } from 'rxjs';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FieldType, LoadingState, toDataFrame } from '@grafana/data';
import {
  type EmbeddedScene,
  type MultiValueVariable,
  type SceneDataLayerSet,
  type SceneObject,
  SceneFlexItem,
  VizPanel,
  sceneGraph,
} from '@grafana/scenes';
import { HEALTH_CHECKS } from '../../catalog/health';
import { SIGNALS } from '../../catalog/signals';
import { resolveSettings } from '../../settings';
import { testIds } from '../../testIds';
import { SCENE_TEST_TIMEOUT_MS, type PromRequest, fakeGrafanaRuntime, renderScene } from '../../testing/sceneTesting';
import { whatChangedScene } from './whatChangedScene';

const requests: PromRequest[] = [];

/** What the data source calls the deployment label: the contract's name, or the one a test configures. */
let storedDeploymentLabel = 'deployment';
function stored({ deployment, ...labels }: Record<string, string>): Record<string, string> {
  return { ...labels, [storedDeploymentLabel]: deployment };
}

/** Errors on dep-b's search went from 0.2% a week ago to 8% now; everything else is flat. */
function answer(request: PromRequest) {
  requests.push(request);
  const series = request.targets
    .filter((target) => target.refId.endsWith(':error_ratio'))
    .flatMap((target) =>
      [
        { route: '/api/search', now: 0.08, before: 0.002 },
        { route: '/api/cart', now: 0.002, before: 0.002 },
      ].map((place) =>
        toDataFrame({
          refId: target.refId,
          fields: [
            { name: 'Time', type: FieldType.time, values: [request.range.to.valueOf()] },
            {
              name: 'Value',
              type: FieldType.number,
              values: [target.refId.startsWith('now') ? place.now : place.before],
              labels: stored({ deployment: 'dep-b', route: place.route }),
            },
          ],
        })
      )
    );
  return of({ state: LoadingState.Done, series: [...series, ...deployFrames(request)], timeRange: request.range });
}

/** Back end 2.15.0 reached dep-b two hours ago; search errors went from 0.2% to 8% with it. */
function deployFrames(request: PromRequest) {
  const to = request.range.to.valueOf();
  const minutes = Array.from({ length: 360 }, (_, i) => to - (359 - i) * 60_000);
  const deployedAt = to - 2 * 3600_000;
  const frame = (refId: string, labels: Record<string, string>, times: number[], value: (time: number) => number) =>
    toDataFrame({
      refId,
      fields: [
        { name: 'Time', type: FieldType.time, values: times },
        { name: 'Value', type: FieldType.number, values: times.map(value), labels: stored(labels) },
      ],
    });
  return request.targets.flatMap((target) => {
    switch (target.refId) {
      case 'changes:builds':
        return [
          frame(
            target.refId,
            { deployment: 'dep-b', service: 'backend', version: '2.14.2' },
            minutes.filter((t) => t < deployedAt),
            () => 1
          ),
          frame(
            target.refId,
            { deployment: 'dep-b', service: 'backend', version: '2.15.0' },
            minutes.filter((t) => t >= deployedAt),
            () => 1
          ),
        ];
      case 'changes:error_ratio':
        return [
          frame(target.refId, { deployment: 'dep-b', route: '/api/search' }, minutes, (t) =>
            t < deployedAt ? 0.002 : 0.08
          ),
        ];
      default:
        return [];
    }
  });
}

// Renders whole pages: see SCENE_TEST_TIMEOUT_MS.
jest.setTimeout(SCENE_TEST_TIMEOUT_MS);
beforeAll(() => fakeGrafanaRuntime(answer, ['dep-a', 'dep-b']));

const settings = resolveSettings({ datasourceUid: 'prom' });

/** Picks a value of one of the page's pickers, as the user does. */
function pick(scene: SceneObject, variable: string, value: string) {
  (sceneGraph.lookupVariable(variable, scene) as MultiValueVariable).changeValueTo(value);
}

/** The broken search on dep-b ranks first, 7.5× worse; a click on it narrows the queries to `matcher`. */
async function expectSearchMoverNarrowsTo(scene: EmbeddedScene, matcher: string) {
  renderScene(scene);
  const first = await screen.findByTestId(testIds.whatChanged.mover(0));
  await waitFor(() => expect(first).toHaveTextContent('dep-b · /api/search'));
  expect(first).toHaveTextContent('7.5×');
  const deployment = sceneGraph.lookupVariable('deployment', scene)!;
  await waitFor(() => expect(deployment.state.loading).toBe(false));
  requests.length = 0;
  fireEvent.click(within(first).getByRole('button', { name: /dep-b · \/api\/search/ }));
  await waitFor(() => expect(deployment.getValue()).toBe('dep-b'));
  await waitFor(() => expect(requests.some((r) => r.targets.some((t) => t.expr.includes(matcher)))).toBe(true));
}

describe('the What changed page', () => {
  it('draws every key signal and health check with a title, a unit and one line on what bad looks like', () => {
    const panels = sceneGraph.findAllObjects(whatChangedScene(settings), (o) => o instanceof VizPanel) as VizPanel[];
    const expected = [...SIGNALS, ...HEALTH_CHECKS];
    expect(panels.map((panel) => panel.state.title)).toEqual(expected.map((panel) => panel.title.en));
    for (const [i, panel] of panels.entries()) {
      expect(panel.state.description).toBe(expected[i].bad.en);
      expect(panel.state.fieldConfig.defaults.unit).toBe(expected[i].unit);
    }
  });

  it('colours each health check red on the side of its line that means trouble', () => {
    const panels = sceneGraph.findAllObjects(whatChangedScene(settings), (o) => o instanceof VizPanel) as VizPanel[];
    const steps = (title: string) =>
      panels.find((panel) => panel.state.title === title)!.state.fieldConfig.defaults.thresholds?.steps;
    expect(steps('Free disk space')).toEqual([
      { value: -Infinity, color: 'red' },
      { value: 0.15, color: 'green' },
    ]);
    expect(steps('Database connections in use')).toEqual([
      { value: -Infinity, color: 'green' },
      { value: 0.8, color: 'red' },
    ]);
  });

  it('ranks the broken search first and narrows the page to its deployment on a click', async () => {
    await expectSearchMoverNarrowsTo(whatChangedScene(settings), 'deployment="dep-b"');
  });

  it('compares with yesterday when the user picks that baseline', async () => {
    const scene = whatChangedScene(settings);
    renderScene(scene);
    await screen.findByTestId(testIds.whatChanged.movers);
    requests.length = 0;
    pick(scene, 'baseline', '1d');
    await waitFor(() => expect(requests.some((r) => r.targets.some((t) => t.expr.includes('offset 1d')))).toBe(true));
    // The panels draw yesterday's line too: their comparison request is shifted by one day.
    await waitFor(() => {
      const ranges = requests.filter((r) => r.targets.some((t) => t.refId === 'requests/value')).map((r) => r.range);
      expect(ranges.map((range) => ranges[0].to.valueOf() - range.to.valueOf())).toContain(86400_000);
    });
  });

  it('asks for the top movers once, without the panels’ time comparison', async () => {
    requests.length = 0;
    renderScene(whatChangedScene(settings));
    await screen.findByTestId(testIds.whatChanged.mover(0));
    const moverRequests = requests.filter((r) => r.targets.some((t) => t.refId === 'now:error_ratio'));
    expect(moverRequests).toHaveLength(1);
    const panelRequests = requests.filter((r) => r.targets.some((t) => t.refId === 'error_ratio/value'));
    const shift = panelRequests.map((r) => panelRequests[0].range.to.valueOf() - r.range.to.valueOf());
    expect(shift).toEqual([0, 7 * 86400_000]);
    // The expected range is asked once, for the range itself.
    const bandRequests = requests.filter((r) => r.targets.some((t) => t.refId === 'error_ratio/high'));
    expect(bandRequests).toHaveLength(1);
  });

  it('narrows the movers and the panels to the service the user picks', async () => {
    const scene = whatChangedScene(settings);
    renderScene(scene);
    await screen.findByTestId(testIds.whatChanged.movers);
    requests.length = 0;
    pick(scene, 'service', 'rabbitmq');
    const moverExprs = () => requests.flatMap((r) => r.targets.filter((t) => t.refId.startsWith('now:')));
    await waitFor(() => expect(moverExprs().length).toBeGreaterThan(0));
    expect(moverExprs().map((t) => t.refId)).toEqual(['now:queue_depth']);
    const items = sceneGraph.findAllObjects(
      scene,
      (o) => o instanceof SceneFlexItem && o.state.body instanceof VizPanel
    );
    const shown = items
      .filter((item) => !(item as SceneFlexItem).state.isHidden)
      .map((item) => ((item as SceneFlexItem).state.body as VizPanel).state.title);
    expect(shown).toEqual(['Messages waiting in queues', 'Queue backlog growth per hour']);
  });

  it('filters the per-service signals by the service label, and not the signals of one service', async () => {
    const scene = whatChangedScene(settings);
    renderScene(scene);
    await screen.findByTestId(testIds.whatChanged.movers);
    requests.length = 0;
    pick(scene, 'service', 'files');
    const exprOf = (refId: string) =>
      requests.flatMap((r) => r.targets).find((target) => target.refId === refId)?.expr ?? '';
    await waitFor(() => expect(exprOf('now:service_errors')).toContain('service="files"'));
    expect(exprOf('now:requests')).toBe('');
  });

  it('lists the deploy in the range and flags it by the route it broke', async () => {
    renderScene(whatChangedScene(settings));
    const row = await screen.findByTestId(testIds.whatChanged.change(0));
    expect(row).toHaveTextContent('backend 2.14.2 → 2.15.0');
    expect(row).toHaveTextContent('dep-b');
    expect(row).toHaveTextContent(/Suspect: Server errors, \/api\/search: 0\.2\d*% → 8(\.0+)?% \(7\.5×\)/);
  });

  describe('with the deployment label renamed on the configuration page', () => {
    const renamed = resolveSettings({ datasourceUid: 'prom', deploymentLabel: 'site' });
    beforeAll(() => (storedDeploymentLabel = 'site'));
    afterAll(() => (storedDeploymentLabel = 'deployment'));

    it('still ranks the broken search with its deployment and narrows the page to it', async () => {
      await expectSearchMoverNarrowsTo(whatChangedScene(renamed), 'site="dep-b"');
    });

    it('still flags the deploy on its deployment', async () => {
      renderScene(whatChangedScene(renamed));
      const row = await screen.findByTestId(testIds.whatChanged.change(0));
      expect(row).toHaveTextContent('dep-b');
      expect(row).toHaveTextContent(/Suspect: Server errors, \/api\/search/);
    });

    it('names the configured label in every query, legend and annotation', async () => {
      requests.length = 0;
      const scene = whatChangedScene(renamed);
      renderScene(scene);
      await screen.findByTestId(testIds.whatChanged.mover(0));
      const targets = requests.flatMap((request) => request.targets);
      expect(targets.map((target) => target.legendFormat)).toContain('{{site}} {{route}}');
      const layers = (scene.state.$data as SceneDataLayerSet).state.layers.map((layer) =>
        JSON.stringify((layer.state as { query?: unknown }).query)
      );
      expect(layers.join(' ')).toContain('{{site}}');
      const texts = [...targets.flatMap((target) => [target.expr, target.legendFormat ?? '']), ...layers];
      expect(texts.filter((text) => /\bdeployment\b/.test(text))).toEqual([]);
    });
  });
});
