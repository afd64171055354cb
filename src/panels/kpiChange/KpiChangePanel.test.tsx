import { screen } from '@testing-library/react';
import { FieldType, LoadingState, type PanelData, toDataFrame } from '@grafana/data';
import { renderPanel } from '../../testing/panelTesting';
import { KpiChangePanel } from './KpiChangePanel';
import { DEFAULT_KPI_CHANGE_OPTIONS, type KpiChangeOptions } from './types';

function frame(refId: string, value: number | string, unit = 'currencyPLN', timeShift = false) {
  return toDataFrame({
    refId,
    meta: timeShift ? { timeCompare: { diffMs: -604800000, isTimeShiftQuery: true } } : undefined,
    fields: [
      { name: 'Time', type: FieldType.time, values: [0] },
      {
        name: 'Value',
        type: typeof value === 'number' ? FieldType.number : FieldType.string,
        values: [value],
        config: { unit },
      },
    ],
  });
}

function show(data: Partial<PanelData>, options: Partial<KpiChangeOptions> = {}) {
  return renderPanel(KpiChangePanel, data, { ...DEFAULT_KPI_CHANGE_OPTIONS, ...options });
}

describe('the KPI with change panel', () => {
  it('shows the first query’s figure in its unit and the change against the second, green when a rise is good', () => {
    show({ series: [frame('A', 12500), frame('B', 10000)] });
    expect(screen.getByText('PLN 12,500')).toBeInTheDocument();
    expect(screen.getByText(/\+25% vs last week/)).toBeInTheDocument();
  });

  it('colours the same rise as bad news when a fall is what the user wants', () => {
    const good = show({ series: [frame('A', 12500), frame('B', 10000)] });
    const goodClass = screen.getByText(/\+25%/).className;
    good.unmount();
    show({ series: [frame('A', 12500), frame('B', 10000)] }, { better: 'down' });
    expect(screen.getByText(/\+25%/).className).not.toBe(goodClass);
  });

  it('compares with the time-shifted copy when the panel compares time ranges, before any second query', () => {
    show({ series: [frame('A', 90), frame('B', 10), frame('A', 100, 'currencyPLN', true)] });
    expect(screen.getByText(/−10%|-10%/)).toBeInTheDocument();
  });

  it('compares with the query the options name, in the words the options give', () => {
    show(
      { series: [frame('A', 200, 'short'), frame('B', 10, 'short'), frame('C', 100, 'short')] },
      {
        comparisonRefId: 'C',
        comparisonLabel: 'vs yesterday',
      }
    );
    expect(screen.getByText(/\+100% vs yesterday/)).toBeInTheDocument();
  });

  it('says when there is nothing to compare with, and when there is no data', () => {
    const single = show({ series: [frame('A', 5, 'short')] });
    expect(screen.getByText('Nothing to compare with')).toBeInTheDocument();
    single.unmount();
    show({ series: [] });
    expect(screen.getByText('No data in this time range')).toBeInTheDocument();
  });

  it('says what it needs when the data holds no number, and what failed when the query did', () => {
    const text = show({ series: [frame('A', 'not a number')] });
    expect(screen.getByText(/This panel shows one number and its change/)).toBeInTheDocument();
    text.unmount();
    show({ state: LoadingState.Error, errors: [{ message: 'bad_data: parse error' }] });
    expect(screen.getByText('The data source refused the query (bad_data: parse error)')).toBeInTheDocument();
  });
});
