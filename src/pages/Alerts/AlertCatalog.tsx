import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { SceneObjectBase, type SceneComponentProps, type SceneObjectState } from '@grafana/scenes';
import { Badge, Stack, Text, TextLink, useStyles2 } from '@grafana/ui';
import { ALERTS, ALERT_LEVELS, type AlertDef, RUNBOOK_BASE_URL } from '../../catalog/alerts';
import { localize } from '../../i18n/localize';
import { getPanelStyles } from '../../scenes/panelStyles';
import { testIds } from '../../testIds';
import { alertExpr } from '../../queries/alerts';
import type { SlaAlertScope } from '../../queries/slaAlerts';
import { pageUrl } from '../../urls';
import type { SlaRecords } from '../../alerting/install/slaRecords';
import { InstallAlerts } from './InstallAlerts';
import { MESSAGES } from './messages';

const LEVEL_COLOURS = { phone: 'red', mail: 'orange', slack: 'blue' } as const;

/** An alert's summary with its label placeholders shown as the label names they stand for. */
export function readableSummary(alert: AlertDef): string {
  return localize(alert.summary).replace(/\{\{\s*\$labels\.(\w+)\s*\}\}/g, '‹$1›');
}

interface AlertCatalogState extends SceneObjectState {
  /** The data source the installed rules query. */
  datasourceUid?: string;
  /** The saved contracts (and label names) the installed SLA rules judge each partner by. */
  slaScope?: SlaAlertScope;
  /** The saved contracts and maintenance windows, should Grafana record the SLA series. */
  slaRecords?: SlaRecords;
}

/** Every alert template, grouped by level, with who receives it, what it watches and its runbook. */
export class AlertCatalog extends SceneObjectBase<AlertCatalogState> {
  static Component = AlertCatalogRenderer;
}

function AlertCatalogRenderer({ model }: SceneComponentProps<AlertCatalog>) {
  const { datasourceUid, slaScope, slaRecords } = model.useState();
  const styles = useStyles2(getStyles);
  return (
    <Stack direction="column" gap={3}>
      <Text color="secondary">{localize(MESSAGES.files)}</Text>
      <InstallAlerts datasourceUid={datasourceUid} slaScope={slaScope} slaRecords={slaRecords} />
      {ALERT_LEVELS.map(({ level, title, when }) => (
        <section key={level} className={styles.panel} data-testid={testIds.alerts.level(level)}>
          <h2 className={styles.title}>
            <Badge color={LEVEL_COLOURS[level]} text={localize(title)} /> {localize(when)}
          </h2>
          {ALERTS.filter((alert) => alert.level === level).map((alert) => (
            <details key={alert.id} className={styles.alert} data-testid={testIds.alerts.alert(alert.id)}>
              <summary>
                <strong>{alert.id}</strong>: {readableSummary(alert)} ({localize(MESSAGES.recipient)}: {alert.recipient}
                )
              </summary>
              <dl className={styles.facts}>
                <dt>{localize(MESSAGES.firesAfter)}</dt>
                <dd>{alert.for}</dd>
                <dt>{localize(MESSAGES.watches)}</dt>
                <dd>
                  <code className={styles.expr}>{alertExpr(alert)}</code>
                </dd>
                <dt>{localize(MESSAGES.firstStep)}</dt>
                <dd>{localize(alert.runbook)}</dd>
                <dt>{localize(MESSAGES.runbook)}</dt>
                <dd>
                  <TextLink href={`${RUNBOOK_BASE_URL}#${alert.id.toLowerCase()}`} external>
                    {alert.id}
                  </TextLink>
                </dd>
                <dt>{localize(MESSAGES.evidence)}</dt>
                <dd>
                  <TextLink href={pageUrl(alert.page)}>{alert.page}</TextLink>
                </dd>
              </dl>
            </details>
          ))}
        </section>
      ))}
    </Stack>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  ...getPanelStyles(theme),
  alert: css({ padding: theme.spacing(1, 0), borderTop: `1px solid ${theme.colors.border.weak}` }),
  facts: css({
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: theme.spacing(0.5, 2),
    margin: theme.spacing(1, 0, 0, 2),
  }),
  expr: css({ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }),
});
