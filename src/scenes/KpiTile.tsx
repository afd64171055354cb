import React from 'react';
import { css } from '@emotion/css';
import { type GrafanaTheme2, LoadingState } from '@grafana/data';
import {
  SceneCSSGridLayout,
  type SceneComponentProps,
  type SceneDataProvider,
  SceneObjectBase,
  type SceneObjectState,
  sceneGraph,
} from '@grafana/scenes';
import { Icon, Tooltip, useStyles2 } from '@grafana/ui';
import { type KpiDef, findRisk } from '../catalog/business';
import { currentLanguage, localize, localizeWith } from '../i18n/localize';
import { testIds } from '../testIds';
import { KpiChangeView } from '../panels/kpiChange/KpiChangeView';
import { formatKpiValue } from './formatValue';
import { lastValue, seriesLabels } from './frames';
import { LAST_HOUR, NOW, UNKNOWN_WHILE, USUAL_HIGH, USUAL_LOW, WEEK_AGO } from '../queries/kpiQueries';
import { MESSAGES } from './messages';
import { queryErrorText } from './queryErrors';
import { useProvidedData } from './useProvidedData';
import { UsualRangeNote } from './UsualRangeNote';

const NO_PROVIDERS: SceneDataProvider[] = [];

interface KpiTileState extends SceneObjectState {
  kpi: KpiDef;
}

/**
 * One KPI: its value over the range and its change against the same period a week earlier. `risks`, when given, is
 * the page's risk strip's data (one answer per risk, by its id): the tile reads its `unknownWhile` there instead of
 * asking again.
 */
export class KpiTile extends SceneObjectBase<KpiTileState> {
  static Component = KpiTileRenderer;

  constructor(
    state: KpiTileState,
    readonly risks?: SceneDataProvider
  ) {
    super(state);
  }
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
  const [riskData] = useProvidedData(model.risks ? [model.risks] : NO_PROVIDERS);
  const styles = useStyles2(getStyles);
  const rangeEnd = sceneGraph.getTimeRange(model).useState().value.to.valueOf();
  const language = currentLanguage();
  const frames = data?.series ?? [];
  // A fall to nothing because the job that counts did not run is no good news: say why instead of the change.
  const unknownWhile = model.risks
    ? kpi.unknownWhile && seriesLabels(riskData?.series ?? [], kpi.unknownWhile)
    : seriesLabels(frames, UNKNOWN_WHILE);
  const missingBecause = kpi.unknownWhile && unknownWhile?.length ? findRisk(kpi.unknownWhile) : undefined;
  const state =
    data?.state === LoadingState.Error ? 'error' : data?.state === LoadingState.Loading ? 'loading' : 'ready';

  return (
    <section className={styles.tile} data-testid={testIds.business.kpi(kpi.id)} aria-label={localize(kpi.title)}>
      <header className={styles.header}>
        <h3 className={styles.title}>{localize(kpi.title)}</h3>
        <Tooltip content={localize(kpi.description)}>
          <Icon name="info-circle" tabIndex={0} aria-label={localize(kpi.description)} />
        </Tooltip>
      </header>
      <KpiChangeView
        state={state}
        error={queryErrorText(data?.errors?.[0])}
        value={lastValue(frames, NOW)}
        before={lastValue(frames, WEEK_AGO)}
        format={(value) => formatKpiValue(value, kpi, language)}
        better={kpi.better}
        comparison={localize(MESSAGES.vsLastWeek)}
        noComparison={localize(MESSAGES.noComparison)}
        incompleteBecause={
          missingBecause && localizeWith(MESSAGES.unknownWhile, { risk: localize(missingBecause.statement) })
        }
      />
      <UsualRangeNote
        kpi={kpi}
        lastHour={lastValue(frames, LAST_HOUR)}
        low={lastValue(frames, USUAL_LOW)}
        high={lastValue(frames, USUAL_HIGH)}
        at={rangeEnd}
        language={language}
      />
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
});
