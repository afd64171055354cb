import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { BAND_WEEKS, countNoiseShare, outsideBand } from '../catalog/bands';
import type { KpiDef } from '../catalog/business';
import { type Language, localizeWith } from '../i18n/localize';
import { testIds } from '../testIds';
import { LOCALES, formatKpiValue } from './formatValue';
import { MESSAGES } from './messages';

/** "Tuesday 20:00" for the hour that ends at `time`, as the browser's clock shows it. */
function weekdayAndHour(time: number, language: Language): string {
  const date = new Date(time);
  const weekday = date.toLocaleDateString(LOCALES[language], { weekday: 'long' });
  return `${weekday} ${String(date.getHours()).padStart(2, '0')}:00`;
}

interface Props {
  kpi: KpiDef;
  lastHour?: number;
  low?: number;
  high?: number;
  /** Milliseconds: the end of the hour judged. */
  at: number;
  language: Language;
}

/** A mark on a tile whose last hour lies outside the range the same hour took over the past weeks; else nothing. */
export function UsualRangeNote({ kpi, lastHour, low, high, at, language }: Props) {
  const styles = useStyles2(getStyles);
  // A count (orders) varies by chance with its square root; money has no such floor here, only the range's margin.
  const noise = (low: number) => (kpi.count ? countNoiseShare(low) * low : 0);
  const where =
    lastHour !== undefined && low !== undefined && high !== undefined && outsideBand(lastHour, low, high, noise(low));
  if (!where) {
    return null;
  }
  const format = (value: number) => formatKpiValue(value, kpi, language);
  const worse = (kpi.better === 'up') === (where === 'below');
  return (
    <p className={worse ? styles.worse : styles.better} data-testid={testIds.business.unusual(kpi.id)}>
      {localizeWith(where === 'below' ? MESSAGES.unusuallyLow : MESSAGES.unusuallyHigh, {
        when: weekdayAndHour(at, language),
        value: format(lastHour!),
        weeks: BAND_WEEKS,
        low: format(low!),
        high: format(high!),
      })}
    </p>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  worse: css({
    margin: theme.spacing(1, 0, 0),
    color: theme.colors.error.text,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  better: css({
    margin: theme.spacing(1, 0, 0),
    color: theme.colors.text.secondary,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
});
