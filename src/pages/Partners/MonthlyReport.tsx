import React from 'react';
import { SceneObjectBase, type SceneComponentProps, type SceneObjectState } from '@grafana/scenes';
import { Button, useStyles2 } from '@grafana/ui';
import { currentLanguage, localize, localizeWith } from '../../i18n/localize';
import type { SlaContract } from '../../catalog/contracts';
import { slaFigures } from '../../catalog/sla';
import { lastMonths } from '../../queries/calendar';
import { formatValue } from '../../scenes/formatValue';
import { lastValue } from '../../scenes/frames';
import { getPanelStyles } from '../../scenes/panelStyles';
import { PanelFrame, dataStateMessage } from '../../scenes/PanelFrame';
import { testIds } from '../../testIds';
import { MESSAGES } from './messages';
import { PACE_REFS, REPORT_MONTHS, reportRef } from './queries';
import { type ReportRow, reportRows, toCsv, utcText } from './report';

interface MonthlyReportState extends SceneObjectState {
  partner: string;
  /** The partner's contract: its target judges a month, its time zone draws the months. */
  contract: SlaContract;
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

function MonthlyReportRenderer({ model }: SceneComponentProps<MonthlyReport>) {
  const { partner, contract, $data } = model.useState();
  const { target, timeZone } = contract;
  const data = $data?.useState().data;
  const styles = useStyles2(getPanelStyles);
  const language = currentLanguage();
  const series = data?.series ?? [];
  // The queries were built for the end of this range: the same months, and the time the projection starts from.
  const now = data?.request?.range.to.unix() ?? 0;
  const rows = reportRows(
    lastMonths(now, REPORT_MONTHS, timeZone).map(({ label, start, monthEnd }) => ({
      month: label,
      start,
      monthEnd,
      requests: lastValue(series, reportRef(label, 'all')),
      good: lastValue(series, reportRef(label, 'good')),
    })),
    target,
    now,
    { requests: lastValue(series, PACE_REFS.all), good: lastValue(series, PACE_REFS.good) }
  );
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
                  <td>
                    {row.projected
                      ? `${count(row.projected.badRequests)} / ${count(row.projected.allowedBadRequests)}`
                      : '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Button icon="download-alt" variant="secondary" size="sm" onClick={() => download(partner, rows)}>
            {localize(MESSAGES.downloadCsv)}
          </Button>
        </>
      )}
    </PanelFrame>
  );
}
