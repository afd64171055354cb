import React from 'react';
import { of, throwError } from 'rxjs';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { METRICS, SLA, seriesName } from '../../catalog';
import { CONTRACTS } from '../../catalog/contracts';
import type { AppSettings } from '../../settings';
import { testIds } from '../../testIds';
import { downloadedRules, measureTextOnCanvas, renderConfig } from '../../testing/configTesting';
import { SCENE_TEST_TIMEOUT_MS } from '../../testing/sceneTesting';

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

measureTextOnCanvas();
// The whole configuration page renders in jsdom: past Jest's 5 s when both cores are busy, as a scene does.
jest.setTimeout(SCENE_TEST_TIMEOUT_MS);

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
    // The rows are the catalog's contracts (fees and credits), none of them from the old fields.
    expect(screen.getByTestId(testIds.appConfig.contractPartner(0))).toHaveValue('bobasek');
    expect(screen.getByTestId(testIds.appConfig.contractTarget(0))).toHaveValue('');
    expect(screen.getByTestId(testIds.appConfig.contractCredits(0))).toHaveValue('95:10, 90:25');
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

  it('saves a fee and a credit scale, and refuses a scale without a fee or in another form', async () => {
    fetchMock.mockReturnValue(of({ data: {} }));
    renderConfig({ datasourceUid: 'prom', contracts: { kwiatex: { target: 0.99 } } });
    const credits = screen.getByTestId(testIds.appConfig.contractCredits(0));
    fireEvent.change(credits, { target: { value: '99:10, 97,5:25' } });
    expect(screen.getByText('Credits are shares of the monthly fee: give the fee.')).toBeInTheDocument();
    expect(screen.getByTestId(testIds.appConfig.save)).toBeDisabled();
    fireEvent.change(screen.getByTestId(testIds.appConfig.contractFee(0)), { target: { value: '12 000' } });
    fireEvent.change(credits, { target: { value: '99 10' } });
    expect(screen.getByText(/Write steps as "below:credit"/)).toBeInTheDocument();
    fireEvent.change(credits, { target: { value: '99:10, 97,5:25' } });
    fireEvent.click(screen.getByTestId(testIds.appConfig.save));
    await waitFor(() => expect(reloadMock).toHaveBeenCalled());
    expect(fetchMock.mock.calls[0][0].data.jsonData.contracts).toEqual({
      kwiatex: {
        target: 0.99,
        monthlyFee: 12000,
        credits: [
          { below: 0.99, credit: 0.1 },
          { below: 0.975, credit: 0.25 },
        ],
      },
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
    renderConfig({ datasourceUid: 'prom', contracts: { kwiatex: { target: 0.99, thresholdSeconds: 0.5 } } });
    expect(screen.getByTestId(testIds.appConfig.ruleCommands)).toHaveTextContent(
      'promtool check rules shoppulse-sla.rules.yaml'
    );
    const rules = await downloadedRules();
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
        jsonData: { datasourceUid: 'prom', tenantLabel: 'partner', contracts: CONTRACTS, maintenance: [] },
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
    expect(result).toHaveTextContent('What changed: shop_revenue_pln_total');
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
