import { css } from '@emotion/css';
import React from 'react';
import { getFrameDisplayName, type GrafanaTheme2, type PanelProps } from '@grafana/data';
import type { PanelBuilders } from '@grafana/scenes';
import { TableCellDisplayMode, TableCellHeight } from '@grafana/schema';
import { Table, useStyles2 } from '@grafana/ui';
import { NoData, type OptionsOf, standInPlugin } from './standIn';

type TableOptions = OptionsOf<typeof PanelBuilders.table>;

// Where Grafana puts its frame selector when there are several frames; here a line naming the frame shown.
const FRAMES_LINE_HEIGHT = 24;

/**
 * Grafana's TablePanel on @grafana/ui's Table. The frames arrive transformed by Scenes and with the field config
 * applied by VizPanel (units, display names, links, custom.width, cellOptions), so they go to the table as they are.
 */
function TableStandIn({
  data,
  options,
  fieldConfig,
  timeRange,
  width,
  height,
  replaceVariables,
}: PanelProps<TableOptions>) {
  const styles = useStyles2(getStyles);
  const frames = data.series;
  if (!frames.some((frame) => frame.fields.length > 0)) {
    return <NoData data={data} fieldConfig={fieldConfig} />;
  }
  const index = options.frameIndex > 0 && options.frameIndex < frames.length ? options.frameIndex : 0;
  const several = frames.length > 1;
  const table = (
    <Table
      data={frames[index]}
      width={width}
      height={several ? height - FRAMES_LINE_HEIGHT : height}
      noHeader={!options.showHeader}
      showTypeIcons={options.showTypeIcons}
      resizable={true}
      initialSortBy={options.sortBy}
      cellHeight={options.cellHeight}
      enablePagination={options.enablePagination}
      timeRange={timeRange}
      fieldConfig={fieldConfig}
      replaceVariables={replaceVariables}
    />
  );
  if (!several) {
    return table;
  }
  return (
    <div>
      {table}
      <div className={styles.frames} data-testid="stand-in-table-frames">
        {`${getFrameDisplayName(frames[index], index)} (${index + 1} of ${frames.length} frames)`}
      </div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  frames: css({
    height: FRAMES_LINE_HEIGHT,
    lineHeight: `${FRAMES_LINE_HEIGHT}px`,
    padding: theme.spacing(0, 1),
    color: theme.colors.text.secondary,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
});

export const table = standInPlugin('table', TableStandIn, {
  name: 'Table',
  options: { showHeader: true, cellHeight: TableCellHeight.Sm, frameIndex: 0, showTypeIcons: false },
  // Grafana's table field options; the ones without a default are registered so that overrides of them survive.
  custom: {
    align: 'auto',
    cellOptions: { type: TableCellDisplayMode.Auto },
    inspect: false,
    width: undefined,
    minWidth: undefined,
    filterable: undefined,
    hidden: undefined,
  },
});
