import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Text, useStyles2 } from '@grafana/ui';
import { ACTIVITY_DAYS, ALERT_LEVELS, type AlertLevel, FLAP_STARTS_PER_HOUR } from '../../catalog/alerts';
import type { LocalizedText } from '../../catalog';
import { localize, localizeWith } from '../../i18n/localize';
import { getPanelStyles } from '../../scenes/panelStyles';
import { testIds } from '../../testIds';
import { type AlertActivityRow, formatFiringTime, noiseOf } from './activity';
import { ACTIVITY_MESSAGES as M } from './activityMessages';

/** A level's name in the user's language ("Phone", "Telefon"). */
export const levelTitle = (level: AlertLevel) => localize(ALERT_LEVELS.find((entry) => entry.level === level)!.title);

interface ListProps {
  kind: string;
  title: LocalizedText;
  text: string;
  rows: AlertActivityRow[];
  fact?: (row: AlertActivityRow) => string;
}

function NoiseList({ kind, title, text, rows, fact }: ListProps) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.list} data-testid={testIds.alerts.noiseList(kind)}>
      <h3 className={styles.heading}>{localize(title)}</h3>
      <p className={styles.description}>{text}</p>
      {rows.length === 0 ? (
        <Text color="secondary">{localize(M.none)}</Text>
      ) : (
        <ul className={styles.items}>
          {rows.map((row) => (
            <li key={row.alert.id}>
              <strong>{row.alert.id}</strong>
              {fact && <span className={styles.fact}> {fact(row)}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The alerts worth reviewing: fired most often, flapped, never fired; each term explained beside its list. */
export function NoiseView({ rows }: { rows: AlertActivityRow[] }) {
  const styles = useStyles2(getStyles);
  const noise = noiseOf(rows);
  const days = { days: ACTIVITY_DAYS };
  return (
    <section className={styles.panel} data-testid={testIds.alerts.noise}>
      <h2 className={styles.title}>{localize(M.noiseTitle)}</h2>
      <div className={styles.columns}>
        <NoiseList
          kind="noisiest"
          title={M.noisiest}
          text={localizeWith(M.noisiestText, days)}
          rows={noise.noisiest}
          fact={(row) =>
            localizeWith(M.timesFired, { firings: row.firings, time: formatFiringTime(row.firingSeconds) })
          }
        />
        <NoiseList
          kind="flapping"
          title={M.flapping}
          text={localizeWith(M.flappingText, { starts: FLAP_STARTS_PER_HOUR })}
          rows={noise.flapping}
          fact={(row) => localizeWith(M.timesInAnHour, { starts: row.mostStartsInAnHour })}
        />
        <NoiseList
          kind="never"
          title={M.neverFired}
          text={localizeWith(M.neverFiredText, days)}
          rows={noise.neverFired}
          fact={(row) => `(${levelTitle(row.alert.level)})`}
        />
      </div>
    </section>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  ...getPanelStyles(theme),
  columns: css({
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
    gap: theme.spacing(2),
    marginTop: theme.spacing(1),
  }),
  list: css({ minWidth: 0 }),
  heading: css({ fontSize: theme.typography.h6.fontSize, margin: 0 }),
  items: css({ margin: 0, paddingLeft: theme.spacing(2.5) }),
  fact: css({ color: theme.colors.text.secondary }),
});
