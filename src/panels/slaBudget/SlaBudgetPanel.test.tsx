import { screen, within } from '@testing-library/react';
import { FieldType, LoadingState, type PanelData, toDataFrame } from '@grafana/data';
import { slaRecord } from '../../catalog/slo';
import { renderPanel } from '../../testing/panelTesting';
import { SlaBudgetPanel } from './SlaBudgetPanel';
import { DEFAULT_SLA_BUDGET_OPTIONS, type SlaBudgetOptions } from './types';

const record = (name: string, tenant: string, value: number, deployment = 'dep-b') =>
  toDataFrame({
    refId: 'A',
    fields: [
      { name: 'Time', type: FieldType.time, values: [0] },
      { name: 'Value', type: FieldType.number, values: [value], labels: { __name__: name, tenant, deployment } },
    ],
  });

/** sportowo burns fast on dep-b: 97.7% good over 30 days, 54% of the budget left, gone in three days. */
const SPORTOWO = [
  record(slaRecord.errorRatio('30d'), 'sportowo', 0.023),
  record(slaRecord.budgetRemaining, 'sportowo', 0.54),
  record(slaRecord.budgetExhaustedIn, 'sportowo', 3 * 86400),
  record(slaRecord.burnRate('1h'), 'sportowo', 16),
  record(slaRecord.burnRate('5m'), 'sportowo', 20),
  record(slaRecord.burnRate('6h'), 'sportowo', 2),
];

function show(data: Partial<PanelData>, options: Partial<SlaBudgetOptions> = {}) {
  return renderPanel(SlaBudgetPanel, data, { ...DEFAULT_SLA_BUDGET_OPTIONS, ...options });
}

describe('the SLA budget panel', () => {
  it('shows each partner’s compliance against the target, budget left, time left and the firing alert pair', () => {
    show({ series: [...SPORTOWO, record(slaRecord.errorRatio('30d'), 'kwiatex', 0.01, 'dep-a')] });
    const sportowo = screen.getByRole('region', { name: 'sportowo' });
    expect(sportowo).toHaveTextContent('97.7%');
    expect(sportowo).toHaveTextContent('target 95%');
    expect(sportowo).toHaveTextContent('54%');
    expect(sportowo).toHaveTextContent('3.0 days');
    const fastPair = within(sportowo).getByText('1h / 5m').closest('tr')!;
    expect(fastPair).toHaveTextContent('yes');
    expect(within(sportowo).getByText('6h / 30m').closest('tr')).toHaveTextContent('no');
    expect(screen.getByRole('region', { name: 'kwiatex' })).toHaveTextContent('99%');
  });

  it('judges by the target the options give', () => {
    show({ series: SPORTOWO }, { target: 0.99 });
    expect(screen.getByRole('region', { name: 'sportowo' })).toHaveTextContent('target 99%');
  });

  it('takes the worst deployment of a partner on several', () => {
    show({
      series: [
        record(slaRecord.budgetRemaining, 'techmania', 0.8, 'dep-a'),
        record(slaRecord.budgetRemaining, 'techmania', 0.1, 'dep-c'),
      ],
    });
    expect(screen.getByRole('region', { name: 'techmania' })).toHaveTextContent('10%');
  });

  it('says what it reads when the data holds no SLA records, and when there is no data or an error', () => {
    const other = show({ series: [record('up', 'sportowo', 1)] });
    expect(screen.getByText(/reads the SLA series ShopPulse’s rules record/)).toBeInTheDocument();
    other.unmount();
    const empty = show({ series: [] });
    expect(screen.getByText('No data in this time range')).toBeInTheDocument();
    empty.unmount();
    show({ state: LoadingState.Error, errors: [{ message: 'timeout: query timed out in query execution' }] });
    expect(
      screen.getByText('The data source did not answer (timeout: query timed out in query execution)')
    ).toBeInTheDocument();
  });
});
