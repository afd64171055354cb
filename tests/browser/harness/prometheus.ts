import {
  type AnnotationEvent,
  type AnnotationQuery,
  type DataFrame,
  type DataQueryRequest,
  type DataQueryResponse,
  DataSourceApi,
  type DataSourceInstanceSettings,
  type DataSourceJsonData,
  type MetricFindValue,
  type ScopedVars,
  rangeUtil,
} from '@grafana/data';
import { type SceneObject, sceneGraph } from '@grafana/scenes';
import { type Observable, from, of } from 'rxjs';
import { ROUND_TRIP_HEADER } from './roundTrip';
import { framesForRequest, framesFromPrometheus, type PromQueryShape } from './promFrames';

interface PromTarget extends PromQueryShape {
  hide?: boolean;
  step?: string;
  /** The query's "Min step". */
  interval?: string;
  titleFormat?: string;
  textFormat?: string;
  tagKeys?: string;
}

interface PromSettings extends DataSourceJsonData {
  timeInterval?: string;
}

/** The most points Prometheus returns per series; Grafana widens the step to stay under it. */
const MAX_POINTS = 11_000;

const seconds = (ms: number) => `${Math.max(1, Math.round(ms / 1000))}s`;

let roundTrips = 0;
const nextRoundTrip = () => ({ [ROUND_TRIP_HEADER]: String(++roundTrips) });

