/**
 * Prometheus HTTP API answers as the data frames a panel gets from Grafana 12.4's Prometheus data source.
 *
 * Two stages, as in Grafana:
 * - `framesFromPrometheus`: one answer of one query, shaped as the Go back end shapes it and as the front end reads
 *   it off the wire. Mirrors grafana/grafana `pkg/promlib/converter/prom.go`, `pkg/promlib/querydata/response.go`
 *   and `pkg/promlib/querydata/request.go`, then `toDataQueryResponse` of @grafana/runtime (`dataFrameFromJSON`, refId).
 * - `framesForRequest` (promFramesRequest.ts): the front end's pass over all frames of one request, `transformV2`
 *   of `packages/grafana-prometheus/src/result_transformer.ts` (legends for `__auto`, tables, heatmaps).
 *
 * The back end is dataplane-only since Grafana 12.0: a value field is named after `__name__` when the series has one.
 */
import {
  type DataFrame,
  type DataFrameJSON,
  DataFrameType,
  type FieldSchema,
  FieldType,
  type FieldValueEntityLookup,
  type QueryResultMetaNotice,
  dataFrameFromJSON,
} from '@grafana/data';
import { parseSampleValue } from './promFramesRequest';

export { framesForRequest } from './promFramesRequest';

/**
 * A Prometheus query as the panels state it. `instant` and `range` are not read here: the answer's resultType says
 * what came back. (Grafana's front end sends a query that is both as two, the instant one with refId `<refId>-Instant`.)
 */
export interface PromQueryShape {
  refId: string;
  /** The expression as sent to Prometheus, variables already replaced: Grafana shows it as the executed query. */
  expr: string;
  format?: 'time_series' | 'table' | 'heatmap';
  instant?: boolean;
  range?: boolean;
  legendFormat?: string;
}

/** `[unix seconds, value]`, the value as Prometheus prints it (`"0.5"`, `"NaN"`, `"+Inf"`). */
type Sample = [number, string];
type Labels = Record<string, string>;

/** The body of an answer of `/api/v1/query_range` or `/api/v1/query`. */
export type PrometheusApiAnswer = (
  | {
      status: 'success';
      data:
        | { resultType: 'matrix'; result: Array<{ metric: Labels; values: Sample[]; histograms?: unknown }> }
        | { resultType: 'vector'; result: Array<{ metric: Labels; value: Sample; histogram?: unknown }> }
        | { resultType: 'scalar' | 'string'; result: Sample };
    }
  | { status: 'error'; errorType: string; error: string }
) & { warnings?: string[]; infos?: string[] };

/** Prometheus refused the query. `message` is Grafana's (`<errorType>: <error>`), for the response's `error`. */
export class PrometheusQueryError extends Error {
  constructor(
    message: string,
    readonly refId: string,
    /** The frame Grafana still returns with the error: no fields, the executed query in its meta. */
    readonly frames: DataFrame[]
  ) {
    super(message);
    this.name = 'PrometheusQueryError';
  }
}

/**
 * The frames Grafana's Prometheus data source hands over for one query's answer, before `framesForRequest`.
 * `stepMs` is the step the query ran with (for an instant query too: Grafana computes one all the same).
 * Throws a PrometheusQueryError when Prometheus answered `status: error`.
 */
export function framesFromPrometheus(
  answer: PrometheusApiAnswer,
  query: PromQueryShape,
  options: { stepMs: number }
): DataFrame[] {
  const wire = answer.status === 'success' ? resultFrames(answer.data, query) : [];
  const notices: QueryResultMetaNotice[] = [
    ...(answer.warnings ?? []).map((text) => ({ severity: 'warning' as const, text })),
    // Go's zero severity is "info", which its JSON leaves out.
    ...(answer.infos ?? []).map((text) => ({ text }) as QueryResultMetaNotice),
  ];
  if (answer.status === 'success' && notices.length > 0) {
    if (wire.length === 0) {
      wire.push(emptyFrame('Warnings'));
    }
    wire.forEach((frame) => (frame.schema!.meta!.notices = notices));
  }
  // The back end answers an empty result (and an error) with one frame, which carries the executed query.
  if (wire.length === 0) {
    wire.push(emptyFrame());
  }
  wire.forEach((frame) => addMetadata(frame, query, options.stepMs));
  const meta = wire[0].schema!.meta!;
  meta.executedQueryString = `Expr: ${query.expr}\nStep: ${goDuration(options.stepMs)}`;
  // The front end's incremental query cache reads the step back from here.
  meta.custom = { ...meta.custom, calculatedMinStep: options.stepMs };

  const frames = wire.map((frame) => ({ ...dataFrameFromJSON(frame), refId: query.refId }));
  if (answer.status === 'error') {
    throw new PrometheusQueryError(`${answer.errorType}: ${answer.error}`, query.refId, frames);
  }
  return frames;
}

type SuccessData = Extract<PrometheusApiAnswer, { status: 'success' }>['data'];
/** A field as the Go SDK writes it: with the Go type it had, which the front end keeps. */
type WireField = FieldSchema & { typeInfo: { frame: string } };

