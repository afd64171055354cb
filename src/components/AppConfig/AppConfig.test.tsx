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

// Grafana's Combobox sizes its menu by measuring text on a canvas, which jsdom has none of.
HTMLCanvasElement.prototype.getContext = (() => ({ measureText: () => ({ width: 0 }) })) as never;

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

  it('states the default contract, and reads jsonData of older versions with one SLA for all without offering it', () => {
    // Saved by an older version: the page opens without error and offers no contract from those fields.
    renderConfig({ datasourceUid: 'prom', slaTargetPercent: 99, slaThresholdMs: 300 } as AppSettings);
    expect(screen.getByTestId(testIds.appConfig.sla)).toHaveTextContent(
      `${SLA.target * 100}% of requests succeed in under ${SLA.thresholdSeconds * 1000} ms`
    );
    expect(screen.queryByTestId(testIds.appConfig.contract(0))).not.toBeInTheDocument();
  });

  it('saves a partner’s contract with the terms typed, and the others left to the default', async () => {
    fetchMock.mockReturnValue(of({ data: {} }));
    renderConfig({ datasourceUid: 'prom', contracts: { bobasek: { timeZone: 'Europe/London' } } });
    expect(screen.getByTestId(testIds.appConfig.contractPartner(0))).toHaveValue('bobasek');
    fireEvent.click(screen.getByTestId(testIds.appConfig.addContract));
    fireEvent.change(screen.getByTestId(testIds.appConfig.contractPartner(1)), { target: { value: ' kwiatex ' } });
    fireEvent.change(screen.getByTestId(testIds.appConfig.contractTarget(1)), { target: { value: '99,5' } });
    fireEvent.click(screen.getByTestId(testIds.appConfig.save));
    await waitFor(() => expect(reloadMock).toHaveBeenCalled());
    expect(fetchMock.mock.calls[0][0].data.jsonData.contracts).toEqual({
      bobasek: { timeZone: 'Europe/London' },
      kwiatex: { target: 0.995 },
    });
  });

  it('says what is wrong with a contract and saves nothing until it is right', () => {
    renderConfig({ datasourceUid: 'prom', contracts: { kwiatex: { target: 0.99 } } });
    fireEvent.click(screen.getByTestId(testIds.appConfig.addContract));
    expect(screen.getByText(/Name the partner as its label value reads/)).toBeInTheDocument();
    fireEvent.change(screen.getByTestId(testIds.appConfig.contractPartner(1)), { target: { value: 'kwiatex' } });
    expect(screen.getByText(/already has a contract above/)).toBeInTheDocument();
    fireEvent.change(screen.getByTestId(testIds.appConfig.contractPartner(1)), { target: { value: 'sportowo' } });
    fireEvent.change(screen.getByTestId(testIds.appConfig.contractTarget(1)), { target: { value: '120' } });
    expect(screen.getByText(/above 0 and below 100/)).toBeInTheDocument();
    expect(screen.getByTestId(testIds.appConfig.save)).toBeDisabled();
    expect(screen.getByTestId(testIds.appConfig.downloadRules)).toBeDisabled();
    fireEvent.change(screen.getByTestId(testIds.appConfig.contractTarget(1)), { target: { value: '97' } });
    expect(screen.getByTestId(testIds.appConfig.save)).toBeEnabled();
  });

  it('offers the rule file for the contracts in the form, with the commands that load it', async () => {
    const files: Blob[] = [];
    URL.createObjectURL = jest.fn((file: Blob) => {
      files.push(file);
      return 'blob:rules';
    });
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderConfig({ datasourceUid: 'prom', contracts: { kwiatex: { target: 0.99, thresholdSeconds: 0.5 } } });
    expect(screen.getByTestId(testIds.appConfig.ruleCommands)).toHaveTextContent(
      'promtool check rules shoppulse-sla.rules.yaml'
    );
    fireEvent.click(screen.getByTestId(testIds.appConfig.downloadRules));
    const rules = await new Promise<string>((done) => {
      const reader = new FileReader();
      reader.onload = () => done(String(reader.result));
      reader.readAsText(files[0]);
    });
    // kwiatex's burn rate over its 1% budget and its good requests under 0.5 s, everyone else's by the default.
    expect(rules).toContain('shoppulse:sla_error_ratio:ratio_rate1h{tenant=~"kwiatex"} / 0.01');
    expect(rules).toContain('shoppulse:sla_error_ratio:ratio_rate1h{tenant!~"kwiatex"} / 0.05');
    expect(rules).toContain('{tenant=~"kwiatex",code!="5xx",le=~"0\\\\.50*"}');
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
      data: {
        enabled: true,
        pinned: true,
        jsonData: { datasourceUid: 'prom', tenantLabel: 'partner', contracts: {} },
      },
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
