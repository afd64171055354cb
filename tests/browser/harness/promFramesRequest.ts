/**
 * The front end's pass over the frames of one request, as Grafana 12.4's Prometheus data source makes it after the
 * back end answered: `transformV2` and its helpers in grafana/grafana
 * `packages/grafana-prometheus/src/result_transformer.ts` (`transformDFToTable`, `transformToHistogramOverTime`,
 * `mergeHeatmapFrames`, `sortSeriesByLabel`, `parseSampleValue`), with @grafana/data's own display-name rule.
 */
import {
  type DataFrame,
  DataFrameType,
  type Field,
  FieldType,
  getDisplayProcessor,
  getFieldDisplayName,
  sortDataFrame,
} from '@grafana/data';
import type { PromQueryShape } from './promFrames';

/**
 * What a panel receives for one request: every query's frames (from `framesFromPrometheus`, in the order of the
 * request's queries), then the series first, the tables (one per table query), the heatmaps (one per query and
 * series apart from `le`). It changes the frames it is given, as Grafana does.
 */
export function framesForRequest(results: Array<{ query: PromQueryShape; frames: DataFrame[] }>): DataFrame[] {
  const all = results.flatMap((result) => result.frames);
  // Grafana looks each frame's query up by refId, the first of that refId.
  const queryOf = (frame: DataFrame) => results.find((result) => result.query.refId === frame.refId)?.query;

  // `__auto`: the back end left labelled series unnamed; name them as @grafana/data would name a field `Value`.
  for (const frame of all) {
    if (queryOf(frame)?.legendFormat === '__auto') {
      for (const field of frame.fields) {
        if (field.labels?.__name__ && field.labels.__name__ === field.name) {
          field.config.displayNameFromDS = getFieldDisplayName({ ...field, name: 'Value' }, frame, all);
        }
      }
    }
  }

  // (Explore also shows instant vectors as tables; dashboards and apps go by the query's format alone.)
  const tables = all.filter((frame) => queryOf(frame)?.format === 'table');
  const heatmaps = all.filter(
    (frame) =>
      !tables.includes(frame) && frame.meta?.type !== DataFrameType.HeatmapCells && queryOf(frame)?.format === 'heatmap'
  );
  const series = all
    .filter((frame) => !tables.includes(frame) && !heatmaps.includes(frame))
    .map((frame) => ({ ...frame, meta: { ...frame.meta, preferredVisualisationType: 'graph' as const } }));
  return [...series, ...tableFrames(tables), ...heatmapFrames(heatmaps)];
}

// transformDFToTable: one frame per refId, the time, one string field per label (sorted, in order of appearance),
// and the value, named `Value #<refId>` when more than one table query answered.
function tableFrames(frames: DataFrame[]): DataFrame[] {
  if (frames.length === 0 || (frames.length === 1 && frames[0].length === 0)) {
    return frames;
  }
  const byRefId = groupBy(frames, (frame) => String(frame.refId));
  const refIds = Object.keys(byRefId);
  return refIds.map((refId) => {
    const group = byRefId[refId];
    const time: Field = { name: 'Time', type: FieldType.time, config: {}, values: [] };
    const valueName = refIds.length > 1 ? `Value #${refId}` : 'Value';
    const value: Field = {
      name: valueName,
      type: FieldType.number,
      display: getDisplayProcessor(),
      config: {},
      values: [],
    };
    const labelNames: string[] = [];
    for (const frame of group) {
      for (const label of Object.keys(frame.fields[1]?.labels ?? {}).sort()) {
        if (!labelNames.includes(label)) {
          labelNames.push(label);
        }
      }
    }
    const labelFields: Field[] = labelNames.map((name) => ({
      name,
      config: { filterable: true },
      type: FieldType.string,
      values: [],
    }));

    let previous = -Infinity;
    let needsSort = false;
    for (const frame of group) {
      time.config.interval ??= frame.fields[0]?.config.interval;
      for (const at of frame.fields[0]?.values ?? []) {
        time.values.push(at);
        needsSort ||= at < previous;
        previous = at;
      }
      const labels = frame.fields[1]?.labels ?? {};
      for (const sample of frame.fields[1]?.values ?? []) {
        value.values.push(parseSampleValue(sample));
        labelFields.forEach((field) =>
          field.values.push(Object.prototype.hasOwnProperty.call(labels, field.name) ? labels[field.name] : '')
        );
      }
    }
    const table: DataFrame = {
      refId,
      fields: [time, ...labelFields, value],
      meta: { ...group[0].meta, preferredVisualisationType: 'rawPrometheus' },
      length: time.values.length,
    };
    return needsSort ? sortDataFrame(table, 0) : table;
  });
}

