import React from 'react';
import { SceneObjectBase, type SceneComponentProps, type SceneObjectState } from '@grafana/scenes';
import { Button, useStyles2 } from '@grafana/ui';
import { currentLanguage, localize } from '../../i18n/localize';
import { formatValue } from '../../scenes/formatValue';
import { lastValue } from '../../scenes/frames';
import { getPanelStyles } from '../../scenes/panelStyles';
import { PanelFrame, dataStateMessage } from '../../scenes/PanelFrame';
import { testIds } from '../../testIds';
import { MESSAGES } from './messages';
import { type ReportRow, reportRows, toCsv } from './report';

interface MonthlyReportState extends SceneObjectState {
  partner: string;
  target: number;
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
  const { partner, target, $data } = model.useState();
  const data = $data?.useState().data;
  const styles = useStyles2(getPanelStyles);
  const language = currentLanguage();
  const months = (data?.request?.targets ?? []).map((query) => query.refId);
  const rows = reportRows(
    months.map((month) => ({ month, compliance: lastValue(data?.series ?? [], month) })),
    target
  );
  const message = dataStateMessage(data, rows.length === 0);
  return (
    <PanelFrame
      title={localize(MESSAGES.report)}
      description={localize(MESSAGES.reportDescription)}
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
                <th>{localize(MESSAGES.compliance)}</th>
                <th>{localize(MESSAGES.target)}</th>
                <th>{localize(MESSAGES.met)}</th>
                <th>{localize(MESSAGES.budgetMinutes)}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.month}>
                  <td>{row.month}</td>
                  <td>{formatValue(row.compliance, 'percentunit', language)}</td>
                  <td>{formatValue(row.target, 'percentunit', language)}</td>
                  <td>{localize(row.met ? MESSAGES.yes : MESSAGES.no)}</td>
                  <td>{`${formatValue(row.budgetMinutesUsed, 'short', language)} / ${formatValue(row.budgetMinutes, 'short', language)}`}</td>
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
