import React from 'react';
import { css, cx } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { BURN_RATE_PAIRS } from '../../catalog/slo';
import { currentLanguage, localize } from '../../i18n/localize';
import { formatValue } from '../../scenes/formatValue';
import { getPanelStyles } from '../../scenes/panelStyles';
import { MESSAGES } from './messages';

/**
 * Like Pyrra's: each alert pair's two windows, their burn rates, the threshold (also as the share of bad requests it
 * means under the partner's `budget`) and whether the pair fires. The partner page and the SLA budget panel both draw
 * it; a window without data shows a dash.
 */
export function BurnRates({ rate, budget }: { rate: (window: string) => number | undefined; budget: number }) {
  const styles = useStyles2(getStyles);
  const language = currentLanguage();
  const shown = (value: number | undefined) => (value === undefined ? '–' : formatValue(value, 'short', language));
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th>{localize(MESSAGES.window)}</th>
          <th>{localize(MESSAGES.burnRate)}</th>
          <th>{localize(MESSAGES.threshold)}</th>
          <th>{localize(MESSAGES.badShareThreshold)}</th>
          <th>{localize(MESSAGES.level)}</th>
          <th>{localize(MESSAGES.firing)}</th>
        </tr>
      </thead>
      <tbody>
        {BURN_RATE_PAIRS.map((pair) => {
          const [long, short] = [rate(pair.long), rate(pair.short)];
          const firing = long !== undefined && short !== undefined && long > pair.burnRate && short > pair.burnRate;
          return (
            <tr key={pair.long} className={cx(firing && styles.firing)}>
              <td>{`${pair.long} / ${pair.short}`}</td>
              <td>{`${shown(long)} / ${shown(short)}`}</td>
              <td>{formatValue(pair.burnRate, 'short', language)}</td>
              <td>{formatValue(pair.burnRate * budget, 'percentunit', language)}</td>
              <td>{pair.level}</td>
              <td>{localize(firing ? MESSAGES.yes : MESSAGES.no)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  ...getPanelStyles(theme),
  firing: css({ background: theme.colors.error.transparent }),
});
