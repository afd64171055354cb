export interface VectorSample {
  metric: Record<string, string>;
  value: number;
}

interface PrometheusAnswer {
  status: string;
  error?: string;
  data: {
    result: Array<{ metric: Record<string, string>; value: [number, string] }>;
    stats?: { samples?: { totalQueryableSamples: number; peakSamples: number } };
  };
}

async function call(url: string, path: string, params: Record<string, string | number>): Promise<PrometheusAnswer> {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  const response = await fetch(`${url}${path}?${query}`);
  const body = (await response.json()) as PrometheusAnswer;
  if (body.status !== 'success') {
    throw new Error(`Prometheus refused ${params.query}: ${body.error}`);
  }
  return body;
}

/** An instant query at `time` (unix seconds), as parsed samples. */
export async function query(url: string, expr: string, time: number): Promise<VectorSample[]> {
  const body = await call(url, '/api/v1/query', { query: expr, time });
  return body.data.result.map((r) => ({ metric: r.metric, value: Number(r.value[1]) }));
}

/** A range query from `start` to `end` (unix seconds) every `step` seconds, as series of points in milliseconds. */
export async function queryRange(url: string, expr: string, start: number, end: number, step: number) {
  const body = await call(url, '/api/v1/query_range', { query: expr, start, end, step });
  const result = body.data.result as unknown as Array<{
    metric: Record<string, string>;
    values: Array<[number, string]>;
  }>;
  return result.map((series) => ({
    labels: series.metric,
    times: series.values.map(([time]) => time * 1000),
    values: series.values.map(([, value]) => Number(value)),
  }));
}

/** The single value of a query expected to return one series. */
export async function scalar(url: string, expr: string, time: number): Promise<number> {
  const result = await query(url, expr, time);
  if (result.length !== 1) {
    throw new Error(`expected one series from ${expr}, got ${result.length}`);
  }
  return result[0].value;
}

/** A range query's cost as Prometheus counts it: samples touched and the peak held at once. */
export async function queryCost(url: string, expr: string, start: number, end: number, step: number) {
  const started = performance.now();
  const body = await call(url, '/api/v1/query_range', { query: expr, start, end, step, stats: 'all' });
  return {
    seconds: (performance.now() - started) / 1000,
    samples: body.data.stats?.samples?.totalQueryableSamples ?? NaN,
    peak: body.data.stats?.samples?.peakSamples ?? NaN,
  };
}

/** An instant query's cost: samples touched and the peak held at once. */
export async function instantQueryCost(url: string, expr: string, time: number) {
  const body = await call(url, '/api/v1/query', { query: expr, time, stats: 'all' });
  return {
    samples: body.data.stats?.samples?.totalQueryableSamples ?? NaN,
    peak: body.data.stats?.samples?.peakSamples ?? NaN,
  };
}
