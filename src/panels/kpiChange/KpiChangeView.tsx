import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Icon, LoadingPlaceholder, useStyles2 } from '@grafana/ui';
import { currentLanguage, localize } from '../../i18n/localize';
import { formatChange, relativeChange, shownChange } from '../../scenes/formatValue';
import { MESSAGES as SHARED } from '../../scenes/messages';
import { MESSAGES } from './messages';

export interface KpiChangeViewProps {
  /** Nothing to show yet, a failed query (its message), or the figures. */
  state: 'loading' | 'error' | 'ready';
  error?: string;
  value?: number;
  /** The same figure over the comparison period. */
  before?: number;
  format: (value: number) => string;
  /** Whether a rise is good news: colours the arrow. */
  better: 'up' | 'down';
  /** What the change is against, such as "vs last week". */
  comparison: string;
  /** What to say when the comparison period has no figure; by default a general "nothing to compare with". */
  noComparison?: string;
  /** Why the figure cannot be compared (the job that counts it did not run): shown instead of the change. */
  incompleteBecause?: string;
}

/**
 * A figure and its change against the comparison period, with an arrow coloured by whether the change is good news:
 * the Business page's tiles and the "KPI with change" panel both draw it.
 */
export function KpiChangeView(props: KpiChangeViewProps) {
  const styles = useStyles2(getStyles);
  const { state, error, value, before, format, better, comparison, noComparison, incompleteBecause } = props;
  if (state === 'loading' && value === undefined) {
    return <LoadingPlaceholder text={localize(SHARED.loading)} />;
  }
  if (state === 'error') {
    return <p className={styles.problem}>{error ?? localize(SHARED.queryFailed)}</p>;
  }
  if (value === undefined) {
    return <p className={styles.problem}>{localize(SHARED.noData)}</p>;
  }
  const exact = relativeChange(value, before);
  // Judged as written: +0.04% reads "0%", which is no news, neither good nor bad.
  const change = exact === undefined ? undefined : shownChange(exact);
  const news = change === undefined || change === 0 ? 'flat' : change > 0 === (better === 'up') ? 'good' : 'bad';
  return (
    <>
      <div className={styles.value}>{format(value)}</div>
      {/* Keys, so that an icon is replaced rather than renamed: Grafana's Icon keeps the old one while loading. */}
      {incompleteBecause ? (
        <div key="incomplete" className={styles.unknown}>
          <Icon name="exclamation-triangle" /> {incompleteBecause}
        </div>
      ) : (
        <div key="change" className={styles[news]}>
          {change === undefined ? (
            (noComparison ?? localize(MESSAGES.noComparison))
          ) : (
            <>
              {change !== 0 && <Icon key={change > 0 ? 'up' : 'down'} name={change > 0 ? 'arrow-up' : 'arrow-down'} />}
              {` ${formatChange(change, currentLanguage())} ${comparison}`}
            </>
          )}
        </div>
      )}
    </>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  value: css({ fontSize: theme.typography.h2.fontSize, fontWeight: theme.typography.fontWeightMedium }),
  good: css({ color: theme.colors.success.text }),
  bad: css({ color: theme.colors.error.text }),
  flat: css({ color: theme.colors.text.secondary }),
  unknown: css({ color: theme.colors.warning.text }),
  problem: css({ color: theme.colors.text.secondary, margin: 0 }),
});
