import React from 'react';
import { css, cx } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Button, useStyles2 } from '@grafana/ui';
import { currentLanguage, localize } from '../../i18n/localize';
import { formatValue } from '../../scenes/formatValue';
import { getPanelStyles } from '../../scenes/panelStyles';
import { MESSAGES } from './messages';
import type { Mover, RankedSignal } from './movers';

interface MoversTableProps<S extends RankedSignal> {
  movers: Array<Mover<S>>;
  /** A signal's name and what "bad" looks like, for a table of several signals. */
  signalOf?: (signal: S) => { title: string; bad: string };
  /** A reading in the signal's unit. */
  format: (value: number, signal: S) => string;
  /** Narrows the page or dashboard to the mover's place. */
  onPick: (mover: Mover<S>) => void;
  rowTestId?: (rank: number) => string;
  /** The usual-value column's heading, where it says over what. */
  usualLabel?: string;
}

/**
 * Places ranked by how much they moved: now, at the baseline, as usual, and times worse than both. The What changed
 * page's top movers and the "Top movers" panel both draw it.
 */
export function MoversTable<S extends RankedSignal>(props: MoversTableProps<S>) {
  const { movers, signalOf, format, onPick, rowTestId, usualLabel } = props;
  const styles = useStyles2(getStyles);
  const language = currentLanguage();
  const times = (score: number) => `${formatValue(score, 'short', language)}×`;
  return (
    <>
      {movers.length > 0 && !movers[0].moved && <p>{localize(MESSAGES.nothingMoved)}</p>}
      <table className={styles.table}>
        <thead>
          <tr>
            {signalOf && <th>{localize(MESSAGES.signal)}</th>}
            <th>{localize(MESSAGES.where)}</th>
            <th>{localize(MESSAGES.now)}</th>
            <th>{localize(MESSAGES.before)}</th>
            <th>{usualLabel ?? localize(MESSAGES.usual)}</th>
            <th>{localize(MESSAGES.change)}</th>
          </tr>
        </thead>
        <tbody>
          {movers.map((mover, rank) => {
            const where = Object.values(mover.where).join(' · ');
            const reading = (value?: number) =>
              value === undefined || !Number.isFinite(value) ? '–' : format(value, mover.signal);
            const named = signalOf?.(mover.signal);
            return (
              <tr
                key={`${named?.title}/${where}`}
                className={cx(mover.moved && styles.moved)}
                data-testid={rowTestId?.(rank)}
              >
                {named && <td title={named.bad}>{named.title}</td>}
                <td>
                  <Button
                    size="sm"
                    variant="secondary"
                    fill="text"
                    onClick={() => onPick(mover)}
                    aria-label={`${localize(MESSAGES.narrow)} ${where}`}
                  >
                    {where}
                  </Button>
                </td>
                <td>{format(mover.now, mover.signal)}</td>
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

const getStyles = (theme: GrafanaTheme2) => ({
  ...getPanelStyles(theme),
  moved: css({ background: theme.colors.error.transparent }),
});
