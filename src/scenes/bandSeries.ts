import { type DataFrame, FieldType, getFieldDisplayName } from '@grafana/data';
import type { CustomTransformOperator } from '@grafana/scenes';
import { map } from 'rxjs';
import type { BandEdge } from '../catalog/bands';
import { localize } from '../i18n/localize';
import { MESSAGES } from './messages';

const EDGE_NAMES = { low: MESSAGES.usualLow, high: MESSAGES.usualHigh };

/** "dep-b /api/search · low" as the user's language words it. */
const worded = (name: string, edge: BandEdge) =>
  name.replace(new RegExp(`· ${edge}$`), `· ${localize(EDGE_NAMES[edge])}`);

/** An edge's frame under an explicit name, the one its band is matched by: "dep-b /api/search · usual low". */
function named(frame: DataFrame, edge: BandEdge, frames: DataFrame[]): DataFrame {
  return {
    ...frame,
    fields: frame.fields.map((field) =>
      field.type === FieldType.number
        ? {
            ...field,
            config: { ...field.config, displayNameFromDS: worded(getFieldDisplayName(field, frame, frames), edge) },
          }
        : field
    ),
  };
}

const sameLabels = (a: DataFrame, b: DataFrame) => {
  const labels = (frame: DataFrame) =>
    JSON.stringify(frame.fields.find((f) => f.type === FieldType.number)?.labels ?? {});
  return labels(a) === labels(b);
};

/**
 * Draws each expected range as a grey band behind its series: the high edge fills down to the low edge of the same
 * labels, both edges without a line and out of the legend. Frames of `low` and `high` refIds are the edges.
 */
export const bandsBehindSeries: CustomTransformOperator = () => (source) =>
  source.pipe(
    map((frames: DataFrame[]) => {
      const lows = frames.filter((frame) => frame.refId === 'low').map((frame) => named(frame, 'low', frames));
      return frames.map((frame) => {
        if (frame.refId !== 'low' && frame.refId !== 'high') {
          return frame;
        }
        const edge = named(frame, frame.refId, frames);
        const low = frame.refId === 'high' ? lows.find((candidate) => sameLabels(candidate, frame)) : undefined;
        const lowName = low?.fields.find((field) => field.type === FieldType.number)?.config.displayNameFromDS;
        return {
          ...edge,
          fields: edge.fields.map((field) =>
            field.type !== FieldType.number
              ? field
              : {
                  ...field,
                  config: {
                    ...field.config,
                    color: { mode: 'fixed', fixedColor: 'text' },
                    custom: {
                      ...field.config.custom,
                      lineWidth: 0,
                      fillOpacity: lowName ? 15 : 0,
                      hideFrom: { legend: true, tooltip: false, viz: false },
                      ...(lowName ? { fillBelowTo: lowName } : {}),
                    },
                  },
                }
          ),
        };
      });
    })
  );