// A `format: heatmap` query: each series is named by its `le`, the series sorted by it, cumulative counts turned
// into per-bucket counts, and the buckets of one query and one set of other labels merged into a heatmap-rows frame.
function heatmapFrames(frames: DataFrame[]): DataFrame[] {
  for (const frame of frames) {
    const count = frame.fields.find((field) => field.type === FieldType.number);
    const le = count?.labels?.le;
    if (frame.name == null && count && le) {
      frame.name = le;
      count.config.displayNameFromDS = le;
    }
  }
  return Object.values(groupBy(frames, (frame) => String(frame.refId))).flatMap((ofQuery) =>
    Object.values(
      groupBy(ofQuery, (frame) => {
        const labels = frame.fields.find((field) => field.type === FieldType.number)?.labels ?? {};
        return Object.entries(labels)
          .filter(([label]) => label !== 'le')
          .map(([, value]) => value)
          .join();
      })
    ).flatMap((buckets) => mergeHeatmapFrames(toBucketCounts(buckets.sort(byLe))))
  );
}

function byLe(a: DataFrame, b: DataFrame): number {
  const le = (frame: DataFrame) =>
    parseSampleValue(frame.fields[1].state?.displayName ?? frame.name ?? frame.fields[1].name);
  const [first, second] = [le(a), le(b)];
  return first > second ? 1 : first < second ? -1 : 0;
}

// transformToHistogramOverTime: from the top bucket down, subtract the bucket below, point by point (by index),
// clamping what falls under 1e-9 to 0.
function toBucketCounts(buckets: DataFrame[]): DataFrame[] {
  for (let i = buckets.length - 1; i > 0; i--) {
    const top = buckets[i].fields.find((field) => field.type === FieldType.number);
    const bottom = buckets[i - 1].fields.find((field) => field.type === FieldType.number);
    if (!top || !bottom) {
      throw new Error('Prometheus heatmap transform error: data should be a time series');
    }
    for (let j = 0; j < top.values.length; j++) {
      top.values[j] -= bottom.values[j] || 0;
      if (top.values[j] < 1e-9) {
        top.values[j] = 0;
      }
    }
  }
  return buckets;
}

// mergeHeatmapFrames: the first bucket's frame, with the time and every bucket's counts named by their `le`.
function mergeHeatmapFrames(buckets: DataFrame[]): DataFrame[] {
  if (buckets.length === 0 || (buckets.length === 1 && buckets[0].length === 0)) {
    return [];
  }
  const time = buckets[0].fields.find((field) => field.type === FieldType.time);
  const counts = buckets.map((frame) => {
    const count = frame.fields.find((field) => field.type === FieldType.number);
    return { ...count, name: count?.config.displayNameFromDS } as Field;
  });
  return [
    {
      ...buckets[0],
      meta: { ...buckets[0].meta, type: DataFrameType.HeatmapRows },
      fields: [time as Field, ...counts],
    },
  ];
}

/**
 * Prometheus' text of a sample as a number, Grafana's way (`+Inf`, `-Inf`, `NaN`). Kept as Grafana has it: a
 * number -Infinity given back to it (as table values are) comes out +Infinity.
 */
export function parseSampleValue(value: string | number): number {
  if (/^[+-]?inf(?:inity)?$/i.test(String(value))) {
    return typeof value === 'string' && value[0] === '-' ? -Infinity : Infinity;
  }
  return parseFloat(String(value));
}

// lodash's groupBy: a plain object, so the groups come in the order Grafana iterates them.
function groupBy<T>(items: T[], key: (item: T) => string): Record<string, T[]> {
  const groups: Record<string, T[]> = {};
  for (const item of items) {
    (groups[key(item)] ??= []).push(item);
  }
  return groups;
}
