import { of, throwError } from 'rxjs';
import { screen, within } from '@testing-library/react';
import { FieldType, LoadingState, toDataFrame } from '@grafana/data';
import { type BackendSrv, setBackendSrv } from '@grafana/runtime';
import { EmbeddedScene, SceneFlexItem, SceneFlexLayout, SceneTimeRange } from '@grafana/scenes';
import { ACTIVITY_REFS, alertActivityQueries } from '../../queries/alertActivity';
import { ShopQueryRunner } from '../../scenes/ShopQueryRunner';
import { testIds } from '../../testIds';
import { SCENE_TEST_TIMEOUT_MS, type PromRequest, fakeGrafanaRuntime, renderScene } from '../../testing/sceneTesting';
import { AlertActivity } from './AlertActivity';

/** Prometheus: DependencyFailing fires on dep-b now and fired 5 times, the heartbeat always. */
const ANSWERS: Record<string, Array<[Record<string, string>, number]>> = {
  [ACTIVITY_REFS.now]: [
    [{ alertname: 'DependencyFailing', alertstate: 'firing', deployment: 'dep-b', dependency: 'blik' }, 1],
    [{ alertname: 'DeadMansSwitch', alertstate: 'firing' }, 1],
  ],
  [ACTIVITY_REFS.firingSamples]: [
    [{ alertname: 'DependencyFailing' }, 125],
    [{ alertname: 'DeadMansSwitch' }, 43200],
  ],
  [ACTIVITY_REFS.firings]: [[{ alertname: 'DependencyFailing' }, 5]],
  [ACTIVITY_REFS.flaps]: [[{ alertname: 'DependencyFailing' }, 4]],
};

function answer(request: PromRequest) {
  const series = request.targets.flatMap((target) =>
    (ANSWERS[target.refId] ?? []).map(([labels, value]) =>
      toDataFrame({
        refId: target.refId,
        fields: [
          { name: 'Time', type: FieldType.time, values: [request.range.to.valueOf()] },
          { name: 'Value', type: FieldType.number, values: [value], labels },
        ],
      })
    )
  );
  return of({ state: LoadingState.Done, series, timeRange: request.range });
}

const grafanaAnswer = {
  status: 'success',
  data: {
    groups: [
      {
        name: 'shoppulse-alerts-phone',
        rules: [{ name: 'DependencyFailing', type: 'alerting', state: 'pending', alerts: [{ state: 'Pending' }] }],
      },
    ],
  },
};

function activityScene() {
  return new EmbeddedScene({
    $timeRange: new SceneTimeRange({ from: 'now-30d', to: 'now' }),
    body: new SceneFlexLayout({
      children: [
        new SceneFlexItem({
          body: new AlertActivity({
            names: { tenantLabel: 'tenant', deploymentLabel: 'deployment' },
            $data: new ShopQueryRunner(alertActivityQueries, { datasource: { uid: 'prom', type: 'prometheus' } }),
          }),
        }),
      ],
    }),
  });
}

jest.setTimeout(SCENE_TEST_TIMEOUT_MS);
beforeAll(() => fakeGrafanaRuntime(answer));

describe('the alert activity on the Alerts page', () => {
  it("shows each alert's state from Prometheus and Grafana, its 30 days, and the noise", async () => {
    setBackendSrv({ fetch: () => of({ data: grafanaAnswer, status: 200 }) } as unknown as BackendSrv);
    renderScene(activityScene());
    const row = await screen.findByTestId(testIds.alerts.activityRow('DependencyFailing'));
    await within(row).findByText('5');
    expect(row).toHaveTextContent('dep-b · blik');
    expect(row).toHaveTextContent(/firing.*pending/);
    expect(row).toHaveTextContent('2 h 05 min');
    expect(screen.getByTestId(testIds.alerts.activityRow('DatabaseDown'))).toHaveTextContent('not installed');
    const noise = screen.getByTestId(testIds.alerts.noise);
    expect(within(noise).getByTestId(testIds.alerts.noiseList('flapping'))).toHaveTextContent(
      'DependencyFailing 4× within an hour'
    );
    expect(within(noise).getByTestId(testIds.alerts.noiseList('never'))).toHaveTextContent('DatabaseDown');
    expect(within(noise).getByTestId(testIds.alerts.noiseList('never'))).not.toHaveTextContent('DeadMansSwitch');
    expect(screen.queryByTestId(testIds.alerts.activityProblem)).not.toBeInTheDocument();
  });

  it("says so when Grafana's alerting API does not answer, and still shows Prometheus' states", async () => {
    setBackendSrv({
      fetch: () => throwError(() => ({ status: 404, data: { message: 'Not found' } })),
    } as unknown as BackendSrv);
    renderScene(activityScene());
    const problem = await screen.findByTestId(testIds.alerts.activityProblem);
    expect(problem).toHaveTextContent('HTTP 404: Not found');
    const row = await screen.findByTestId(testIds.alerts.activityRow('DependencyFailing'));
    await within(row).findByText('5');
    expect(row).toHaveTextContent('firing');
  });
});
