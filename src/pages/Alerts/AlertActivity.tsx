import React, { useMemo } from 'react';
import { css } from '@emotion/css';
import { type GrafanaTheme2, LoadingState } from '@grafana/data';
import { SceneObjectBase, type SceneComponentProps, type SceneObjectState, sceneGraph } from '@grafana/scenes';
import { Alert, Badge, type BadgeColor, Text, useStyles2 } from '@grafana/ui';
import { ACTIVITY_DAYS, ALERTS } from '../../catalog/alerts';
import {
  type AlertStateNow,
  type GrafanaRuleStates,
  GRAFANA_RULES_API,
  fetchGrafanaRuleStates,
} from '../../alerting/ruleStates';
import { localize, localizeWith } from '../../i18n/localize';
import { ACTIVITY_REFS } from '../../queries/alertActivity';
import type { LabelNames } from '../../queries/selector';
import { samplesOf } from '../../scenes/frames';
import { getPanelStyles } from '../../scenes/panelStyles';
import { queryErrorText } from '../../scenes/queryErrors';
import { testIds } from '../../testIds';
import { type AlertActivityRow, activityRows, formatFiringTime } from './activity';
import { ACTIVITY_MESSAGES as M } from './activityMessages';
import { NoiseView, levelTitle } from './NoiseView';

const STATE_COLOURS: Record<Exclude<AlertStateNow, 'quiet'>, BadgeColor> = { firing: 'red', pending: 'orange' };
const LEVEL_COLOURS = { phone: 'red', mail: 'orange', slack: 'blue' } as const;

interface AlertActivityState extends SceneObjectState {
  names: LabelNames;
  /** Grafana's rule states, once asked. */
  grafana?: GrafanaRuleStates;
}

/** Each alert template's state now and its last 30 days, from the ALERTS series and Grafana's rules; then the noise. */
export class AlertActivity extends SceneObjectBase<AlertActivityState> {
  static Component = AlertActivityRenderer;

  constructor(state: AlertActivityState) {
    super(state);
    this.addActivationHandler(() => {
      let active = true;
      fetchGrafanaRuleStates(ALERTS.map((alert) => alert.id)).then((grafana) => active && this.setState({ grafana }));
      return () => {
        active = false;
      };
    });
  }
}

/** Firing and pending as badges; quiet as plain text, so that the active alerts stand out. */
export function StateBadge({ state }: { state: AlertStateNow }) {
  const text = localize(M.states[state]);
  return state === 'quiet' ? <Text color="secondary">{text}</Text> : <Badge color={STATE_COLOURS[state]} text={text} />;
}

function GrafanaCell({ row, grafana }: { row: AlertActivityRow; grafana?: GrafanaRuleStates }) {
  if (grafana?.status !== 'ok') {
    return <Text color="secondary">–</Text>;
  }
  return row.grafana ? (
    <StateBadge state={row.grafana.state} />
  ) : (
    <Text color="secondary">{localize(M.notInstalled)}</Text>
  );
}

function AlertActivityRenderer({ model }: SceneComponentProps<AlertActivity>) {
  const { names, grafana } = model.useState();
  const { data } = sceneGraph.getData(model).useState();
  const styles = useStyles2(getStyles);
  const frames = data?.series;
  const rows = useMemo(() => {
    const answers = Object.fromEntries(
      Object.values(ACTIVITY_REFS).map((refId) => [refId, samplesOf(frames ?? [], refId, names)])
    );
    return activityRows(answers, grafana?.status === 'ok' ? grafana.rules : undefined);
  }, [frames, names, grafana]);
  const loading = !data || data.state === LoadingState.Loading;
  const failed = data?.state === LoadingState.Error ? queryErrorText(data.errors?.[0]) : undefined;
  const empty = !loading && !failed && rows.every((row) => !row.everFired && row.now === 'quiet');
  const days = { days: ACTIVITY_DAYS };
  return (
    <>
      <section className={styles.panel} data-testid={testIds.alerts.activity}>
        <h2 className={styles.title}>{localizeWith(M.title, days)}</h2>
        <p className={styles.description}>{localize(M.description)}</p>
        {failed && (
          <Alert
            severity="error"
            title={localizeWith(M.queryFailed, { reason: failed })}
            data-testid={testIds.alerts.activityProblem}
          />
        )}
        {empty && <Alert severity="info" title={localizeWith(M.noAlertsSeries, days)} />}
        {grafana?.status === 'failed' && (
          <Alert
            severity="warning"
            title={localizeWith(M.grafanaFailed, { api: GRAFANA_RULES_API, reason: grafana.message })}
            data-testid={testIds.alerts.activityProblem}
          />
        )}
        <table className={styles.table}>
          <thead>
            <tr>
              {[M.alert, M.level, M.now, M.grafana, M.firings, M.firingTime, M.everFired].map((heading) => (
                <th key={heading.en}>{localize(heading)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.alert.id} data-testid={testIds.alerts.activityRow(row.alert.id)}>
                <td>
                  <strong>{row.alert.id}</strong>
                  {row.instances.length > 0 && <span className={styles.where}> {row.instances.join(', ')}</span>}
                </td>
                <td>
                  <Badge color={LEVEL_COLOURS[row.alert.level]} text={levelTitle(row.alert.level)} />
                </td>
                <td>{loading ? '…' : <StateBadge state={row.now} />}</td>
                <td>
                  <GrafanaCell row={row} grafana={grafana} />
                </td>
                <td className={styles.number}>{loading ? '…' : row.firings}</td>
                <td className={styles.number}>{loading ? '…' : formatFiringTime(row.firingSeconds)}</td>
                <td>{loading ? '…' : localize(row.everFired ? M.yes : M.no)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {!loading && !failed && <NoiseView rows={rows} />}
    </>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  ...getPanelStyles(theme),
  where: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
  number: css({ fontVariantNumeric: 'tabular-nums', textAlign: 'right' }),
});
