import { type DataFrame, FieldType } from '@grafana/data';

/** The last number of the first frame answering `refId` (an instant query gives one). */
export function lastValue(frames: DataFrame[], refId: string): number | undefined {
  const frame = frames.find((candidate) => candidate.refId === refId && candidate.length > 0);
  const field = frame?.fields.find((candidate) => candidate.type === FieldType.number);
  const value = field?.values[field.values.length - 1];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The labels of each series answering `refId`. */
export function seriesLabels(frames: DataFrame[], refId: string): Array<Record<string, string>> {
  return frames
    .filter((frame) => frame.refId === refId && frame.length > 0)
    .map((frame) => frame.fields.find((field) => field.type === FieldType.number)?.labels ?? {});
}

/** Each series answering `refId` as its labels and last value. */
export function samplesOf(
  frames: DataFrame[],
  refId: string
): Array<{ labels: Record<string, string>; value: number }> {
  return frames
    .filter((frame) => frame.refId === refId && frame.length > 0)
    .flatMap((frame) => {
      const field = frame.fields.find((candidate) => candidate.type === FieldType.number);
      const value = field?.values[field.values.length - 1];
      return typeof value === 'number' ? [{ labels: field?.labels ?? {}, value }] : [];
    });
}

/** Each series answering `refId` (a range query) as its labels, times (milliseconds) and values. */
export function pointsOf(
  frames: DataFrame[],
  refId: string
): Array<{ labels: Record<string, string>; times: number[]; values: number[] }> {
  return frames
    .filter((frame) => frame.refId === refId && frame.length > 0)
    .flatMap((frame) => {
      const time = frame.fields.find((candidate) => candidate.type === FieldType.time);
      const value = frame.fields.find((candidate) => candidate.type === FieldType.number);
      return time && value ? [{ labels: value.labels ?? {}, times: [...time.values], values: [...value.values] }] : [];
    });
}
