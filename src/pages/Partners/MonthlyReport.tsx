import React from 'react';
import { SceneObjectBase, type SceneComponentProps, type SceneObjectState } from '@grafana/scenes';
import { Button, useStyles2 } from '@grafana/ui';
import { type Language, currentLanguage, localize, localizeWith } from '../../i18n/localize';
import type { SlaContract } from '../../catalog/contracts';
import { slaFigures } from '../../catalog/sla';
import { lastMonths } from '../../queries/calendar';
import { formatValue } from '../../scenes/formatValue';
import { lastValue } from '../../scenes/frames';
import { getPanelStyles } from '../../scenes/panelStyles';
import { PanelFrame, dataStateMessage } from '../../scenes/PanelFrame';
import { testIds } from '../../testIds';
import { MESSAGES } from './messages';
import { PACE_REFS, REPORT_MONTHS, maintenanceRef, reportRef } from './queries';
import { type MaintenanceWindow, utcSeconds } from '../../catalog/maintenance';
import { windowsFor } from '../../queries/maintenanceRequests';
import type { CreditOwed } from '../../catalog/credits';
import { BudgetLeftSummary } from './BudgetLeftSummary';
import { type ReportRow, budgetLeft, reportRows, toCsv, utcText } from './report';

interface MonthlyReportState extends SceneObjectState {
  partner: string;
  /** The partner's contract: its target judges a month, its time zone draws the months. */
  contract: SlaContract;
  /** The declared maintenance windows: those that left the partner's requests out are listed. */
  windows: readonly MaintenanceWindow[];
}

/** The last months of one partner's SLA, newest first, with a CSV download for the account manager. */
export class MonthlyReport extends SceneObjectBase<MonthlyReportState> {
  static Component = MonthlyReportRenderer;
}

function download(partner: string, rows: ReportRow[]) {
  const url = URL.createObjectURL(new Blob([toCsv(rows)], { type: 'text/csv' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: `sla-${partner}.csv` });
  link.click();
  URL.revokeObjectURL(url);
}

function creditText(credit: CreditOwed | undefined, language: Language): string {
  return credit
    ? localizeWith(MESSAGES.creditOwed, {
        share: formatValue(credit.share, 'percentunit', language),
        amount: formatValue(credit.amount, 'currencyPLN', language, 0),
      })
    : localize(MESSAGES.noCredit);
}

function MonthlyReportRenderer({ model }: SceneComponentProps<MonthlyReport>) {
  const { partner, contract, windows, $data } = model.useState();
  const { timeZone } = contract;
  const data = $data?.useState().data;
  const styles = useStyles2(getPanelStyles);
  const language = currentLanguage();
  const series = data?.series ?? [];
  // The queries were built for the end of this range: the same months, and the time the projection starts from.
  const now = data?.request?.range.to.unix() ?? 0;
  const pace = Object.fromEntries(
    Object.entries(PACE_REFS).map(([key, ref]) => [key === 'all' ? 'requests' : key, lastValue(series, ref)])
  );
  const rows = reportRows(
    lastMonths(now, REPORT_MONTHS, timeZone).map(({ label, start, monthEnd }) => ({
      month: label,
      start,
      monthEnd,
      requests: lastValue(series, reportRef(label, 'all')),
      good: lastValue(series, reportRef(label, 'good')),
    })),
    contract,
    now,
    pace,
    windowsFor(partner, windows).flatMap((window, index) => {
      const requests = lastValue(series, maintenanceRef(index));
      return requests === undefined ? [] : [{ window, requests }];
    })
  );
  const excluded = [...new Set(rows.flatMap((row) => row.maintenance))];
  const left = budgetLeft(rows, pace);
  const count = (value: number) => formatValue(value, 'short', language, 0);
  const message = dataStateMessage(data, rows.length === 0);
  return (
    <PanelFrame
      title={localize(MESSAGES.report)}
      description={localizeWith(MESSAGES.reportDescription, { ...slaFigures(contract, language), timeZone })}
      testId={testIds.partners.report}
    >
      {message ? (
        <p>{message}</p>
      ) : (
        <>
          {left && (
            <BudgetLeftSummary
              month={rows[0].month}
              target={contract.target}
              left={left}
              credit={rows[0].projected?.credit}
            />
          )}
          <table className={styles.table}>
            <thead>
              <tr>
                <th>{localize(MESSAGES.month)}</th>
                <th>{localize(MESSAGES.monthSpan)}</th>
                <th>{localize(MESSAGES.compliance)}</th>
                <th>{localize(MESSAGES.target)}</th>
                <th>{localize(MESSAGES.met)}</th>
                <th>{localize(MESSAGES.badRequests)}</th>
                <th>{localize(MESSAGES.allowedBadRequests)}</th>
                <th>{localize(MESSAGES.credit)}</th>
                <th>{localize(MESSAGES.maintenanceExcluded)}</th>
                <th>{localize(MESSAGES.projectedAtMonthEnd)}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.month}>
                  <td>{row.month}</td>
                  <td>{`${utcText(row.start)} – ${utcText(row.monthEnd)}`}</td>
                  <td>{formatValue(row.compliance, 'percentunit', language)}</td>
                  <td>{formatValue(row.target, 'percentunit', language)}</td>
                  <td>{localize(row.met ? MESSAGES.yes : MESSAGES.no)}</td>
                  <td>{count(row.badRequests)}</td>
                  <td>{count(row.allowedBadRequests)}</td>
                  <td>{creditText(row.credit, language)}</td>
                  <td>
                    {row.maintenance.length
                      ? localizeWith(MESSAGES.maintenanceCount, {
                          windows: String(row.maintenance.length),
                          requests: count(row.maintenance.reduce((sum, { requests }) => sum + requests, 0)),
                        })
                      : localize(MESSAGES.noMaintenance)}
                  </td>
                  <td>
                    {row.projected
                      ? [
                          formatValue(row.projected.compliance, 'percentunit', language),
                          `${count(row.projected.badRequests)} / ${count(row.projected.allowedBadRequests)}`,
                          row.projected.credit &&
                            localizeWith(MESSAGES.projectedCredit, {
                              amount: formatValue(row.projected.credit.amount, 'currencyPLN', language, 0),
                            }),
                        ]
                          .filter(Boolean)
                          .join(' · ')
                      : '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {excluded.length > 0 && (
            <ul aria-label={localize(MESSAGES.maintenanceExcluded)}>
              {excluded.map(({ window, requests }) => (
                <li key={`${window.from}/${window.deployment ?? ''}/${window.partner ?? ''}`}>
                  {localizeWith(MESSAGES.maintenanceWindow, {
                    span: `${utcText(utcSeconds(window.from)!)} – ${utcText(utcSeconds(window.to)!)} UTC`,
                    where: window.deployment ?? localize(MESSAGES.everyDeployment),
                    reason: window.reason,
                    requests: count(requests),
                  })}
                </li>
              ))}
            </ul>
          )}
          <Button icon="download-alt" variant="secondary" size="sm" onClick={() => download(partner, rows)}>
            {localize(MESSAGES.downloadCsv)}
          </Button>
        </>
      )}
    </PanelFrame>
  );
}
