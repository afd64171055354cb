import React from 'react';
import {
  type DataFrame,
  dateTimeFormat,
  type Field,
  FieldType,
  formattedValueToString,
  getFieldDisplayName,
  outerJoinDataFrames,
  type PanelProps,
} from '@grafana/data';
import type { PanelBuilders } from '@grafana/scenes';
import { measureText, useTheme2 } from '@grafana/ui';
import { NoData, type OptionsOf, standInPlugin } from './standIn';

type HeatmapOptions = OptionsOf<typeof PanelBuilders.heatmap>;

// d3's Oranges scheme, Grafana's default heatmap colours, light to dark; Grafana runs it dark to light on dark themes.
const ORANGES = ['#fff5eb', '#fee6ce', '#fdd0a2', '#fdae6b', '#fd8d3c', '#f16913', '#d94801', '#a63603', '#7f2704'];
const FONT_SIZE = 12;
const X_AXIS_HEIGHT = 20;
const LEGEND_HEIGHT = 22;

function oranges(t: number): string {
  const at = Math.min(Math.max(t, 0), 1) * (ORANGES.length - 1);
  const i = Math.min(Math.floor(at), ORANGES.length - 2);
  const [from, to] = [ORANGES[i], ORANGES[i + 1]].map((hex) => [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16)));
  return `rgb(${from.map((c, k) => Math.round(c + (to[k] - c) * (at - i))).join(',')})`;
}

/** The heatmap-rows frame: time first, then one number field per bucket, lowest bucket first (frames per bucket are joined). */
function rowsFrame(series: DataFrame[]): { time?: Field; buckets: Field[]; frame?: DataFrame } {
  const frame = series.length > 1 ? outerJoinDataFrames({ frames: series }) : series[0];
  const time = frame?.fields.find((field) => field.type === FieldType.time);
  return { frame, time, buckets: frame?.fields.filter((field) => field.type === FieldType.number) ?? [] };
}

/**
 * A plain SVG heatmap of pre-bucketed rows (the plugin's `calculate: false`): one cell per time step and bucket, coloured
 * on Grafana's scale (Oranges, exponent, cells at or under `filterValues.le` left empty), bucket names on the y axis,
 * the panel's time range on the x axis and a colour legend. None of Grafana's other heatmap options apply.
 */
function HeatmapStandIn({
  data,
  options,
  fieldConfig,
  timeRange,
  timeZone,
  width,
  height,
}: PanelProps<HeatmapOptions>) {
  const theme = useTheme2();
  const { frame, time, buckets } = rowsFrame(data.series);
  if (!frame || !time || buckets.length === 0) {
    return <NoData data={data} fieldConfig={fieldConfig} needsTimeField={true} needsNumberField={true} />;
  }
  const labels = buckets.map((field) => getFieldDisplayName(field, frame, data.series));
  const axisWidth = Math.max(...labels.map((label) => measureText(label, FONT_SIZE).width)) + 8;
  const legendHeight = options.legend?.show === false ? 0 : LEGEND_HEIGHT;
  const plot = { width: Math.max(width - axisWidth, 0), height: Math.max(height - X_AXIS_HEIGHT - legendHeight, 0) };
  const [from, to] = [timeRange.from.valueOf(), timeRange.to.valueOf()];
  const x = (t: number) => axisWidth + ((t - from) / (to - from)) * plot.width;
  const rowHeight = plot.height / buckets.length;

  const hideAtOrBelow = options.filterValues?.le ?? 1e-9;
  const shown = buckets.flatMap((field) =>
    field.values.filter((v): v is number => typeof v === 'number' && v > hideAtOrBelow)
  );
  const [min, max] = [Math.min(...shown), Math.max(...shown)];
  const exponent = options.color?.exponent ?? 0.5;
  const reverse = Boolean(options.color?.reverse) !== theme.isDark;
  const colour = (t: number) => oranges(reverse ? 1 - t : t);
  const scale = (v: number) => (max > min ? ((v - min) / (max - min)) ** exponent : 1);
  const gap = options.cellGap ?? 1;
  const times = time.values as number[];
  const step = times.length > 1 ? times[1] - times[0] : to - from;

  const labelEvery = Math.ceil(FONT_SIZE / Math.max(rowHeight, 1));
  const ticks = Math.max(2, Math.floor(plot.width / 120));
  const format = to - from > 86_400_000 ? 'MM/DD HH:mm' : 'HH:mm';
  const display = buckets[0].display;
  const legendText = (v: number) => (display ? formattedValueToString(display(v)) : String(v));
  const text = { fill: theme.colors.text.secondary, fontSize: FONT_SIZE };

  return (
    <svg width={width} height={height} role="img" aria-label="heatmap">
      {buckets.map((field, row) =>
        times.map((t, i) => {
          const v = field.values[i];
          if (typeof v !== 'number' || v <= hideAtOrBelow) {
            return null;
          }
          const [left, right] = [x(t), x(times[i + 1] ?? t + step)];
          const top = plot.height - (row + 1) * rowHeight;
          const size = { width: Math.max(right - left - gap, 1), height: Math.max(rowHeight - gap, 1) };
          return <rect key={`${row}-${i}`} x={left} y={top} {...size} fill={colour(scale(v))} />;
        })
      )}
      {labels.map((label, row) =>
        row % labelEvery === 0 ? (
          <text
            key={label}
            x={axisWidth - 4}
            y={plot.height - (row + 0.5) * rowHeight}
            textAnchor="end"
            dominantBaseline="middle"
            {...text}
          >
            {label}
          </text>
        ) : null
      )}
      {Array.from({ length: ticks }, (_, i) => from + ((i + 0.5) / ticks) * (to - from)).map((t) => (
        <text key={t} x={x(t)} y={plot.height + X_AXIS_HEIGHT - 5} textAnchor="middle" {...text}>
          {dateTimeFormat(t, { format, timeZone })}
        </text>
      ))}
      {legendHeight > 0 && shown.length > 0 && (
        <g transform={`translate(${axisWidth}, ${height - legendHeight + 4})`}>
          <defs>
            <linearGradient id="stand-in-heatmap-scale">
              {ORANGES.map((_, i) => (
                <stop key={i} offset={i / (ORANGES.length - 1)} stopColor={colour(i / (ORANGES.length - 1))} />
              ))}
            </linearGradient>
          </defs>
          <text x={0} y={10} {...text}>
            {legendText(min)}
          </text>
          <rect x={60} y={2} width={Math.max(plot.width - 120, 0)} height={8} fill="url(#stand-in-heatmap-scale)" />
          <text x={plot.width} y={10} textAnchor="end" {...text}>
            {legendText(max)}
          </text>
        </g>
      )}
    </svg>
  );
}

export const heatmap = standInPlugin('heatmap', HeatmapStandIn, {
  name: 'Heatmap',
  // Grafana's heatmap defaults for what this stand-in reads.
  options: {
    calculate: false,
    cellGap: 1,
    color: { scheme: 'Oranges', fill: 'dark-orange', reverse: false, exponent: 0.5, steps: 64 },
    filterValues: { le: 1e-9 },
    legend: { show: true },
  },
});
