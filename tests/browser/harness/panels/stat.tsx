import React, { useCallback } from 'react';
import {
  type DisplayValueAlignmentFactors,
  type FieldDisplay,
  getDisplayValueAlignmentFactors,
  getFieldDisplayValues,
  type PanelProps,
  ReducerID,
  VizOrientation,
} from '@grafana/data';
import type { PanelBuilders } from '@grafana/scenes';
import {
  BigValueColorMode,
  BigValueGraphMode,
  BigValueJustifyMode,
  BigValueTextMode,
  PercentChangeColorMode,
} from '@grafana/schema';
import { BigValue, useTheme2, VizRepeater, type VizRepeaterRenderValueProps } from '@grafana/ui';
import { type OptionsOf, standInPlugin } from './standIn';

type StatOptions = OptionsOf<typeof PanelBuilders.stat>;

/** Grafana's StatPanel, less data-link menus: one BigValue per value the reduce options give, laid out by VizRepeater. */
function StatStandIn(props: PanelProps<StatOptions>) {
  const { data, options, fieldConfig, title, timeRange, timeZone, width, height, replaceVariables, renderCounter } =
    props;
  const theme = useTheme2();
  // As Grafana: a panel without a title, or with a display name, names its value.
  const named = options.textMode === BigValueTextMode.Auto && (fieldConfig.defaults.displayName || !title);
  const textMode = named ? BigValueTextMode.ValueAndName : options.textMode;

  const getValues = useCallback(
    () =>
      getFieldDisplayValues({
        fieldConfig,
        reduceOptions: options.reduceOptions,
        replaceVariables,
        theme,
        data: data.series,
        sparkline: options.graphMode !== BigValueGraphMode.None,
        percentChange: options.showPercentChange,
        timeZone,
      }),
    [data, fieldConfig, options, replaceVariables, theme, timeZone]
  );

  const renderValue = ({
    value,
    alignmentFactors,
    width,
    height,
    count,
  }: VizRepeaterRenderValueProps<FieldDisplay, DisplayValueAlignmentFactors>) => (
    <BigValue
      value={value.display}
      count={count}
      sparkline={value.sparkline && { ...value.sparkline, timeRange }}
      colorMode={options.colorMode}
      graphMode={options.graphMode}
      justifyMode={options.justifyMode}
      textMode={textMode}
      alignmentFactors={alignmentFactors}
      text={options.text}
      width={width}
      height={height}
      theme={theme}
      disableWideLayout={!options.wideLayout}
      percentChangeColorMode={options.percentChangeColorMode}
    />
  );

  return (
    <VizRepeater
      getValues={getValues}
      getAlignmentFactors={getDisplayValueAlignmentFactors}
      renderValue={renderValue}
      width={width}
      height={height}
      source={data}
      itemSpacing={3}
      renderCounter={renderCounter}
      autoGrid={true}
      orientation={options.orientation}
    />
  );
}

export const stat = standInPlugin('stat', StatStandIn, {
  name: 'Stat',
  // Grafana's stat defaults (panelcfg and the shared reduce options).
  options: {
    reduceOptions: { values: false, calcs: [ReducerID.lastNotNull], fields: '' },
    orientation: VizOrientation.Auto,
    textMode: BigValueTextMode.Auto,
    colorMode: BigValueColorMode.Value,
    graphMode: BigValueGraphMode.Area,
    justifyMode: BigValueJustifyMode.Auto,
    wideLayout: true,
    showPercentChange: false,
    percentChangeColorMode: PercentChangeColorMode.Standard,
  },
});
