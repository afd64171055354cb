import { LoadingState, type PanelData, getDefaultTimeRange, toDataFrame } from '@grafana/data';
import { shareOf } from './QueryShare';

const frame = (refId: string) => toDataFrame({ refId, fields: [{ name: 'Value', values: [1] }] });

function request(state: LoadingState, errors?: PanelData['errors']): PanelData {
  return {
    state,
    series: [
      frame('complianceRange'),
      frame('complianceRange-compare'),
      frame('revenue/now'),
      frame('revenue/weekAgo'),
      frame('revenue_per_order/now'),
    ],
    errors,
    timeRange: getDefaultTimeRange(),
  };
}

describe('a panel’s share of a request several panels share', () => {
  it('keeps its own query and its time comparison, or its group’s queries under their own names', () => {
    expect(shareOf(request(LoadingState.Done), 'complianceRange').series.map((f) => f.refId)).toEqual([
      'complianceRange',
      'complianceRange-compare',
    ]);
    // `revenue_per_order` is another group, though its name starts the same.
    expect(shareOf(request(LoadingState.Done), 'revenue').series.map((f) => f.refId)).toEqual(['now', 'weekAgo']);
  });

  it('fails only the panel whose query failed', () => {
    const data = request(LoadingState.Error, [{ refId: 'revenue/weekAgo', message: 'bad_data: parse error' }]);
    const mine = shareOf(data, 'revenue');
    expect(mine.state).toBe(LoadingState.Error);
    expect(mine.errors).toEqual([{ refId: 'weekAgo', message: 'bad_data: parse error' }]);
    const neighbour = shareOf(data, 'complianceRange');
    expect(neighbour.state).toBe(LoadingState.Done);
    expect(neighbour.errors).toBeUndefined();
  });

  it('fails every panel when the whole request failed', () => {
    const data = request(LoadingState.Error, [{ message: 'The data source did not answer (502 Bad Gateway)' }]);
    for (const share of ['revenue', 'complianceRange']) {
      expect(shareOf(data, share).state).toBe(LoadingState.Error);
      expect(shareOf(data, share).errors).toHaveLength(1);
    }
  });
});
