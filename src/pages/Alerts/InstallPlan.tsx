import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { InstallStep } from '../../alerting/install/install';
import type { PlannedChange } from '../../alerting/install/plan';
import { localize, localizeWith } from '../../i18n/localize';
import { getPanelStyles } from '../../scenes/panelStyles';
import { testIds } from '../../testIds';
import { ACTIONS, MESSAGES, OUTCOMES } from './messages';

/** What the preview says of a change, in words. */
export function describeAction(change: PlannedChange<unknown>): string {
  const { action, provenance, conflict } = change;
  if (action === 'provisioned') {
    return provenance === 'file'
      ? localize(ACTIONS.file)
      : localizeWith(ACTIONS.provisioned, { provenance: provenance ?? '' });
  }
  if (action === 'conflict' && conflict?.reason === 'rule elsewhere') {
    return localizeWith(ACTIONS.ruleElsewhere, {
      rule: conflict.rule,
      folder: conflict.folderUid,
      group: conflict.group,
    });
  }
  if (action === 'conflict' && conflict?.reason === 'foreign rules') {
    return localizeWith(ACTIONS.foreignRules, { rules: conflict.rules.join(', ') });
  }
  return localize(ACTIONS[action as 'create' | 'update' | 'unchanged']);
}

/** What identifies an object to a person: its name, and for the folder its title too. */
function objectName(change: PlannedChange<unknown>): string {
  return change.kind === 'folder' ? `${(change.body as { title: string }).title} (uid ${change.key})` : change.key;
}

/** A change as the install's messages name it: "rule group shoppulse-alerts-phone". */
export const changeName = (change: PlannedChange<unknown>) => `${change.kind} ${objectName(change)}`;

const getStyles = (theme: GrafanaTheme2) => ({
  table: css(getPanelStyles(theme).table, {
    'tbody tr': { borderTop: `1px solid ${theme.colors.border.weak}` },
  }),
  sent: css({ color: theme.colors.text.primary }),
  leftAlone: css({ color: theme.colors.text.secondary }),
  conflict: css({ color: theme.colors.warning.text }),
  failed: css({ color: theme.colors.error.text }),
});

/** The plan, object by object, and once installed what became of each. */
export function InstallPlan({ plan, steps }: { plan: Array<PlannedChange<unknown>>; steps?: InstallStep[] }) {
  const styles = useStyles2(getStyles);
  const actionStyle = (change: PlannedChange<unknown>) =>
    change.action === 'conflict'
      ? styles.conflict
      : change.action === 'create' || change.action === 'update'
        ? styles.sent
        : styles.leftAlone;
  return (
    <table className={styles.table} data-testid={testIds.alerts.plan}>
      <thead>
        <tr>
          <th>{localize(MESSAGES.object)}</th>
          <th>{localize(MESSAGES.name)}</th>
          <th>{localize(MESSAGES.action)}</th>
          {steps && <th>{localize(MESSAGES.result)}</th>}
        </tr>
      </thead>
      <tbody>
        {plan.map((change, index) => (
          <tr key={`${change.kind}/${change.key}`}>
            <td>{change.kind}</td>
            <td>{objectName(change)}</td>
            <td className={actionStyle(change)}>{describeAction(change)}</td>
            {steps && (
              <td className={steps[index].outcome === 'failed' ? styles.failed : undefined}>
                {localize(OUTCOMES[steps[index].outcome])}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
