import { render } from '@testing-library/react';
import React from 'react';
import {
  applyFieldOverrides,
  createTheme,
  type DataFrame,
  EventBusSrv,
  type FieldConfigSource,
  FieldType,
  getDefaultTimeRange,
  getPanelOptionsWithDefaults,
  LoadingState,
  type PanelPlugin,
  toDataFrame,
} from '@grafana/data';
import { registerStandardFieldConfigs, standInPanels } from '.';

// Before any plugin reads its field-config registry, as the harness does at start-up.
registerStandardFieldConfigs();

// jsdom draws nothing; BigValue and the table only need text widths from the canvas.
beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => ({
    measureText: (text: string) => ({ width: text.length * 8 }),
  })) as never;
});

/** Renders a stand-in as Scenes' VizPanel would: options and field config with the plugin's defaults, overrides applied. */
function renderPanel(plugin: PanelPlugin, frames: DataFrame[], fieldConfig: FieldConfigSource, options = {}) {
  const withDefaults = getPanelOptionsWithDefaults({
    plugin,
    currentOptions: options,
    currentFieldConfig: fieldConfig,
    isAfterPluginChange: false,
  });
  const series = applyFieldOverrides({
    data: frames,
    fieldConfig: withDefaults.fieldConfig,
    fieldConfigRegistry: plugin.fieldConfigRegistry,
    replaceVariables: (value) => value,
    theme: createTheme(),
  });
  const timeRange = getDefaultTimeRange();
  const Panel = plugin.panel!;
  return render(
    <Panel
      id={1}
      title="A panel"
      data={{ state: LoadingState.Done, series, timeRange }}
      timeRange={timeRange}
      timeZone="utc"
      options={withDefaults.options}
      fieldConfig={withDefaults.fieldConfig}
      transparent={false}
      width={400}
      height={200}
      renderCounter={0}
      replaceVariables={(value) => value}
      onOptionsChange={() => undefined}
      onFieldConfigChange={() => undefined}
      onChangeTimeRange={() => undefined}
      eventBus={new EventBusSrv()}
    />
  );
}

const value = (v: number) =>
  toDataFrame({ refId: 'A', fields: [{ name: 'Value', type: FieldType.number, values: [v] }] });

describe('stand-in panels', () => {
  it('stat: formats the reduced value with its unit, under the corner label', () => {
    const { getByTestId, container } = renderPanel(standInPanels.stat, [value(0.9876)], {
      defaults: { unit: 'percentunit', decimals: 1 },
      overrides: [],
    });
    expect(container.textContent).toContain('98.8%');
    expect(getByTestId('stand-in-stat').textContent).toBe("stand-in for Grafana's stat panel");
  });

  it('stat: says the field config noValue when there is no data', () => {
    const { container } = renderPanel(standInPanels.stat, [], { defaults: { noValue: 'none yet' }, overrides: [] });
    expect(container.textContent).toContain('none yet');
  });

  it('table: shows display names and units from overrides, and says how many frames there are', () => {
    const partners = toDataFrame({
      name: 'partners',
      fields: [
        { name: 'partner', type: FieldType.string, values: ['acme'] },
        { name: 'revenue', type: FieldType.number, values: [1234.4] },
      ],
    });
    const { getByTestId, container } = renderPanel(standInPanels.table, [partners, value(1)], {
      defaults: {},
      overrides: [
        {
          matcher: { id: 'byName', options: 'revenue' },
          properties: [
            { id: 'displayName', value: 'Revenue' },
            { id: 'unit', value: 'percent' },
            { id: 'decimals', value: 0 },
          ],
        },
      ],
    });
    expect(container.textContent).toContain('Revenue');
    expect(container.textContent).toContain('1234%');
    expect(getByTestId('stand-in-table-frames').textContent).toBe('partners (1 of 2 frames)');
    expect(getByTestId('stand-in-table')).toBeTruthy();
  });

  it('table: says "No data" without frames', () => {
    const { getByTestId } = renderPanel(standInPanels.table, [], { defaults: {}, overrides: [] });
    expect(getByTestId('data-testid Panel data error message').textContent).toBe('No data');
  });
});
