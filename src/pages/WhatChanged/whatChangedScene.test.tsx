import { of } from 'rxjs';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FieldType, LoadingState, toDataFrame } from '@grafana/data';
import { VizPanel, sceneGraph } from '@grafana/scenes';
import { SIGNALS } from '../../catalog/signals';
import { resolveSettings } from '../../settings';
import { testIds } from '../../testIds';
import { type PromRequest, fakeGrafanaRuntime, renderScene } from '../../testing/sceneTesting';
import { whatChangedScene } from './whatChangedScene';

const requests: PromRequest[] = [];

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
              labels: { deployment: 'dep-b', route: place.route },
            },
          ],
        })
      )
    );
  return of({ state: LoadingState.Done, series, timeRange: request.range });
}

beforeAll(() => fakeGrafanaRuntime(answer, ['dep-a', 'dep-b']));

const settings = resolveSettings({ datasourceUid: 'prom' });

describe('the What changed page', () => {
  it('draws every key signal with a title, a unit and one line on what bad looks like', () => {
    const panels = sceneGraph.findAllObjects(whatChangedScene(settings), (o) => o instanceof VizPanel) as VizPanel[];
    expect(panels.map((panel) => panel.state.title)).toEqual(SIGNALS.map((signal) => signal.title.en));
    for (const [i, panel] of panels.entries()) {
      expect(panel.state.description).toBe(SIGNALS[i].bad.en);
      expect(panel.state.fieldConfig.defaults.unit).toBe(SIGNALS[i].unit);
    }
  });

  it('ranks the broken search first and narrows the page to its deployment on a click', async () => {
    const scene = whatChangedScene(settings);
    renderScene(scene);
    const first = await screen.findByTestId(testIds.whatChanged.mover(0));
    await waitFor(() => expect(first).toHaveTextContent('/api/search'));
    expect(first).toHaveTextContent('7.5×');
    const deployment = sceneGraph.lookupVariable('deployment', scene)!;
    await waitFor(() => expect(deployment.state.loading).toBe(false));
    requests.length = 0;
    fireEvent.click(within(first).getByRole('button', { name: /dep-b · \/api\/search/ }));
    await waitFor(() => expect(deployment.getValue()).toBe('dep-b'));
    await waitFor(() =>
      expect(requests.some((r) => r.targets.some((t) => t.expr.includes('deployment="dep-b"')))).toBe(true)
    );
  });

  it('compares with yesterday when the user picks that baseline', async () => {
    const scene = whatChangedScene(settings);
    renderScene(scene);
    await screen.findByTestId(testIds.whatChanged.movers);
    requests.length = 0;
    (sceneGraph.lookupVariable('baseline', scene) as unknown as { changeValueTo: (v: string) => void }).changeValueTo(
      '1d'
    );
    await waitFor(() => expect(requests.some((r) => r.targets.some((t) => t.expr.includes('offset 1d')))).toBe(true));
  });
});
