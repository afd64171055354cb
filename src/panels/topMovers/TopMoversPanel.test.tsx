import { fireEvent, screen, within } from '@testing-library/react';
import { FieldType, LoadingState, type PanelData, toDataFrame } from '@grafana/data';
import { locationService, setTemplateSrv } from '@grafana/runtime';
import { renderPanel } from '../../testing/panelTesting';
import { TopMoversPanel } from './TopMoversPanel';
import { DEFAULT_TOP_MOVERS_OPTIONS, type TopMoversOptions } from './types';

const series = (refId: string, labels: Record<string, string>, value: number) =>
  toDataFrame({
    refId,
    fields: [
      { name: 'Time', type: FieldType.time, values: [0] },
      { name: 'Value', type: FieldType.number, values: [value], labels },
    ],
  });

/** Search errors on dep-b went from 0.2% to 8%; cart errors stayed at 0.2%. */
const ERRORS = [
  series('A', { deployment: 'dep-b', route: '/api/search' }, 0.08),
  series('B', { deployment: 'dep-b', route: '/api/search' }, 0.002),
  series('C', { deployment: 'dep-b', route: '/api/search' }, 0.002),
  series('A', { deployment: 'dep-b', route: '/api/cart' }, 0.002),
  series('B', { deployment: 'dep-b', route: '/api/cart' }, 0.002),
];

function show(data: Partial<PanelData>, options: Partial<TopMoversOptions> = {}) {
  return renderPanel(
    TopMoversPanel,
    data,
    { ...DEFAULT_TOP_MOVERS_OPTIONS, ...options },
    {
      fieldConfig: { defaults: { unit: 'percentunit' }, overrides: [] },
    }
  );
}

describe('the Top movers panel', () => {
  beforeEach(() => {
    setTemplateSrv({ getVariables: () => [{ name: 'deployment' }, { name: 'partner' }] } as never);
    locationService.push('/d/shop?var-deployment=All');
  });

  it('ranks places worst first, in the panel’s unit, against the baseline and the usual value', () => {
    show({ series: ERRORS });
    const rows = screen.getAllByRole('row').slice(1);
    expect(within(rows[0]).getByRole('button')).toHaveTextContent('dep-b · /api/search');
    expect(rows[0]).toHaveTextContent('8%');
    expect(rows[0]).toHaveTextContent('moved');
    expect(rows[1]).toHaveTextContent('dep-b · /api/cart');
    expect(rows[1]).not.toHaveTextContent('moved');
  });

  it('sets the dashboard variables its labels map to when a row is clicked, and only those the dashboard has', () => {
    show({ series: ERRORS });
    fireEvent.click(screen.getByRole('button', { name: 'Narrow to dep-b · /api/search' }));
    expect(locationService.getSearchObject()).toMatchObject({ 'var-deployment': 'dep-b' });
    expect(locationService.getSearchObject()).not.toHaveProperty('var-route');
  });

  it('judges a fall as trouble when told, so a rise does not move', () => {
    show({ series: ERRORS }, { worse: 'down' });
    expect(screen.getByText(/Nothing moved/)).toBeInTheDocument();
  });

  it('says what it needs when the queries hold no places, and when there is no data or an error', () => {
    const unnamed = show({ series: [series('A', {}, 1), series('B', {}, 1)] });
    expect(screen.getByText(/one series per place now/)).toBeInTheDocument();
    unnamed.unmount();
    const empty = show({ series: [] });
    expect(screen.getByText('No data in this time range')).toBeInTheDocument();
    empty.unmount();
    show({ state: LoadingState.Error, errors: [{ message: 'bad_data: parse error' }] });
    expect(screen.getByText('The data source refused the query (bad_data: parse error)')).toBeInTheDocument();
  });
});
