import React from 'react';
import { css, cx } from '@emotion/css';
import { type GrafanaTheme2, dateTimeFormat } from '@grafana/data';
import { SceneObjectBase, type SceneComponentProps, type SceneObjectState, sceneGraph } from '@grafana/scenes';
import { useStyles2 } from '@grafana/ui';
import type { LocalizedText } from '../../catalog/types';
import { currentLanguage, localize, localizeWith } from '../../i18n/localize';
import { formatValue } from '../../scenes/formatValue';
import type { LabelNames } from '../../queries/selector';
import { pointsOf } from '../../scenes/frames';
import { getPanelStyles } from '../../scenes/panelStyles';
import { PanelFrame, dataStateMessage } from '../../scenes/PanelFrame';
import { testIds } from '../../testIds';
import { BAND_WEEKS } from '../../catalog/bands';
import { type ChangeCheck, checkChange, findChanges } from './changes';
import { judgeImpact } from './impact';
import { ImpactCell } from './ImpactCell';
import { BUILDS_REF, CHANGE_CHECK_SIGNALS, RELOADS_REF, checkRef } from './queries';
import { MESSAGES } from './messages';

interface ChangesListState extends SceneObjectState {
  /** How the data source names the partner and deployment labels. */
  names: LabelNames;
}

/** The deploys and config reloads in the range, newest first, each with the faulty-deploy check. */
export class ChangesList extends SceneObjectBase<ChangesListState> {
  static Component = ChangesListRenderer;
}

function describeCheck(check: ChangeCheck, language: keyof LocalizedText): string {
  const { worst } = check;
  if (!worst) {
    return localize(MESSAGES.notJudged);
  }
  const reading = (value: number) => formatValue(value, worst.signal.unit, language);
  const detail = `${localize(worst.signal.title)}, ${worst.route}: ${reading(worst.before)} → ${reading(worst.after)} (${formatValue(worst.times, 'short', language)}×)`;
  return `${localize(check.suspect ? MESSAGES.suspect : MESSAGES.looksFine)}: ${detail}`;
}

function ChangesListRenderer({ model }: SceneComponentProps<ChangesList>) {
  const { $data, names } = model.useState();
  const data = $data?.useState().data;
  const range = sceneGraph.getTimeRange(model).useState().value;
  const from = range.from.valueOf();
  const styles = useStyles2(getStyles);
  const language = currentLanguage();
  const frames = data?.series ?? [];
  const readings = CHANGE_CHECK_SIGNALS.map((signal) => ({
    signal,
    series: pointsOf(frames, checkRef(signal.id), names),
  }));
  const checks = findChanges(pointsOf(frames, BUILDS_REF, names), pointsOf(frames, RELOADS_REF, names), from).map(
    (change) => ({
      ...checkChange(change, readings),
      impact: judgeImpact(change, (refId) => pointsOf(frames, refId, names), range.to.valueOf()),
    })
  );

  const message = dataStateMessage(data, checks.length === 0, MESSAGES.noChanges);
  let body: React.ReactNode;
  if (message) {
    body = <p>{message}</p>;
  } else {
    body = (
      <table className={styles.table}>
        <thead>
          <tr>
            <th>{localize(MESSAGES.when)}</th>
            <th>{localize(MESSAGES.what)}</th>
            <th>{localize(MESSAGES.where)}</th>
            <th>{localize(MESSAGES.check)}</th>
            <th>{localize(MESSAGES.impact)}</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((check, index) => (
            <tr
              key={`${check.kind}/${check.deployment}/${check.service}/${check.at}`}
              className={cx((check.suspect || check.impact.suspect) && styles.suspect)}
              data-testid={testIds.whatChanged.change(index)}
            >
              <td>{dateTimeFormat(check.at, { format: 'YYYY-MM-DD HH:mm' })}</td>
              <td>
                {check.kind === 'deploy'
                  ? `${check.service} ${check.previousVersion ?? '?'} → ${check.version}`
                  : `${check.service} ${localize(MESSAGES.configReload)}`}
              </td>
              <td>{check.deployment}</td>
              <td>{describeCheck(check, language)}</td>
              <ImpactCell impact={check.impact} index={index} language={language} />
            </tr>
          ))}
        </tbody>
      </table>
    );
  }

  return (
    <PanelFrame
      title={localize(MESSAGES.changesTitle)}
      description={localizeWith(MESSAGES.changesDescription, { weeks: BAND_WEEKS })}
      testId={testIds.whatChanged.changes}
    >
      {body}
    </PanelFrame>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  ...getPanelStyles(theme),
  suspect: css({ background: theme.colors.error.transparent }),
});
