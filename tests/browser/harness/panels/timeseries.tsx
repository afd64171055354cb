import React, { useMemo } from 'react';
import {
  alignTimeRangeCompareData,
  type DataFrame,
  type Field,
  FieldColorModeId,
  FieldConfigProperty,
  FieldType,
  getDisplayProcessor,
  type GrafanaTheme2,
  type PanelProps,
  shouldAlignTimeCompare,
  type TimeRange,
} from '@grafana/data';
import type { PanelBuilders } from '@grafana/scenes';
import {
  AxisColorMode,
  AxisPlacement,
  BarAlignment,
  GraphDrawStyle,
  GraphGradientMode,
  GraphThresholdsStyleMode,
  LegendDisplayMode,
  LineInterpolation,
  ScaleDistribution,
  StackingMode,
  VisibilityMode,
} from '@grafana/schema';
import { TimeSeries, useTheme2 } from '@grafana/ui';
import { NoData, type OptionsOf, standInPlugin } from './standIn';

type TimeSeriesOptions = OptionsOf<typeof PanelBuilders.timeseries>;

const isGraphable = (frame: DataFrame) =>
  frame.fields.some((field) => field.type === FieldType.time) &&
  frame.fields.some((field) => field.type === FieldType.number);
const isComparison = (frame: DataFrame) => Boolean(frame.meta?.timeCompare?.isTimeShiftQuery);
// A series and its time-shifted comparison share the query (refId less "-compare"), name and labels.
const seriesKey = (frame: DataFrame, field: Field) =>
  [
    frame.refId?.replace(/-compare$/, ''),
    field.config.displayNameFromDS ?? field.name,
    JSON.stringify(field.labels ?? {}),
  ].join('\0');

/**
 * What Grafana's TimeSeriesPanel does before drawing: keep the frames with a time and a number field, shift the
 * comparison frames of SceneTimeRangeCompare onto the current range (Scenes only tags them), dashed, and give each
 * comparison the colour of the series it compares with.
 */
function prepareFrames(series: DataFrame[], timeRange: TimeRange, theme: GrafanaTheme2): DataFrame[] {
  // Copies: the alignment replaces values and config, which must not reach the VizPanel's cached frames.
  const frames = series
    .filter(isGraphable)
    .map((frame) => ({ ...frame, fields: frame.fields.map((field) => ({ ...field })) }));
  const seriesIndex = new Map<string, number | undefined>();
  for (const frame of frames.filter((frame) => !isComparison(frame))) {
    frame.fields.forEach((field) => seriesIndex.set(seriesKey(frame, field), field.state?.seriesIndex));
  }
  for (const frame of frames.filter(isComparison)) {
    const diffMs = frame.meta?.timeCompare?.diffMs ?? 0;
    if (diffMs !== 0 && shouldAlignTimeCompare(frame, frames, timeRange)) {
      alignTimeRangeCompareData(frame, diffMs, theme);
    }
    for (const field of frame.fields) {
      const index = seriesIndex.get(seriesKey(frame, field));
      if (field.type === FieldType.number && index !== undefined) {
        field.state = { ...field.state, seriesIndex: index };
        field.display = getDisplayProcessor({ field, theme });
      }
    }
  }
  return frames;
}

/** Grafana's time series on @grafana/ui's TimeSeries (the same uPlot engine), with its legend; no tooltip or zoom. */
function TimeSeriesStandIn(props: PanelProps<TimeSeriesOptions>) {
  const { data, timeRange, timeZone, width, height, options, fieldConfig } = props;
  const theme = useTheme2();
  const frames = useMemo(() => prepareFrames(data.series, timeRange, theme), [data.series, timeRange, theme]);
  if (!frames.length) {
    return <NoData data={data} fieldConfig={fieldConfig} needsTimeField={true} needsNumberField={true} />;
  }
  return (
    <TimeSeries
      frames={frames}
      structureRev={data.structureRev}
      timeRange={timeRange}
      timeZone={timeZone}
      width={width}
      height={height}
      legend={options.legend}
      options={options}
    />
  );
}

export const timeseries = standInPlugin('timeseries', TimeSeriesStandIn, {
  name: 'Time series',
  options: {
    legend: { showLegend: true, displayMode: LegendDisplayMode.List, placement: 'bottom', calcs: [] },
  },
  // As Grafana's time series: series take palette colours, whatever thresholds say.
  standardOptions: {
    [FieldConfigProperty.Color]: {
      defaultValue: { mode: FieldColorModeId.PaletteClassic },
      settings: { byValueSupport: true, bySeriesSupport: true, preferThresholdsMode: false },
    },
  },
  // Grafana's graph field options and their defaults (timeseries/config.ts); the ones without a default are
  // registered so that the settings and overrides the TimeSeries component reads survive.
  custom: {
    drawStyle: GraphDrawStyle.Line,
    lineInterpolation: LineInterpolation.Linear,
    barAlignment: BarAlignment.Center,
    barWidthFactor: 0.6,
    lineWidth: 1,
    fillOpacity: 0,
    gradientMode: GraphGradientMode.None,
    spanNulls: false,
    insertNulls: false,
    showPoints: VisibilityMode.Auto,
    showValues: false,
    pointSize: 5,
    stacking: { mode: StackingMode.None, group: 'A' },
    axisPlacement: AxisPlacement.Auto,
    axisLabel: '',
    axisColorMode: AxisColorMode.Text,
    axisBorderShow: false,
    axisCenteredZero: false,
    axisGridShow: true,
    scaleDistribution: { type: ScaleDistribution.Linear },
    hideFrom: { legend: false, tooltip: false, viz: false },
    thresholdsStyle: { mode: GraphThresholdsStyleMode.Off },
    lineStyle: undefined,
    fillBelowTo: undefined,
    transform: undefined,
    axisSoftMin: undefined,
    axisSoftMax: undefined,
    axisWidth: undefined,
  },
});
