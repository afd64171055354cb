import { screen, within } from '@testing-library/react';
import { OrgRole } from '@grafana/data';
import { config } from '@grafana/runtime';
import { ALERTS, ALERT_LEVELS } from '../../catalog/alerts';
import { testIds } from '../../testIds';
import { renderScene } from '../../testing/sceneTesting';
import { AlertCatalog, readableSummary } from './AlertCatalog';

describe('the Alerts page', () => {
  it('lists every alert template under its level, with its recipient and runbook', () => {
    renderScene(new AlertCatalog({}));
    for (const { level } of ALERT_LEVELS) {
      const group = screen.getByTestId(testIds.alerts.level(level));
      for (const alert of ALERTS.filter((a) => a.level === level)) {
        const entry = within(group).getByTestId(testIds.alerts.alert(alert.id));
        expect(entry).toHaveTextContent(alert.recipient);
        expect(within(entry).getByRole('link', { name: alert.id })).toHaveAttribute(
          'href',
          expect.stringContaining(`runbooks.md#${alert.id.toLowerCase()}`)
        );
      }
    }
    expect(screen.getAllByRole('group').length).toBe(ALERTS.length);
  });

  it('shows label placeholders of a summary as the names of the labels', () => {
    const burn = ALERTS.find((alert) => alert.summary.en.includes('$labels.tenant'))!;
    expect(readableSummary(burn)).toContain('‹tenant›');
    expect(readableSummary(burn)).not.toContain('{{');
  });
});

describe('the install action', () => {
  const user = config.bootData.user;
  afterEach(() => (config.bootData.user = user));

  it('is offered to admins and hidden from viewers', () => {
    config.bootData.user = { ...user, orgRole: OrgRole.Viewer, isGrafanaAdmin: false };
    const { unmount } = renderScene(new AlertCatalog({ datasourceUid: 'prom' }));
    expect(screen.queryByTestId(testIds.alerts.install)).not.toBeInTheDocument();
    unmount();
    config.bootData.user = { ...user, orgRole: OrgRole.Admin };
    renderScene(new AlertCatalog({ datasourceUid: 'prom' }));
    expect(screen.getByRole('button', { name: 'Preview installing into this Grafana' })).toBeInTheDocument();
  });
});