// converter/prom.go: one frame per series, a `Time` and a `Value` field, the series labels on the value field.
function resultFrames(data: SuccessData, query: PromQueryShape): DataFrameJSON[] {
  switch (data.resultType) {
    case 'matrix':
    case 'vector':
      return data.result.map((series) => {
        if ('histogram' in series || 'histograms' in series) {
          // Grafana makes heatmap-cells frames of native histograms; the project records none.
          throw new Error(`${query.refId}: the harness does not shape native histograms`);
        }
        const samples = 'values' in series ? series.values : [series.value];
        const type = data.resultType === 'matrix' ? DataFrameType.TimeSeriesMulti : DataFrameType.NumericMulti;
        return seriesFrame(series.metric, samples, type, data.resultType, [0, 1]);
      });
    case 'scalar':
      return [seriesFrame({}, [data.result], DataFrameType.NumericMulti, 'scalar', [0, 1])];
    case 'string':
      // The converter gives a string no type version, which Go writes as 0.0.
      return [seriesFrame({}, [data.result], DataFrameType.TimeSeriesMulti, 'string', [0, 0])];
  }
}

function seriesFrame(
  metric: Labels,
  samples: Sample[],
  type: DataFrameType,
  resultType: string,
  typeVersion: [number, number]
): DataFrameJSON {
  const text = resultType === 'string';
  // The Go SDK writes labels with sorted keys, and NaN and infinities as null plus an "entities" index.
  const labels = Object.fromEntries(Object.entries(metric).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const values = samples.map(([, value]) => (text ? value : parseSampleValue(value)));
  const entities: FieldValueEntityLookup = {};
  values.forEach((value, index) => {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      (entities[Number.isNaN(value) ? 'NaN' : value > 0 ? 'Inf' : 'NegInf'] ??= []).push(index);
    }
  });
  const time: WireField = { name: 'Time', type: FieldType.time, typeInfo: { frame: 'time.Time' } };
  const valueType = text ? FieldType.string : FieldType.number;
  const value: WireField = { name: 'Value', type: valueType, typeInfo: { frame: text ? 'string' : 'float64' }, labels };
  return {
    schema: { meta: { type, typeVersion, custom: { resultType } }, fields: [time, value] },
    data: {
      // Go keeps the milliseconds of the float seconds, truncated.
      values: [
        samples.map(([seconds]) => Math.trunc(seconds * 1000)),
        values.map((v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v)),
      ],
      ...(Object.keys(entities).length > 0 ? { entities: [null, entities] } : {}),
    },
  };
}

function emptyFrame(name?: string): DataFrameJSON {
  return { schema: { ...(name ? { name } : {}), meta: { typeVersion: [0, 0] }, fields: [] }, data: { values: [] } };
}

// response.go addMetadataToMultiFrame: the step on the time field, the legend, the value field's name.
function addMetadata(frame: DataFrameJSON, query: PromQueryShape, stepMs: number): void {
  const [time, value] = frame.schema!.fields;
  if (!value) {
    return;
  }
  time.config = { interval: stepMs };
  const labels = value.labels ?? {};
  const displayName = legend(query, labels);
  if (displayName !== '') {
    value.config = { displayNameFromDS: displayName };
  }
  if (labels.__name__ !== undefined) {
    value.name = labels.__name__;
  }
}

// response.go getName: `{{label}}` templates, `__auto` leaves labelled series to the front end, and a series
// without labels is named by the query's expression.
function legend(query: PromQueryShape, labels: Labels): string {
  let name = seriesName(labels);
  if (query.legendFormat === '__auto') {
    name = Object.keys(labels).length > 0 ? '' : name;
  } else if (query.legendFormat) {
    name = query.legendFormat.replace(/\{\{\s*(.+?)\s*\}\}/g, (_, label: string) =>
      Object.prototype.hasOwnProperty.call(labels, label.trim()) ? labels[label.trim()] : ''
    );
  }
  return name === '{}' ? query.expr : name;
}

// As Prometheus prints a series: `name{a="1", b="2"}`, the pairs sorted as text (Go's %q quoting, read as JSON's).
function seriesName(labels: Labels): string {
  const pairs = Object.entries(labels)
    .filter(([label]) => label !== '__name__')
    .map(([label, value]) => `${label}=${JSON.stringify(value)}`)
    .sort();
  if (pairs.length === 0) {
    return labels.__name__ ?? '{}';
  }
  return `${labels.__name__ ?? ''}{${pairs.join(', ')}}`;
}

/** Go's time.Duration.String() of whole milliseconds: `500ms`, `15s`, `1m30s`, `1h0m0s`. */
function goDuration(ms: number): string {
  if (ms === 0) {
    return '0s';
  }
  if (ms < 1000) {
    return `${ms}ms`;
  }
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor(ms / 60_000) % 60;
  const seconds = `${(ms % 60_000) / 1000}s`;
  return hours > 0 ? `${hours}h${minutes}m${seconds}` : minutes > 0 ? `${minutes}m${seconds}` : seconds;
}
