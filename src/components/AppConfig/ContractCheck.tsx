import React, { useState } from 'react';
import { Alert, Badge, Button, Stack, Text } from '@grafana/ui';
import { findPage } from '../../catalog';
import { compareWithContract, type ContractReport, fetchMetricNames } from '../../contract';
import { localize } from '../../i18n/localize';
import { testIds } from '../../testIds';
import { MESSAGES } from './messages';

type State =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; report: ContractReport };

/** The "Check metrics" action: what the datasource has of the contract, and which pages lack data. */
export function ContractCheck({ datasourceUid }: { datasourceUid: string }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const run = async () => {
    setState({ kind: 'running' });
    const result = await fetchMetricNames(datasourceUid);
    setState(
      result.ok
        ? { kind: 'done', report: compareWithContract(result.names) }
        : { kind: 'failed', message: `${result.status ?? ''} ${result.message}`.trim() }
    );
  };
  return (
    <Stack direction="column" gap={1}>
      <Text color="secondary">{localize(MESSAGES.checkDescription)}</Text>
      <div>
        <Button
          variant="secondary"
          icon="check"
          onClick={run}
          disabled={state.kind === 'running'}
          data-testid={testIds.appConfig.checkMetrics}
        >
          {localize(MESSAGES.check)}
        </Button>
      </div>
      <div data-testid={testIds.appConfig.checkResult}>
        {state.kind === 'failed' && (
          <Alert severity="error" title={localize(MESSAGES.checkFailed)}>
            {state.message}
          </Alert>
        )}
        {state.kind === 'done' && <ReportView report={state.report} />}
      </div>
    </Stack>
  );
}

function ReportView({ report }: { report: ContractReport }) {
  if (report.disabledPages.size + report.disabledDashboards.size === 0) {
    return <Alert severity="success" title={localize(MESSAGES.allPresent)} />;
  }
  return (
    <Stack direction="column" gap={1}>
      <Alert severity="warning" title={localize(MESSAGES.disables)}>
        <ul>
          {[...report.disabledPages].map(([page, metrics]) => (
            <li key={page}>
              <strong>{localize(findPage(page).title)}</strong>: {metrics.join(', ')}
            </li>
          ))}
          {[...report.disabledDashboards].map(([dashboard, metrics]) => (
            <li key={dashboard}>
              <strong>{dashboard}</strong>: {metrics.join(', ')}
            </li>
          ))}
        </ul>
      </Alert>
      <table>
        <tbody>
          {report.areas.map(({ area, present, missing }) => (
            <tr key={area.id}>
              <td>{localize(area.title)}</td>
              <td>
                <Badge color="green" text={`${present.length} ${localize(MESSAGES.present)}`} />
              </td>
              <td>
                {missing.length > 0 && (
                  <Badge
                    color="red"
                    text={`${missing.length} ${localize(MESSAGES.missing)}: ${missing.map((m) => m.name).join(', ')}`}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Stack>
  );
}
