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
import { BarGaugeDisplayMode, BarGaugeNamePlacement, BarGaugeSizing, BarGaugeValueMode } from '@grafana/schema';
import { BarGauge, useTheme2, VizRepeater, type VizRepeaterRenderValueProps } from '@grafana/ui';
import { type OptionsOf, standInPlugin } from './standIn';

type BarGaugeOptions = OptionsOf<typeof PanelBuilders.bargauge>;

// Grafana's automatic bar sizes; with manual sizing the panel's own options apply, as in Grafana's bar gauge.
const AUTO_SIZE = { minVizWidth: 8, minVizHeight: 16, maxVizHeight: 300 };
const sizesOf = (options: BarGaugeOptions) =>
  options.sizing === BarGaugeSizing.Manual
    ? { minVizWidth: options.minVizWidth, minVizHeight: options.minVizHeight, maxVizHeight: options.maxVizHeight }
    : AUTO_SIZE;

/** Grafana's BarGaugePanel, less legend and data-link menus: one BarGauge per value, laid out by VizRepeater. */
function BarGaugeStandIn(props: PanelProps<BarGaugeOptions>) {
  const { data, options, fieldConfig, timeZone, width, height, replaceVariables, renderCounter } = props;
  const theme = useTheme2();
  const itemSpacing = options.displayMode === BarGaugeDisplayMode.Lcd ? 2 : 10;

  const getValues = useCallback(
    () =>
      getFieldDisplayValues({
        fieldConfig,
        reduceOptions: options.reduceOptions,
        replaceVariables,
        theme,
        data: data.series,
        timeZone,
      }),
    [data, fieldConfig, options, replaceVariables, theme, timeZone]
  );

  const renderValue = (valueProps: VizRepeaterRenderValueProps<FieldDisplay, DisplayValueAlignmentFactors>) => {
    const { value, alignmentFactors, orientation, width, height, count } = valueProps;
    const { field, display, view, colIndex } = value;
    // As Grafana: a lone bar carries no name unless the panel sets a display name.
    const shown = count === 1 && !fieldConfig.defaults.displayName ? { ...display, title: undefined } : display;
    return (
      <BarGauge
        value={shown}
        width={width}
        height={height}
        orientation={orientation}
        field={field}
        text={options.text}
        display={view && colIndex !== undefined ? view.getFieldDisplayProcessor(colIndex) : undefined}
        theme={theme}
        itemSpacing={itemSpacing}
        displayMode={options.displayMode}
        alignmentFactors={count > 1 ? alignmentFactors : undefined}
        showUnfilled={options.showUnfilled}
        valueDisplayMode={options.valueMode}
        namePlacement={options.namePlacement}
        isOverflow={(height + itemSpacing) * count - itemSpacing > props.height}
      />
    );
  };

  // Rows that need more height than the panel has scroll, as in Grafana.
  return (
    <div style={{ height, overflowY: 'auto' }}>
      <VizRepeater
        source={data}
        getAlignmentFactors={getDisplayValueAlignmentFactors}
        getValues={getValues}
        renderValue={renderValue}
        renderCounter={renderCounter}
        width={width}
        height={height}
        {...sizesOf(options)}
        itemSpacing={itemSpacing}
        orientation={options.orientation}
      />
    </div>
  );
}

export const bargauge = standInPlugin('bargauge', BarGaugeStandIn, {
  name: 'Bar gauge',
  // Grafana's bar gauge defaults (panelcfg and the shared reduce options).
  options: {
    reduceOptions: { values: false, calcs: [ReducerID.lastNotNull], fields: '' },
    orientation: VizOrientation.Auto,
    displayMode: BarGaugeDisplayMode.Gradient,
    valueMode: BarGaugeValueMode.Color,
    namePlacement: BarGaugeNamePlacement.Auto,
    showUnfilled: true,
    sizing: BarGaugeSizing.Auto,
    ...AUTO_SIZE,
  },
});
