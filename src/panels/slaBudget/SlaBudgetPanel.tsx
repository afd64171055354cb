import React from 'react';
import { css } from '@emotion/css';
import { type GrafanaTheme2, LoadingState, type PanelProps } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { currentLanguage, localize } from '../../i18n/localize';
import { formatValue } from '../../scenes/formatValue';
import { BurnRates } from './BurnRates';
import { MESSAGES as SHARED } from '../../scenes/messages';
import { MESSAGES } from './messages';
import { type PartnerBudget, partnerBudgets } from './slaFrames';
import type { SlaBudgetOptions } from './types';
import { queryErrorText } from '../../scenes/queryErrors';

function PartnerBlock({ budget, target }: { budget: PartnerBudget; target: number }) {
  const styles = useStyles2(getStyles);
  const language = currentLanguage();
  const share = (value?: number, decimals?: number) =>
    value === undefined ? '–' : formatValue(value, 'percentunit', language, decimals);
  const met = budget.compliance !== undefined && budget.compliance >= target;
  return (
    <section className={styles.partner} aria-label={budget.partner}>
      <h3 className={styles.name}>{budget.partner}</h3>
      <dl className={styles.figures}>
        <div>
          <dt>{localize(MESSAGES.compliance)}</dt>
          <dd className={met ? styles.good : styles.bad}>
            {share(budget.compliance, 2)}{' '}
            <small>
              ({localize(MESSAGES.target)} {share(target)})
            </small>
          </dd>
        </div>
        <div>
          <dt>{localize(MESSAGES.budgetLeft)}</dt>
          <dd className={(budget.budgetLeft ?? 0) > 0 ? styles.good : styles.bad}>{share(budget.budgetLeft)}</dd>
        </div>
        <div>
          <dt>{localize(MESSAGES.exhaustedIn)}</dt>
          <dd>
            {budget.exhaustedInSeconds === undefined
              ? localize(MESSAGES.notRunningOut)
              : formatValue(budget.exhaustedInSeconds, 's', language, 1)}
          </dd>
        </div>
      </dl>
      <BurnRates rate={(window) => budget.burnRates[window]} budget={1 - target} />
    </section>
  );
}

/** Compliance against the target, budget left, time to exhaustion and burn rates per alert window, per partner. */
export function SlaBudgetPanel({ data, options, width, height }: PanelProps<SlaBudgetOptions>) {
  const budgets = partnerBudgets(data.series, options.tenantLabel);
  let body: React.ReactNode;
  if (data.state === LoadingState.Error) {
    body = <p>{queryErrorText(data.errors?.[0])}</p>;
  } else if (budgets.length === 0) {
    const answered = data.series.some((frame) => frame.length > 0);
    body = <p>{localize(answered ? MESSAGES.wrongShape : SHARED.noData)}</p>;
  } else {
    body = budgets.map((budget) => <PartnerBlock key={budget.partner} budget={budget} target={options.target} />);
  }
  return (
    <div className={css({ width, height, overflow: 'auto' })} data-testid="data-testid shoppulse-sla-budget-panel">
      {body}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  partner: css({ marginBottom: theme.spacing(2) }),
  name: css({ fontSize: theme.typography.h5.fontSize, margin: theme.spacing(0, 0, 1) }),
  figures: css({
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(3),
    margin: theme.spacing(0, 0, 1),
    dt: { color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize },
    dd: { margin: 0, fontSize: theme.typography.h4.fontSize },
  }),
  good: css({ color: theme.colors.success.text }),
  bad: css({ color: theme.colors.error.text }),
});
