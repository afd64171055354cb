import React from 'react';
import { type Observable, map } from 'rxjs';
import { MemoryRouter } from 'react-router-dom';
import { render } from '@testing-library/react';
import { type DataQueryRequest, type PanelData } from '@grafana/data';
import { setDataSourceSrv, setPluginImportUtils, setRunRequest } from '@grafana/runtime';
import type { SceneObject } from '@grafana/scenes';
import { registerStandardTransformations } from './transformations';

/**
 * The time budget of a scene test: a page renders dozens of panels and queries in jsdom, which takes about a second
 * on an idle machine but several on a busy one, past Jest's default 5 s; a hang still fails, at this budget.
 */
export const SCENE_TEST_TIMEOUT_MS = 20_000;

export type PromRequest = DataQueryRequest<{ refId: string; expr: string; legendFormat?: string }>;

/**
 * Stands in for the Grafana services a scene needs at run time (the only mocks the unit tests use): a Prometheus
 * data source whose answers come from `answer`, the panel plugins (never loaded) and the transformations.
 */
export function fakeGrafanaRuntime(
  answer: (request: PromRequest) => Observable<PanelData>,
  labelValues: string[] = []
) {
  setDataSourceSrv({
    get: async () => ({
      uid: 'prom',
      type: 'prometheus',
      getRef: () => ({ uid: 'prom', type: 'prometheus' }),
      metricFindQuery: async () => labelValues.map((text) => ({ text })),
    }),
    getInstanceSettings: () => ({ uid: 'prom', type: 'prometheus', name: 'Prometheus', meta: {} }),
    getList: () => [],
    reload: jest.fn(),
    registerRuntimeDataSource: jest.fn(),
  } as never);
  // Grafana's runRequest attaches the request to every answer; the time-range comparison reads it.
  setRunRequest(((_datasource: unknown, request: PromRequest) =>
    answer(request).pipe(map((data) => ({ ...data, request })))) as never);
  registerStandardTransformations();
  setPluginImportUtils({ importPanelPlugin: () => new Promise(() => {}), getPanelPluginFromCache: () => undefined });
}

export function renderScene(scene: SceneObject) {
  return render(
    <MemoryRouter>
      <scene.Component model={scene} />
    </MemoryRouter>
  );
}
