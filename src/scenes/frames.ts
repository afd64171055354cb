import { type DataFrame, FieldType } from '@grafana/data';
import { CONTRACT_LABELS, type LabelNames, contractLabels } from '../queries/selector';

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

/** Each series answering `refId` as its labels (under the contract's names) and last value. */
export function samplesOf(
  frames: DataFrame[],
  refId: string,
  names: LabelNames = CONTRACT_LABELS
): Array<{ labels: Record<string, string>; value: number }> {
  return frames
    .filter((frame) => frame.refId === refId && frame.length > 0)
    .flatMap((frame) => {
      const field = frame.fields.find((candidate) => candidate.type === FieldType.number);
      const value = field?.values[field.values.length - 1];
      return typeof value === 'number' ? [{ labels: contractLabels(field?.labels ?? {}, names), value }] : [];
    });
}

/** Each series answering `refId` (a range query) as its labels (under the contract's names), times (ms) and values. */
export function pointsOf(
  frames: DataFrame[],
  refId: string,
  names: LabelNames = CONTRACT_LABELS
): Array<{ labels: Record<string, string>; times: number[]; values: number[] }> {
  return frames
    .filter((frame) => frame.refId === refId && frame.length > 0)
    .flatMap((frame) => {
      const time = frame.fields.find((candidate) => candidate.type === FieldType.time);
      const value = frame.fields.find((candidate) => candidate.type === FieldType.number);
      const labels = contractLabels(value?.labels ?? {}, names);
      return time && value ? [{ labels, times: [...time.values], values: [...value.values] }] : [];
    });
}
