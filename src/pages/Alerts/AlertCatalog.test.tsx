import React from 'react';
import { MemoryRouter } from 'react-router-dom';
import { render, screen, within } from '@testing-library/react';
import { ALERTS, ALERT_LEVELS } from '../../catalog/alerts';
import { testIds } from '../../testIds';
import { AlertCatalog, readableSummary } from './AlertCatalog';

describe('the Alerts page', () => {
  it('lists every alert template under its level, with its recipient and runbook', () => {
    const catalog = new AlertCatalog({});
    render(
      <MemoryRouter>
        <catalog.Component model={catalog} />
      </MemoryRouter>
    );
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
