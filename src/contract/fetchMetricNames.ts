import { getBackendSrv, isFetchError } from '@grafana/runtime';
import { lastValueFrom } from 'rxjs';

export type MetricNamesResult = { ok: true; names: string[] } | { ok: false; status?: number; message: string };

async function get(url: string): Promise<string[]> {
  const response = await lastValueFrom(
    getBackendSrv().fetch<{ data: string[] }>({ url, method: 'GET', showErrorAlert: false })
  );
  return response.data.data;
}

/** Asks a Prometheus datasource, through Grafana, for every metric name it has. */
export async function fetchMetricNames(datasourceUid: string): Promise<MetricNamesResult> {
  const uid = encodeURIComponent(datasourceUid);
  const path = 'api/v1/label/__name__/values';
  try {
    try {
      return { ok: true, names: await get(`/api/datasources/uid/${uid}/resources/${path}`) };
    } catch (error) {
      // Older Grafana versions only offer the data proxy for this call.
      if (isFetchError(error) && error.status === 404) {
        return { ok: true, names: await get(`/api/datasources/proxy/uid/${uid}/${path}`) };
      }
      throw error;
    }
  } catch (error) {
    if (isFetchError(error)) {
      const detail = (error.data as { message?: string } | undefined)?.message ?? error.statusText ?? '';
      return { ok: false, status: error.status, message: detail };
    }
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
