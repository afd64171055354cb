import React from 'react';
import { of, throwError } from 'rxjs';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { AppPluginMeta, PluginConfigPageProps } from '@grafana/data';
import { METRICS, SLA, seriesName } from '../../catalog';
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
    renderConfig({ datasourceUid: 'prom', tenantLabel: 'partner' });
    expect(screen.getByTestId(testIds.appConfig.tenantLabel)).toHaveValue('partner');
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

  it('states the catalog’s SLA instead of offering settings that would not change the budget or alerts', () => {
    // Saved by an older version: the page opens without error and offers no SLA field to edit.
    const saved = { datasourceUid: 'prom', slaTargetPercent: 99, slaThresholdMs: 300 };
    renderConfig(saved);
    expect(screen.getByTestId(testIds.appConfig.sla)).toHaveTextContent(
      `${SLA.target * 100}% of requests succeed in under ${SLA.thresholdSeconds * 1000} ms`
    );
    expect(screen.queryAllByRole('spinbutton')).toHaveLength(0);
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
    fireEvent.change(screen.getByTestId(testIds.appConfig.tenantLabel), { target: { value: ' partner ' } });
    fireEvent.click(screen.getByTestId(testIds.appConfig.save));
    await waitFor(() => expect(reloadMock).toHaveBeenCalled());
    expect(fetchMock).toHaveBeenCalledWith({
      url: '/api/plugins/shoppulse-observability-app/settings',
      method: 'POST',
      data: { enabled: true, pinned: true, jsonData: { datasourceUid: 'prom', tenantLabel: 'partner' } },
    });
  });

  it('checks metrics and names what is missing and which pages lose data', async () => {
    const names = METRICS.map(seriesName).filter((name) => name !== 'shop_revenue_pln_total');
    fetchMock.mockReturnValue(of({ data: { data: names } }));
    renderConfig({ datasourceUid: 'prom' });
    fireEvent.click(screen.getByTestId(testIds.appConfig.checkMetrics));
    const result = screen.getByTestId(testIds.appConfig.checkResult);
    // Pages by their titles, as derived from their queries: the partner page's KPI tiles read revenue too.
    await waitFor(() => expect(result).toHaveTextContent('Business: shop_revenue_pln_total'));
    expect(result).toHaveTextContent('Partners: shop_revenue_pln_total');
    expect(result).toHaveTextContent('ShopPulse: Business: shop_revenue_pln_total');
    expect(result).not.toHaveTextContent('What changed:');
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
