import React from 'react';
import { throwError } from 'rxjs';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { OrgRole } from '@grafana/data';
import { type BackendSrv, config, setBackendSrv } from '@grafana/runtime';
import { applyInstall, planInstall } from '../../alerting/install/install';
import { FakeGrafanaAlerting } from '../../testing/grafanaAlerting';
import { testIds } from '../../testIds';
import { InstallAlerts } from './InstallAlerts';

function serve(grafana: FakeGrafanaAlerting) {
  setBackendSrv({ fetch: grafana.fetch } as unknown as BackendSrv);
  return grafana;
}

const user = config.bootData.user;
beforeEach(() => (config.bootData.user = { ...user, orgRole: OrgRole.Admin }));
afterEach(() => (config.bootData.user = user));

async function preview() {
  fireEvent.click(screen.getByRole('button', { name: 'Preview installing into this Grafana' }));
  return screen.findByTestId(testIds.alerts.plan);
}
const installButton = () => screen.getByRole('button', { name: 'Install into this Grafana' });
const row = (plan: HTMLElement, name: string) => within(plan).getByText(name).closest('tr')!;

describe('installing the alert templates from the Alerts page', () => {
  it('on a Grafana provisioned from files, says so, lists each object as left alone and offers nothing to send', async () => {
    const grafana = serve(FakeGrafanaAlerting.provisionedFromFiles('prom'));
    render(<InstallAlerts datasourceUid="prom" />);
    const plan = await preview();
    expect(screen.getByText('Provisioned from files')).toBeInTheDocument();
    expect(row(plan, 'shoppulse-alerts-phone')).toHaveTextContent('managed by files: left alone');
    expect(row(plan, 'ShopPulse (uid b4e1c7a2d9f3)')).toHaveTextContent('unchanged');
    expect(screen.queryByText(/Nothing to install/)).not.toBeInTheDocument();
    expect(installButton()).toBeDisabled();
    expect(grafana.writes).toEqual([]);
  });

  it('installs into an empty Grafana, then finds nothing left to do', async () => {
    serve(new FakeGrafanaAlerting());
    render(<InstallAlerts datasourceUid="prom" />);
    expect(row(await preview(), 'shoppulse-alerts-phone')).toHaveTextContent('create');
    fireEvent.click(installButton());
    expect(await screen.findByText('Installed')).toBeInTheDocument();
    expect(row(screen.getByTestId(testIds.alerts.plan), 'shoppulse-alerts-phone')).toHaveTextContent('done');
    const again = await preview();
    expect(within(again).queryByText('create')).not.toBeInTheDocument();
    expect(screen.getByText(/Nothing to install/)).toBeInTheDocument();
  });

  it('says the SLA rules follow the saved contracts, and offers to update them once a target changed', async () => {
    const grafana = serve(new FakeGrafanaAlerting());
    await applyInstall(await planInstall('prom'));
    const slaScope = { contracts: { kwiatex: { target: 0.99 } } };
    render(<InstallAlerts datasourceUid="prom" slaScope={slaScope} />);
    expect(screen.getByText(/judge each partner against the target saved on the configuration page/)).toBeVisible();
    const plan = await preview();
    expect(row(plan, 'shoppulse-alerts-phone')).toHaveTextContent('update');
    expect(row(plan, 'shoppulse-alerts-slack')).toHaveTextContent('unchanged');
    fireEvent.click(installButton());
    expect(await screen.findByText('Installed')).toBeInTheDocument();
    const burn = grafana.rules.find((rule) => rule.title === 'SlaBurnRate1h') as { data: Array<{ model: object }> };
    expect(burn.data[0].model).toMatchObject({ expr: expect.stringContaining('{tenant=~"kwiatex"} / 0.01 > 14.4') });
  });

  it('says where it stopped and what was and was not done when Grafana refuses part-way', async () => {
    const grafana = serve(new FakeGrafanaAlerting());
    grafana.refuse = ({ url }) =>
      url.endsWith('/policies') ? { status: 403, data: { message: 'You do not have permission' } } : undefined;
    render(<InstallAlerts datasourceUid="prom" />);
    await preview();
    fireEvent.click(installButton());
    const stopped = await screen.findByText(/Stopped at notification policy tree/);
    expect(stopped).toHaveTextContent('403: You do not have permission. 15 of 19 changes were made');
    const plan = screen.getByTestId(testIds.alerts.plan);
    expect(row(plan, 'tree')).toHaveTextContent('refused');
    expect(row(plan, 'shoppulse-alerts-slack')).toHaveTextContent('not attempted');
  });

  it('says nothing was written when Grafana does not answer the preview', async () => {
    const badGateway = () => throwError(() => ({ status: 502, data: { message: 'Bad Gateway' } }));
    setBackendSrv({ fetch: badGateway } as unknown as BackendSrv);
    render(<InstallAlerts datasourceUid="prom" />);
    fireEvent.click(screen.getByRole('button', { name: 'Preview installing into this Grafana' }));
    expect(await screen.findByText(/nothing was planned or written/)).toBeInTheDocument();
    expect(screen.getByText('502: Bad Gateway')).toBeInTheDocument();
  });
});
