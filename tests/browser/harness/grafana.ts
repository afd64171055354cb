/**
 * Everything the harness stands in for that Grafana provides to a plugin at run time, set up in one place:
 * app events, the data source service, `runRequest`, the back-end service, panel plugins, field-config options and
 * transformations.
 * Boot data (user, theme, settings) is written into the page by the harness server, as Grafana's server does.
 */
import {
  type DataFrame,
  type DataQueryRequest,
  type DataQueryResponse,
  type DataSourceApi,
  type DataSourceInstanceSettings,
  DataTopic,
  EventBusSrv,
  LoadingState,
  type PanelData,
} from '@grafana/data';
import {
  type BackendSrv,
  type BackendSrvRequest,
  type DataSourceSrv,
  type FetchResponse,
  setAppEvents,
  setBackendSrv,
  setDataSourceSrv,
  setPluginImportUtils,
  setRunRequest,
} from '@grafana/runtime';
import { type Observable, catchError, from, map, of, startWith } from 'rxjs';
import { registerStandardTransformations } from '../../../src/testing/transformations';
import { nestedPanels } from './nestedPanels';
import { registerStandardFieldConfigs, registerStandardOptionEditors, standInPanels } from './panels';
import { PrometheusStandIn } from './prometheus';

/** Grafana's built-in annotation source; it stores nothing here, so it asks the (empty) annotations API. */
class GrafanaAnnotationsStandIn {
  readonly uid = '-- Grafana --';
  readonly type = 'grafana';
  annotations = {};
  getRef() {
    return { uid: this.uid, type: this.type };
  }
  query() {
    return from(fetch('/api/annotations').then((response) => response.json())).pipe(map(() => ({ data: [] })));
  }
}

async function request<T>(options: BackendSrvRequest): Promise<FetchResponse<T>> {
  const params = options.params ? `?${new URLSearchParams(options.params)}` : '';
  const response = await fetch(`${options.url}${params}`, {
    method: options.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', ...options.headers },
    body: options.data === undefined ? undefined : JSON.stringify(options.data),
  });
  const text = await response.text();
  const data = (text ? JSON.parse(text) : undefined) as T;
  const answer = {
    data,
    status: response.status,
    statusText: response.statusText,
    ok: response.ok,
    headers: response.headers,
    redirected: false,
    type: response.type,
    url: response.url,
    config: options,
  };
  if (!response.ok) {
    // Grafana's back-end service rejects with the response itself: a FetchError.
    throw answer;
  }
  return answer;
}

const backendSrv = {
  fetch: <T>(options: BackendSrvRequest) => from(request<T>(options)),
  datasourceRequest: request,
  get: async (url: string, params?: Record<string, string>) => (await request({ url, params })).data,
  post: async (url: string, data?: unknown) => (await request({ url, method: 'POST', data })).data,
  put: async (url: string, data?: unknown) => (await request({ url, method: 'PUT', data })).data,
  delete: async (url: string) => (await request({ url, method: 'DELETE' })).data,
} as unknown as BackendSrv;

// Grafana's runRequest: "loading" at once, then the frames, annotation frames apart, or the error.
function runRequest(datasource: DataSourceApi, query: DataQueryRequest): Observable<PanelData> {
  const base = { timeRange: query.range, request: query, series: [] as DataFrame[] };
  return from(datasource.query(query) as Observable<DataQueryResponse>).pipe(
    map(({ data, errors }) => ({
      ...base,
      // Some queries failed: the others' frames stay, with an error per failed refId.
      state: errors?.length ? LoadingState.Error : LoadingState.Done,
      errors,
      error: errors?.[0],
      series: data.filter((frame: DataFrame) => frame.meta?.dataTopic !== DataTopic.Annotations),
      annotations: data.filter((frame: DataFrame) => frame.meta?.dataTopic === DataTopic.Annotations),
    })),
    catchError((error: Error & { status?: number }) =>
      of({
        ...base,
        state: LoadingState.Error,
        errors: [{ message: error.message, status: error.status }],
        error: { message: error.message, status: error.status },
      })
    ),
    startWith({ ...base, state: LoadingState.Loading })
  );
}

export function installGrafanaStandIns(datasources: DataSourceInstanceSettings[]): void {
  setAppEvents(new EventBusSrv());
  setBackendSrv(backendSrv);
  setRunRequest(runRequest);
  registerStandardFieldConfigs();
  registerStandardOptionEditors();
  registerStandardTransformations();
  setPluginImportUtils({
    importPanelPlugin: async (id) =>
      nestedPanels[id] ?? standInPanels[id] ?? Promise.reject(new Error(`No stand-in for the ${id} panel`)),
    getPanelPluginFromCache: (id) => nestedPanels[id] ?? standInPanels[id],
  });

  const instances = new Map(datasources.map((settings) => [settings.uid, new PrometheusStandIn(settings as never)]));
  const grafana = new GrafanaAnnotationsStandIn();
  const settingsOf = (ref?: unknown) => {
    const uid = typeof ref === 'string' ? ref : (ref as { uid?: string } | undefined)?.uid;
    return (
      datasources.find((settings) => settings.uid === uid || settings.name === uid) ??
      (uid ? undefined : datasources[0])
    );
  };
  const dataSourceSrv: DataSourceSrv = {
    get: async (ref) => {
      const uid = typeof ref === 'string' ? ref : ref?.uid;
      if (uid === grafana.uid || uid === 'grafana') {
        return grafana as unknown as DataSourceApi;
      }
      const settings = settingsOf(ref);
      if (!settings) {
        throw new Error(`Data source ${uid} was not found`);
      }
      return instances.get(settings.uid) as unknown as DataSourceApi;
    },
    getInstanceSettings: settingsOf,
    getList: (filters) => datasources.filter((settings) => !filters?.pluginId || settings.type === filters.pluginId),
    // Grafana 12 reloads in place, Grafana 13 returns a promise: the harness has nothing to reload either way.
    reload: (() => Promise.resolve()) as DataSourceSrv['reload'],
    registerRuntimeDataSource: () => undefined,
  };
  setDataSourceSrv(dataSourceSrv);
}
