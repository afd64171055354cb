import React from 'react';
import { of, throwError } from 'rxjs';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { AppPluginMeta, PluginConfigPageProps } from '@grafana/data';
import { METRICS, seriesName } from '../../catalog';
import type { AppSettings } from '../../settings';
import { testIds } from '../../testIds';
import AppConfig from './AppConfig';

const fetchMock = jest.fn();
const reloadMock = jest.fn();
const datasources: Record<string, { uid: string; type: string }> = {
  prom: { uid: 'prom', type: 'prometheus' },
  loki: { uid: 'loki', type: 'loki' },
};

jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getBackendSrv: () => ({ fetch: fetchMock }),
  getDataSourceSrv: () => ({ getInstanceSettings: (uid: string) => datasources[uid] }),
  locationService: { reload: () => reloadMock() },
  DataSourcePicker: ({ current, onChange }: { current?: string; onChange: (ds: { uid: string }) => void }) => (
    <select aria-label="datasource" value={current ?? ''} onChange={(e) => onChange({ uid: e.target.value })}>
      <option value="">none</option>
      <option value="prom">prom</option>
    </select>
  ),
}));

function renderConfig(jsonData: AppSettings = {}) {
  const props = {
    plugin: { meta: { id: 'shoppulse-observability-app', enabled: true, pinned: true, jsonData } },
  } as unknown as PluginConfigPageProps<AppPluginMeta<AppSettings>>;
  return render(<AppConfig {...props} />);
}

beforeEach(() => {
  fetchMock.mockReset();
  reloadMock.mockReset();
});

describe('AppConfig', () => {
  it('shows the saved values', () => {
    renderConfig({ datasourceUid: 'prom', tenantLabel: 'partner', slaTargetPercent: 99 });
    expect(screen.getByTestId(testIds.appConfig.tenantLabel)).toHaveValue('partner');
    expect(screen.getByTestId(testIds.appConfig.slaTarget)).toHaveValue(99);
    expect(screen.getByLabelText('datasource')).toHaveValue('prom');
  });

  it('asks for a datasource when none is chosen and offers no metrics check', () => {
    renderConfig();
    expect(screen.getByText(/Choose a Prometheus datasource/)).toBeInTheDocument();
    expect(screen.queryByTestId(testIds.appConfig.checkMetrics)).not.toBeInTheDocument();
  });

  it('explains when the saved datasource is not Prometheus or no longer exists', () => {
    const { unmount } = renderConfig({ datasourceUid: 'loki' });
    expect(screen.getByText(/is not Prometheus/)).toBeInTheDocument();
    unmount();
    renderConfig({ datasourceUid: 'gone' });
    expect(screen.getByText(/no longer exists/)).toBeInTheDocument();
  });

  it.each([0, 100, 150])('refuses an SLA target of %s%%', (target) => {
    renderConfig({ datasourceUid: 'prom' });
    fireEvent.change(screen.getByTestId(testIds.appConfig.slaTarget), { target: { value: String(target) } });
    expect(screen.getByText('The target must be more than 0 and less than 100.')).toBeInTheDocument();
    expect(screen.getByTestId(testIds.appConfig.save)).toBeDisabled();
  });

  it('refuses a label name Prometheus would not accept', () => {
    renderConfig({ datasourceUid: 'prom' });
    fireEvent.change(screen.getByTestId(testIds.appConfig.tenantLabel), { target: { value: 'my-tenant' } });
    expect(screen.getByText(/A label name has letters/)).toBeInTheDocument();
    expect(screen.getByTestId(testIds.appConfig.save)).toBeDisabled();
  });

  it('saves the settings in the plugin jsonData, keeping it enabled, then reloads', async () => {
    fetchMock.mockReturnValue(of({ data: {} }));
    renderConfig({ datasourceUid: 'prom' });
    fireEvent.change(screen.getByTestId(testIds.appConfig.slaTarget), { target: { value: '99.5' } });
    fireEvent.click(screen.getByTestId(testIds.appConfig.save));
    await waitFor(() => expect(reloadMock).toHaveBeenCalled());
    expect(fetchMock).toHaveBeenCalledWith({
      url: '/api/plugins/shoppulse-observability-app/settings',
      method: 'POST',
      data: { enabled: true, pinned: true, jsonData: { datasourceUid: 'prom', slaTargetPercent: 99.5 } },
    });
  });

  it('checks metrics and names what is missing and which pages lose data', async () => {
    const names = METRICS.map(seriesName).filter((name) => name !== 'shop_revenue_pln_total');
    fetchMock.mockReturnValue(of({ data: { data: names } }));
    renderConfig({ datasourceUid: 'prom' });
    fireEvent.click(screen.getByTestId(testIds.appConfig.checkMetrics));
    const result = screen.getByTestId(testIds.appConfig.checkResult);
    await waitFor(() => expect(result).toHaveTextContent('business: shop_revenue_pln_total'));
    expect(fetchMock.mock.calls[0][0].url).toBe('/api/datasources/uid/prom/resources/api/v1/label/__name__/values');
  });

  it('says so when the datasource does not answer', async () => {
    fetchMock.mockReturnValue(
      throwError(() => ({ status: 502, statusText: 'Bad Gateway', data: { message: 'connection refused' } }))
    );
    renderConfig({ datasourceUid: 'prom' });
    fireEvent.click(screen.getByTestId(testIds.appConfig.checkMetrics));
    await waitFor(() => expect(screen.getByText('The datasource did not answer')).toBeInTheDocument());
    expect(screen.getByTestId(testIds.appConfig.checkResult)).toHaveTextContent('502 connection refused');
  });
});
