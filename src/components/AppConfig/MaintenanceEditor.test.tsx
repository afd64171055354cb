import React from 'react';
import { of } from 'rxjs';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { testIds } from '../../testIds';
import { downloadedRules, measureTextOnCanvas, renderConfig } from '../../testing/configTesting';

const ids = testIds.appConfig.maintenance;

const fetchMock = jest.fn();
const reloadMock = jest.fn();

jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getBackendSrv: () => ({ fetch: fetchMock }),
  getDataSourceSrv: () => ({ getInstanceSettings: () => ({ uid: 'prom', type: 'prometheus' }) }),
  locationService: { reload: () => reloadMock() },
  DataSourcePicker: () => <span>datasource picker</span>,
}));

// The contracts above the windows have Comboboxes.
measureTextOnCanvas();

const UPGRADE = { partner: 'sportowo', from: '2026-11-24T02:00:00Z', to: '2026-11-24T04:00:00Z', reason: 'upgrade' };

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

beforeEach(() => {
  fetchMock.mockReset();
  reloadMock.mockReset();
});

describe('the maintenance windows on the configuration page', () => {
  it('shows the saved windows and says a window counts once the rule file is loaded', () => {
    renderConfig({ datasourceUid: 'prom', contracts: {}, maintenance: [UPGRADE] });
    expect(screen.getByTestId(ids.partner(0))).toHaveValue('sportowo');
    expect(screen.getByTestId(ids.deployment(0))).toHaveValue('');
    expect(screen.getByTestId(ids.to(0))).toHaveValue('2026-11-24T04:00:00Z');
    expect(screen.getByTestId(ids.section)).toHaveTextContent(
      'A window counts only once the rule file downloaded below is loaded into Prometheus'
    );
  });

  it('says what is wrong at each field, and neither saves nor offers the rule file until it is right', async () => {
    fetchMock.mockReturnValue(of({ data: {} }));
    renderConfig({ datasourceUid: 'prom', contracts: {} });
    fireEvent.click(screen.getByTestId(ids.add));
    expect(screen.getAllByText('Names neither a partner nor a deployment: give one or both.')).toHaveLength(2);
    expect(screen.getByText('Gives no reason: say why, for the partner’s report.')).toBeInTheDocument();
    type(ids.deployment(0), 'dep-b');
    type(ids.from(0), '2026-11-24 02:00');
    type(ids.to(0), '2026-11-24T01:00:00Z');
    type(ids.reason(0), 'network change');
    expect(screen.queryByText(/Names neither a partner/)).not.toBeInTheDocument();
    expect(screen.getByText(/Not a UTC instant such as 2025-06-01T02:00:00Z/)).toBeInTheDocument();
    expect(screen.getByTestId(testIds.appConfig.save)).toBeDisabled();
    expect(screen.getByTestId(testIds.appConfig.downloadRules)).toBeDisabled();
    type(ids.from(0), '2026-11-24T02:00:00Z');
    expect(screen.getByText('To must be after From.')).toBeInTheDocument();
    type(ids.to(0), '2026-11-24T03:00:00Z');
    expect(screen.getByTestId(testIds.appConfig.save)).toBeEnabled();

    fireEvent.click(screen.getByTestId(testIds.appConfig.save));
    await waitFor(() => expect(reloadMock).toHaveBeenCalled());
    expect(fetchMock.mock.calls[0][0].data.jsonData.maintenance).toEqual([
      { deployment: 'dep-b', from: '2026-11-24T02:00:00Z', to: '2026-11-24T03:00:00Z', reason: 'network change' },
    ]);
  });

  it('removes a window, saving the list without it', async () => {
    fetchMock.mockReturnValue(of({ data: {} }));
    renderConfig({ datasourceUid: 'prom', contracts: {}, maintenance: [UPGRADE, { ...UPGRADE, partner: 'bobasek' }] });
    fireEvent.click(screen.getByTestId(ids.remove(0)));
    expect(screen.getByTestId(ids.partner(0))).toHaveValue('bobasek');
    fireEvent.click(screen.getByTestId(testIds.appConfig.save));
    await waitFor(() => expect(reloadMock).toHaveBeenCalled());
    expect(fetchMock.mock.calls[0][0].data.jsonData.maintenance).toEqual([{ ...UPGRADE, partner: 'bobasek' }]);
  });

  it('offers the rule file with the windows in the form left out of the SLA', async () => {
    renderConfig({ datasourceUid: 'prom', contracts: {}, maintenance: [UPGRADE] });
    type(ids.deployment(0), 'dep-b');
    const rules = await downloadedRules();
    // 2026-11-24T02:00:00Z and 04:00:00Z as unix seconds; the rule carries the window's partner and deployment.
    expect(rules).toContain('vector(1) and on () (vector(time()) >= 1795485600 < 1795492800)');
    expect(rules).toMatch(
      /record: shoppulse:sla_maintenance:active\n\s+expr: .*\n\s+labels:\n\s+tenant: sportowo\n\s+deployment: dep-b/
    );
  });
});