// Grafana's Prometheus data source quotes variable values for PromQL: single values as they are, several (or All)
// as an escaped regex alternation.
function formatVariable(value: unknown, variable?: { multi?: boolean; includeAll?: boolean }): string {
  const escape = (text: string) => text.replace(/[\\^$*+?.()|{}[\]]/g, '\\$&').replace(/'/g, "\\\\'");
  if (typeof value === 'string') {
    return variable?.multi || variable?.includeAll
      ? escape(value)
      : value.replace(/\\/g, '\\\\').replace(/'/g, "\\\\'");
  }
  const values = (value as string[]).map(escape);
  return values.length === 1 ? values[0] : `(${values.join('|')})`;
}

/**
 * Stands in for Grafana's Prometheus data source: same interval rules, the same macros, frames shaped as its back end
 * shapes them (`promFrames.ts`), answered by a real Prometheus behind the harness server's data source proxy.
 */
export class PrometheusStandIn extends DataSourceApi<PromTarget> {
  private readonly scrapeMs: number;

  constructor(settings: DataSourceInstanceSettings<PromSettings>) {
    super(settings);
    this.interval = settings.jsonData.timeInterval ?? '15s';
    this.scrapeMs = rangeUtil.intervalToMs(this.interval);
    this.annotations = {
      prepareQuery: (annotation: AnnotationQuery<PromTarget>) =>
        annotation.target && { ...annotation.target, range: true, instant: false, format: 'time_series' },
      processEvents: (annotation: AnnotationQuery<PromTarget>, frames: DataFrame[]) =>
        of(annotationEvents(annotation, frames)),
    };
  }

  private api(path: string) {
    return `/api/datasources/proxy/uid/${encodeURIComponent(this.uid)}/api/v1/${path}`;
  }

  private async post(path: string, params: Record<string, string>, headers: Record<string, string>) {
    const response = await fetch(this.api(path), { method: 'POST', body: new URLSearchParams(params), headers });
    return prometheusAnswer(response);
  }

  query(request: DataQueryRequest<PromTarget>): Observable<DataQueryResponse> {
    return from(this.run(request));
  }

  private async run(request: DataQueryRequest<PromTarget>): Promise<DataQueryResponse> {
    const from = request.range.from.valueOf();
    const to = request.range.to.valueOf();
    // The step: the request's interval, never under the scrape interval nor over MAX_POINTS points.
    const stepMs = Math.max(request.intervalMs, this.scrapeMs, Math.ceil((to - from) / MAX_POINTS / 1000) * 1000);
    const macroTexts: Record<string, string> = {
      __interval: seconds(stepMs),
      __interval_ms: String(stepMs),
      __rate_interval: seconds(Math.max(stepMs + this.scrapeMs, 4 * this.scrapeMs)),
      __range: seconds(to - from),
      __range_s: String(Math.round((to - from) / 1000)),
      __range_ms: String(to - from),
    };
    const macros: ScopedVars = Object.fromEntries(
      Object.entries(macroTexts).map(([name, text]) => [name, { text, value: text }])
    );
    const scene = (request.scopedVars.__sceneObject?.value as { valueOf(): SceneObject } | undefined)?.valueOf();
    const interpolate = (expr: string) => {
      const scoped = { ...request.scopedVars, ...macros };
      const text = scene ? sceneGraph.interpolate(scene, expr, scoped, formatVariable) : expr;
      // Macros the scene does not know (every `$__…` above) are Grafana's data source's to replace.
      return text.replace(/\$(__\w+)/g, (match, name) => macroTexts[name] ?? match);
    };
    const roundTrip = nextRoundTrip();
    // A query's own "Min step" widens its step, as Grafana's data source does.
    const rangeParams = (interval?: string) => {
      const ms = Math.max(stepMs, interval ? rangeUtil.intervalToMs(interval) : 0);
      const step = Math.round(ms / 1000);
      return {
        ms,
        start: String(Math.floor(from / ms) * step),
        end: String(Math.floor(to / ms) * step),
        step: String(step),
      };
    };

    const settled = await Promise.allSettled(
      request.targets
        .filter((target) => !target.hide && target.expr)
        .flatMap((target) => {
          const query = { ...target, expr: interpolate(target.expr) };
          const kinds = [query.instant && 'query', (query.range || !query.instant) && 'query_range'].filter(Boolean);
          return kinds.map(async (kind) => {
            const refId = kind === 'query' && query.range ? `${query.refId}-Instant` : query.refId;
            const { ms, ...range } = rangeParams(query.interval);
            const params: Record<string, string> =
              kind === 'query' ? { query: query.expr, time: String(to / 1000) } : { query: query.expr, ...range };
            // Grafana's front end sends the instant half of a query that is both under its own refId.
            const shape = { ...query, refId, instant: kind === 'query', range: kind === 'query_range' };
            try {
              // A Prometheus error is thrown by the conversion, with Prometheus' own message.
              return {
                query: shape,
                frames: framesFromPrometheus(await this.post(kind as string, params, roundTrip), shape, { stepMs: ms }),
              };
            } catch (error) {
              throw Object.assign(error as Error, { refId });
            }
          });
        })
    );
    const results = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    // As Grafana's back end answers: the frames of the queries that worked, an error for each one that did not.
    const errors = settled.flatMap((result) => {
      if (result.status === 'fulfilled') {
        return [];
      }
      const { message, status, refId } = result.reason as Error & { status?: number; refId?: string };
      return [{ message, status, refId }];
    });
    return { data: framesForRequest(results), errors: errors.length ? errors : undefined };
  }

  async metricFindQuery(query: string | { query: string }): Promise<MetricFindValue[]> {
    const text = typeof query === 'string' ? query : query.query;
    const match = /^label_values\((?:(.+),\s*)?(\w+)\)$/.exec(text.trim());
    if (!match) {
      throw new Error(`The harness's Prometheus answers label_values() only, not ${text}`);
    }
    const [, selector, label] = match;
    const params = new URLSearchParams(selector ? { 'match[]': selector } : {});
    const answer = await prometheusAnswer(
      await fetch(`${this.api(`label/${label}/values`)}?${params}`, { headers: nextRoundTrip() })
    );
    if (answer.status === 'error') {
      throw new Error(`${answer.errorType}: ${answer.error}`);
    }
    return (answer.data as string[]).map((value) => ({ text: value, value }));
  }

  async testDatasource() {
    return { status: 'success', message: 'ok' };
  }
}

/**
 * Prometheus' answer, an error included ("bad_data: …", "timeout: …"). When Prometheus did not answer, the proxy's
 * status is the error, as Grafana's data source reports it (502 without a body when Prometheus is down).
 */
async function prometheusAnswer(response: Response) {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw Object.assign(new Error(`${response.status} ${response.statusText}`), { status: response.status });
  }
}

const renderLabels = (format: string | undefined, labels: Record<string, string>) =>
  (format ?? '').replace(/\{\{\s*(.+?)\s*\}\}/g, (_, name) => labels[name] ?? '');

// As Grafana's Prometheus annotations: each series is a marker where it has a value, consecutive steps making one
// region; title and text come from the layer's formats, tags from its tag keys.
function annotationEvents(annotation: AnnotationQuery<PromTarget>, frames: DataFrame[]): AnnotationEvent[] {
  const target = annotation.target ?? ({} as PromTarget);
  const stepMs = rangeUtil.intervalToMs(target.step ?? '60s');
  return frames.flatMap((frame) => {
    const time = frame.fields.find((field) => field.type === 'time');
    const value = frame.fields.find((field) => field.type === 'number');
    if (!time || !value) {
      return [];
    }
    const labels = value.labels ?? {};
    const event = (start: number, end: number): AnnotationEvent => ({
      time: start,
      timeEnd: end,
      isRegion: end > start,
      title: renderLabels(target.titleFormat, labels),
      text: renderLabels(target.textFormat, labels),
      tags: (target.tagKeys ?? '')
        .split(',')
        .filter(Boolean)
        .map((key) => labels[key.trim()]),
      color: annotation.iconColor,
    });
    const events: AnnotationEvent[] = [];
    let regionStart: number | undefined;
    let previous = 0;
    time.values.forEach((at: number, index: number) => {
      const present = value.values[index] !== null && !Number.isNaN(value.values[index]);
      if (present && regionStart !== undefined && at - previous > stepMs) {
        events.push(event(regionStart, previous));
        regionStart = undefined;
      }
      if (present) {
        regionStart ??= at;
        previous = at;
      }
    });
    if (regionStart !== undefined) {
      events.push(event(regionStart, previous));
    }
    return events;
  });
}
