import React from 'react';
import { css } from '@emotion/css';
import { type GrafanaTheme2, LoadingState } from '@grafana/data';
import { SceneCSSGridLayout, SceneObjectBase, type SceneComponentProps, type SceneObjectState } from '@grafana/scenes';
import { Icon, LoadingPlaceholder, Tooltip, useStyles2 } from '@grafana/ui';
import { type KpiDef, findRisk } from '../catalog/business';
import { currentLanguage, localize } from '../i18n/localize';
import { testIds } from '../testIds';
import { formatChange, formatKpiValue, relativeChange, shownChange } from './formatValue';
import { lastValue, seriesLabels } from './frames';
import { NOW, UNKNOWN_WHILE, WEEK_AGO } from '../queries/kpiQueries';
import { MESSAGES } from './messages';

interface KpiTileState extends SceneObjectState {
  kpi: KpiDef;
}

/** One KPI: its value over the range and its change against the same period a week earlier. */
export class KpiTile extends SceneObjectBase<KpiTileState> {
  static Component = KpiTileRenderer;
}

/** Tiles filling a row in equal widths of at least 200 px; a narrow screen wraps them onto more rows. */
export function kpiTileGrid(tiles: KpiTile[]): SceneCSSGridLayout {
  return new SceneCSSGridLayout({
    templateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    autoRows: 'minmax(130px, auto)',
    children: tiles,
  });
}

function KpiTileRenderer({ model }: SceneComponentProps<KpiTile>) {
  const { kpi, $data } = model.useState();
  const data = $data?.useState().data;
  const styles = useStyles2(getStyles);
  const language = currentLanguage();
  const frames = data?.series ?? [];
  const now = lastValue(frames, NOW);
  const exact = now === undefined ? undefined : relativeChange(now, lastValue(frames, WEEK_AGO));
  // Judged as written: +0.04% reads "0%", which is no news, neither good nor bad.
  const change = exact === undefined ? undefined : shownChange(exact);
  const news = change === undefined || change === 0 ? 'flat' : change > 0 === (kpi.better === 'up') ? 'good' : 'bad';
  // A fall to nothing because the job that counts did not run is no good news: say why instead of the change.
  const missingBecause =
    kpi.unknownWhile && seriesLabels(frames, UNKNOWN_WHILE).length ? findRisk(kpi.unknownWhile) : undefined;

  return (
    <section className={styles.tile} data-testid={testIds.business.kpi(kpi.id)} aria-label={localize(kpi.title)}>
      <header className={styles.header}>
        <h3 className={styles.title}>{localize(kpi.title)}</h3>
        <Tooltip content={localize(kpi.description)}>
          <Icon name="info-circle" tabIndex={0} aria-label={localize(kpi.description)} />
        </Tooltip>
      </header>
      {data?.state === LoadingState.Loading && now === undefined ? (
        <LoadingPlaceholder text={localize(MESSAGES.loading)} />
      ) : data?.state === LoadingState.Error ? (
        <p className={styles.problem}>{data.errors?.[0]?.message ?? localize(MESSAGES.queryFailed)}</p>
      ) : now === undefined ? (
        <p className={styles.problem}>{localize(MESSAGES.noData)}</p>
      ) : (
        <>
          <div className={styles.value}>{formatKpiValue(now, kpi, language)}</div>
          {missingBecause ? (
            <div className={styles.unknown}>
              <Icon name="exclamation-triangle" />{' '}
              {localize(MESSAGES.unknownWhile).replace('{risk}', () => localize(missingBecause.statement))}
            </div>
          ) : (
            <div className={styles[news]}>
              {change === undefined ? (
                localize(MESSAGES.noComparison)
              ) : (
                <>
                  {change !== 0 && <Icon name={change > 0 ? 'arrow-up' : 'arrow-down'} />}
                  {` ${formatChange(change, language)} ${localize(MESSAGES.vsLastWeek)}`}
                </>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  tile: css({
    height: '100%',
    padding: theme.spacing(1.5),
    background: theme.colors.background.primary,
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
  }),
  header: css({ display: 'flex', gap: theme.spacing(1), alignItems: 'center' }),
  title: css({ fontSize: theme.typography.body.fontSize, margin: 0, color: theme.colors.text.secondary }),
  value: css({ fontSize: theme.typography.h2.fontSize, fontWeight: theme.typography.fontWeightMedium }),
  good: css({ color: theme.colors.success.text }),
  bad: css({ color: theme.colors.error.text }),
  flat: css({ color: theme.colors.text.secondary }),
  unknown: css({ color: theme.colors.warning.text }),
  problem: css({ color: theme.colors.text.secondary, margin: 0 }),
});
