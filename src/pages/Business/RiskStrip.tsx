import React from 'react';
import { css, cx } from '@emotion/css';
import { type DataFrame, type GrafanaTheme2, LoadingState } from '@grafana/data';
import { SceneObjectBase, type SceneComponentProps, type SceneObjectState } from '@grafana/scenes';
import { Icon, TextLink, Tooltip, useStyles2 } from '@grafana/ui';
import { RISKS, type RiskDef, findKpi, findRisk } from '../../catalog/business';
import { type Language, currentLanguage, localize, localizeWith } from '../../i18n/localize';
import { lastValue, samplesOf, seriesLabels } from '../../scenes/frames';
import { DEPLOYMENT_LABEL, TENANT_LABEL } from '../../catalog';
import type { LabelNames } from '../../queries/selector';
import { type Contracts, contractOf } from '../../catalog/contracts';
import { creditOwed } from '../../catalog/credits';
import { formatKpiValue, formatValue } from '../../scenes/formatValue';
import { testIds } from '../../testIds';
import { pageUrl } from '../../urls';
import { MESSAGES } from './messages';
import { backlogRefId } from './queries';

interface RiskStripState extends SceneObjectState {
  /** The contracts a month set to miss its SLA is judged by, for the credit it would cost. */
  contracts: Contracts;
  /** The label names the data source uses, to find the partner a series names. */
  names: LabelNames;
}

/** Plain statements that turn red when true, so nobody has to read a graph to know whether to worry. */
export class RiskStrip extends SceneObjectBase<RiskStripState> {
  static Component = RiskStripRenderer;
}

function where(labels: Record<string, string>): string {
  return Object.values(labels).join(' · ');
}

/** What waits for an overdue job, such as "1,234 orders worth PLN 290,512 leave unchecked"; empty when unknown. */
function backlogText(risk: RiskDef, frames: DataFrame[], language: Language): string {
  if (risk.rule.kind !== 'jobOverdue') {
    return '';
  }
  const { kpis, text } = risk.rule.backlog;
  const values = new Map(kpis.map((id) => [id, lastValue(frames, backlogRefId(risk, id))]));
  if ([...values.values()].some((value) => value === undefined)) {
    return '';
  }
  const filled = localize(text, language).replace(/\{(\w+)\}/g, (_, id: string) =>
    formatKpiValue(values.get(id)!, findKpi(id), language)
  );
  return `; ${filled}`;
}

/** A partner whose month is set to miss: where it ends at the last day's pace, and the credit that would cost. */
function missText(labels: Record<string, string>, projected: number, contracts: Contracts, language: Language) {
  const contract = contractOf(labels[TENANT_LABEL] ?? '', contracts);
  const credit = creditOwed(contract, projected);
  return localizeWith(credit ? MESSAGES.monthMissCredit : MESSAGES.monthMiss, {
    where: [labels[TENANT_LABEL], labels[DEPLOYMENT_LABEL]].filter(Boolean).join(' · '),
    projected: formatValue(projected, 'percentunit', language),
    share: credit ? formatValue(credit.share, 'percentunit', language) : '',
    amount: credit ? formatValue(credit.amount, 'currencyPLN', language, 0) : '',
  });
}

function RiskStripRenderer({ model }: SceneComponentProps<RiskStrip>) {
  const { contracts, names, $data } = model.useState();
  const data = $data?.useState().data;
  const styles = useStyles2(getStyles);
  const language = currentLanguage();
  const done = data?.state === LoadingState.Done || data?.state === LoadingState.Error;
  const frames = data?.series ?? [];
  // An error without a refId (the data source is down) concerns every risk.
  const errorOf = (risk: RiskDef) =>
    data?.errors?.find((candidate) => candidate.refId === risk.id || candidate.refId === undefined);
  const stateOf = (risk: RiskDef) =>
    !done || errorOf(risk) ? 'unknown' : seriesLabels(frames, risk.id).length ? 'bad' : 'good';

  const line = (risk: RiskDef) => {
    const error = errorOf(risk);
    const places = seriesLabels(frames, risk.id);
    // No fraud holds because the check did not run says nothing about fraud.
    const blocker = risk.unknownWhile ? findRisk(risk.unknownWhile) : undefined;
    const blocked = blocker !== undefined && stateOf(blocker) === 'bad';
    const state = blocked ? 'unknown' : stateOf(risk);
    const couldNotCheck = (why?: string) =>
      `${localize(MESSAGES.couldNotCheck)} ${localize(risk.calm).toLowerCase()} (${why})`;
    const placesText =
      risk.rule.kind === 'slaMonthProjectedMiss'
        ? samplesOf(frames, risk.id, names)
            .map(({ labels, value }) => missText(labels, value, contracts, language))
            .join(', ')
        : places.map(where).join(', ');
    const text =
      state === 'bad'
        ? `${localize(risk.statement)}: ${placesText}${backlogText(risk, frames, language)}`
        : blocked
          ? couldNotCheck(localize(blocker.statement).toLowerCase())
          : error
            ? couldNotCheck(error.message)
            : localize(risk.calm);
    return (
      <li
        key={risk.id}
        className={cx(styles.risk, styles[state])}
        data-testid={testIds.business.risk(risk.id)}
        data-state={state}
      >
        <Icon name={state === 'bad' ? 'exclamation-triangle' : state === 'good' ? 'check' : 'question-circle'} />
        <TextLink href={pageUrl(risk.evidence)} inline={false} color="primary">
          {text}
        </TextLink>
        <Tooltip content={localize(risk.description)}>
          <Icon name="info-circle" tabIndex={0} aria-label={localize(risk.description)} />
        </Tooltip>
      </li>
    );
  };

  return (
    <section aria-label={localize(MESSAGES.risksTitle)}>
      <h3 className={styles.title}>
        {localize(MESSAGES.risksTitle)}{' '}
        <Tooltip content={localize(MESSAGES.risksDescription)}>
          <Icon name="info-circle" tabIndex={0} aria-label={localize(MESSAGES.risksDescription)} />
        </Tooltip>
      </h3>
      <ul className={styles.strip}>{RISKS.map(line)}</ul>
    </section>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  title: css({ fontSize: theme.typography.h5.fontSize }),
  strip: css({ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexWrap: 'wrap', gap: theme.spacing(1) }),
  risk: css({
    display: 'flex',
    gap: theme.spacing(1),
    alignItems: 'center',
    padding: theme.spacing(1, 1.5),
    borderRadius: theme.shape.radius.default,
    border: `1px solid ${theme.colors.border.weak}`,
  }),
  bad: css({ background: theme.colors.error.transparent, borderColor: theme.colors.error.border }),
  good: css({ background: theme.colors.success.transparent }),
  unknown: css({ background: theme.colors.background.secondary }),
});
