import React from 'react';
import { css, cx } from '@emotion/css';
import { type GrafanaTheme2, LoadingState } from '@grafana/data';
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
import { DEPLOYMENT_VARIABLE, PARTNER_VARIABLE } from '../../scenes/filters';
import { formatValue } from '../../scenes/formatValue';
import { samplesOf } from '../../scenes/frames';
import { MESSAGES as SHARED } from '../../scenes/messages';
import { getPanelStyles } from '../../scenes/panelStyles';
import { testIds } from '../../testIds';
import { MESSAGES } from './messages';
import { type Mover, rankMovers } from './movers';
import { beforeRef, nowRef } from './queries';

const SHOWN = 15;

/** The signals ranked by how much they moved against the baseline; a row narrows the page to its place. */
export class TopMovers extends SceneObjectBase<SceneObjectState> {
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
  }
}

function TopMoversRenderer({ model }: SceneComponentProps<TopMovers>) {
  const data = model.useState().$data?.useState().data;
  const styles = useStyles2(getStyles);
  const language = currentLanguage();
  const frames = data?.series ?? [];
  const movers = rankMovers(
    SIGNALS.map((signal) => ({
      signal,
      now: samplesOf(frames, nowRef(signal.id)),
      before: samplesOf(frames, beforeRef(signal.id)),
    }))
  ).slice(0, SHOWN);

  let body: React.ReactNode;
  if (data?.state === LoadingState.Error) {
    body = <p>{data.errors?.[0]?.message ?? localize(SHARED.queryFailed)}</p>;
  } else if (movers.length === 0) {
    body = <p>{localize(data?.state === LoadingState.Done ? SHARED.noData : SHARED.loading)}</p>;
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
              <th>{localize(MESSAGES.change)}</th>
            </tr>
          </thead>
          <tbody>
            {movers.map((mover, rank) => {
              const where = Object.values(mover.where).join(' · ');
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
                  <td>{mover.before === undefined ? '–' : formatValue(mover.before, mover.signal.unit, language)}</td>
                  <td>{`${formatValue(mover.score, 'short', language)}×${mover.moved ? ` ${localize(MESSAGES.moved)}` : ''}`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </>
    );
  }

  return (
    <section
      className={styles.panel}
      data-testid={testIds.whatChanged.movers}
      aria-label={localize(MESSAGES.moversTitle)}
    >
      <h3 className={styles.title}>{localize(MESSAGES.moversTitle)}</h3>
      <p className={styles.description}>{localize(MESSAGES.moversDescription)}</p>
      {body}
    </section>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  ...getPanelStyles(theme),
  moved: css({ background: theme.colors.error.transparent }),
});
