import React from 'react';
import { css, cx } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import {
  type MultiValueVariable,
  SceneObjectBase,
  type SceneComponentProps,
  type SceneObjectState,
  sceneGraph,
} from '@grafana/scenes';
import { Button, useStyles2 } from '@grafana/ui';
import { SIGNALS } from '../../catalog/signals';
import { currentLanguage, localize } from '../../i18n/localize';
import { DEPLOYMENT_VARIABLE, PARTNER_VARIABLE, SERVICE_VARIABLE } from '../../scenes/filters';
import { formatValue } from '../../scenes/formatValue';
import type { LabelNames } from '../../queries/selector';
import { samplesOf } from '../../scenes/frames';
import { getPanelStyles } from '../../scenes/panelStyles';
import { PanelFrame, dataStateMessage } from '../../scenes/PanelFrame';
import { testIds } from '../../testIds';
import { MESSAGES } from './messages';
import { type Mover, rankMovers } from './movers';
import { beforeRef, nowRef, usualRef } from './queries';

const SHOWN = 15;

interface TopMoversState extends SceneObjectState {
  /** How the data source names the partner and deployment labels. */
  names: LabelNames;
}

/** The signals ranked by how much they moved against the baseline; a row narrows the page to its place. */
export class TopMovers extends SceneObjectBase<TopMoversState> {
  static Component = TopMoversRenderer;

  public narrowTo(mover: Mover): void {
    const pick = (name: string, value?: string) => {
      const variable = sceneGraph.lookupVariable(name, this) as MultiValueVariable | undefined;
      if (value && variable) {
        variable.changeValueTo(value);
      }
    };
    pick(DEPLOYMENT_VARIABLE, mover.where.deployment);
    pick(PARTNER_VARIABLE, mover.where.tenant);
    pick(SERVICE_VARIABLE, mover.where.service);
  }
}

function TopMoversRenderer({ model }: SceneComponentProps<TopMovers>) {
  const { $data, names } = model.useState();
  const data = $data?.useState().data;
  const styles = useStyles2(getStyles);
  const language = currentLanguage();
  const frames = data?.series ?? [];
  const movers = rankMovers(
    SIGNALS.map((signal) => ({
      signal,
      now: samplesOf(frames, nowRef(signal.id), names),
      before: samplesOf(frames, beforeRef(signal.id), names),
      usual: samplesOf(frames, usualRef(signal.id), names),
    }))
  ).slice(0, SHOWN);

  const times = (score: number) => `${formatValue(score, 'short', language)}×`;

  const message = dataStateMessage(data, movers.length === 0);
  let body: React.ReactNode;
  if (message) {
    body = <p>{message}</p>;
  } else {
    body = (
      <>
        {!movers[0].moved && <p>{localize(MESSAGES.nothingMoved)}</p>}
        <table className={styles.table}>
          <thead>
            <tr>
              <th>{localize(MESSAGES.signal)}</th>
              <th>{localize(MESSAGES.where)}</th>
              <th>{localize(MESSAGES.now)}</th>
              <th>{localize(MESSAGES.before)}</th>
              <th>{localize(MESSAGES.usual)}</th>
              <th>{localize(MESSAGES.change)}</th>
            </tr>
          </thead>
          <tbody>
            {movers.map((mover, rank) => {
              const where = Object.values(mover.where).join(' · ');
              const reading = (value?: number) =>
                value === undefined || !Number.isFinite(value) ? '–' : formatValue(value, mover.signal.unit, language);
              return (
                <tr
                  key={`${mover.signal.id}/${where}`}
                  className={cx(mover.moved && styles.moved)}
                  data-testid={testIds.whatChanged.mover(rank)}
                >
                  <td title={localize(mover.signal.bad)}>{localize(mover.signal.title)}</td>
                  <td>
                    <Button
                      size="sm"
                      variant="secondary"
                      fill="text"
                      onClick={() => model.narrowTo(mover)}
                      aria-label={`${localize(MESSAGES.narrow)} ${where}`}
                    >
                      {where}
                    </Button>
                  </td>
                  <td>{formatValue(mover.now, mover.signal.unit, language)}</td>
                  <td>{reading(mover.before)}</td>
                  <td>{reading(mover.usual)}</td>
                  <td title={`${times(mover.againstBefore)} / ${times(mover.againstUsual)}`}>
                    {`${times(mover.score)}${mover.moved ? ` ${localize(MESSAGES.moved)}` : ''}`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </>
    );
  }

  return (
    <PanelFrame
      title={localize(MESSAGES.moversTitle)}
      description={localize(MESSAGES.moversDescription)}
      testId={testIds.whatChanged.movers}
    >
      {body}
    </PanelFrame>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  ...getPanelStyles(theme),
  moved: css({ background: theme.colors.error.transparent }),
});
