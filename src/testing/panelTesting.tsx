import React, { type ComponentType } from 'react';
import { render } from '@testing-library/react';
import { LoadingState, type PanelData, type PanelProps, getDefaultTimeRange } from '@grafana/data';

/** Renders a panel plugin's component as Grafana does, with `data` (done, unless it says otherwise) and `options`. */
export function renderPanel<T>(
  Panel: ComponentType<PanelProps<T>>,
  data: Partial<PanelData>,
  options: T,
  props: Partial<PanelProps<T>> = {}
) {
  const panelData = { state: LoadingState.Done, series: [], timeRange: getDefaultTimeRange(), ...data } as PanelData;
  const all = { data: panelData, options, width: 600, height: 300, ...props } as unknown as PanelProps<T>;
  return render(<Panel {...all} />);
}
