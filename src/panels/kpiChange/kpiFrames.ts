import { type DataFrame, type Field, FieldType } from '@grafana/data';

export interface KpiFigures {
  value?: number;
  before?: number;
  /** The value's field, for its unit and decimals. */
  field?: Field;
  /** Frames came, but none holds a number. */
  wrongShape: boolean;
}

const numberField = (frame: DataFrame) => frame.fields.find((field) => field.type === FieldType.number);

function lastNumber(field: Field | undefined): number | undefined {
  const value = field?.values[field.values.length - 1];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

// Grafana's (and Scenes') time-range comparison marks the copy of the queries it ran earlier.
const isTimeShifted = (frame: DataFrame) => Boolean(frame.meta?.timeCompare?.isTimeShiftQuery);

/**
 * The figure (last value of the first query) and the same figure over the comparison period: the query named by
 * `comparisonRefId`, else the time-shifted copy of the first query, else the second query.
 */
export function kpiFigures(frames: DataFrame[], comparisonRefId: string): KpiFigures {
  const withNumbers = frames.filter((frame) => numberField(frame) && frame.length > 0);
  const current = withNumbers.filter((frame) => !isTimeShifted(frame));
  const first = current[0];
  if (!first) {
    return { wrongShape: frames.some((frame) => frame.length > 0), value: undefined };
  }
  const comparison = comparisonRefId
    ? withNumbers.find((frame) => frame.refId === comparisonRefId)
    : (withNumbers.find((frame) => isTimeShifted(frame) && frame.refId === first.refId) ??
      current.find((frame) => frame.refId !== first.refId));
  const field = numberField(first);
  return {
    value: lastNumber(field),
    before: comparison && lastNumber(numberField(comparison)),
    field,
    wrongShape: false,
  };
}
