import React from 'react';
import { css } from '@emotion/css';
import { type GrafanaTheme2, LoadingState } from '@grafana/data';
import {
  type SceneComponentProps,
  type SceneDataProvider,
  SceneObjectBase,
  type SceneObjectState,
} from '@grafana/scenes';
import { useStyles2 } from '@grafana/ui';
import { FUNNEL_STEPS, findKpi } from '../../catalog/business';
import { currentLanguage, localize } from '../../i18n/localize';
import { formatKpiValue, formatValue } from '../../scenes/formatValue';
import { lastValue } from '../../scenes/frames';
import { NOW } from '../../queries/kpiQueries';
import { getPanelStyles } from '../../scenes/panelStyles';
import { PanelFrame, dataStateMessage } from '../../scenes/PanelFrame';
import { useProvidedData } from '../../scenes/useProvidedData';
import { testIds } from '../../testIds';
import { MESSAGES } from './messages';

/**
 * The shop's funnel from search to paid order, with how many people each step loses. Each step's count is what its
 * KPI tile already asked for (`steps`, in `FUNNEL_STEPS` order): the funnel sends no query of its own.
 */
export class FunnelPanel extends SceneObjectBase<SceneObjectState> {
  static Component = FunnelRenderer;

  constructor(readonly steps: SceneDataProvider[]) {
    super({});
  }
}

function FunnelRenderer({ model }: SceneComponentProps<FunnelPanel>) {
  const answers = useProvidedData(model.steps);
  const styles = useStyles2(getStyles);
  const language = currentLanguage();
  const counts = answers.map((answer) => lastValue(answer?.series ?? [], NOW));
  const first = counts[0] ?? 0;
  // The panel is as ready as its slowest step: a failed step's error first, then one still loading.
  const data =
    answers.find((answer) => answer?.state === LoadingState.Error) ??
    answers.find((answer) => answer?.state !== LoadingState.Done) ??
    answers[0];

  const message = dataStateMessage(data, first === 0);
  let body: React.ReactNode;
  if (message) {
    body = <p>{message}</p>;
  } else {
    body = (
      <ol className={styles.steps}>
        {FUNNEL_STEPS.map((id, i) => {
          const count = counts[i] ?? 0;
          const previous = i > 0 ? counts[i - 1] : undefined;
          const kept = previous ? count / previous : undefined;
          return (
            <li key={id} className={styles.step}>
              <span className={styles.name}>{localize(findKpi(id).title)}</span>
              <span className={styles.track}>
                <span className={styles.bar} style={{ width: `${Math.min(100, (count / first) * 100)}%` }} />
              </span>
              <span className={styles.count}>{formatKpiValue(count, findKpi(id), language)}</span>
              <span className={styles.drop}>
                {kept === undefined
                  ? ''
                  : `${localize(MESSAGES.lostHere)} ${formatValue(Math.max(0, 1 - kept), 'percentunit', language)}`}
              </span>
            </li>
          );
        })}
      </ol>
    );
  }

  return (
    <PanelFrame
      title={localize(MESSAGES.funnelTitle)}
      description={localize(MESSAGES.funnelDescription)}
      testId={testIds.business.funnel}
    >
      {body}
    </PanelFrame>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  ...getPanelStyles(theme),
  steps: css({ listStyle: 'none', padding: 0, margin: 0 }),
  step: css({
    display: 'grid',
    gridTemplateColumns: '10em 1fr 6em 10em',
    gap: theme.spacing(1),
    alignItems: 'center',
    padding: theme.spacing(0.5, 0),
  }),
  name: css({ color: theme.colors.text.primary }),
  track: css({ background: theme.colors.background.secondary, height: theme.spacing(2) }),
  bar: css({ display: 'block', height: '100%', background: theme.colors.primary.main }),
  count: css({ textAlign: 'right', fontWeight: theme.typography.fontWeightMedium }),
  drop: css({ color: theme.colors.text.secondary }),
});
