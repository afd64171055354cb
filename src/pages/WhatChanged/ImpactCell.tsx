import React from 'react';
import { BAND_WEEKS } from '../../catalog/bands';
import { findKpi } from '../../catalog/business';
import { IMPACT_KPIS } from '../../catalog/changes';
import { type Language, localize, localizeWith } from '../../i18n/localize';
import { LOCALES, formatKpiValue, formatValue } from '../../scenes/formatValue';
import { testIds } from '../../testIds';
import { type ChangeImpact, type PartnerImpact, againstLastWeek, revenueLost } from './impact';
import { MESSAGES } from './messages';

/** "sportowo: orders −31% against last week’s same hour, ≈ PLN 9,870 in the hour". */
export function describeHit(partner: PartnerImpact, language: Language): string {
  const orders = againstLastWeek(partner.readings[IMPACT_KPIS.judged[0]]) ?? 0;
  const lost = revenueLost({ tooRecent: false, suspect: false, partners: [partner] });
  return localizeWith(MESSAGES.impactHit, {
    partner: partner.tenant,
    orders: new Intl.NumberFormat(LOCALES[language], {
      style: 'percent',
      signDisplay: 'exceptZero',
      maximumFractionDigits: 0,
    }).format(orders),
    lost: formatValue(lost, 'currencyPLN', language, 0),
  });
}

/** Which business tests the first judged KPI that failed them failed, with its figures (money follows orders). */
export function describeFailures(partner: PartnerImpact, language: Language): string[] {
  const first = partner.failed[0]?.kpiId;
  return partner.failed
    .filter(({ kpiId }) => kpiId === first)
    .map(({ kpiId, test }) => {
      const kpi = findKpi(kpiId);
      const reading = partner.readings[kpiId];
      const value = (figure?: number) => (figure === undefined ? '?' : formatKpiValue(figure, kpi, language));
      return localizeWith(MESSAGES[test], {
        kpi: localize(kpi.title, language),
        weeks: BAND_WEEKS,
        before: value(reading.before),
        after: value(reading.after),
        low: value(reading.low),
      });
    });
}

/** Where the orders went: conversion and each method's payment success, the hour before → after (a week earlier). */
export function describeShown(partner: PartnerImpact, language: Language): string {
  const value = (kpiId: string, figure?: number) =>
    figure === undefined ? '?' : formatKpiValue(figure, findKpi(kpiId), language);
  return IMPACT_KPIS.shown
    .map((kpiId) => {
      const { before, after, lastWeek } = partner.readings[kpiId];
      return localizeWith(MESSAGES.impactShown, {
        kpi: localize(findKpi(kpiId).title, language),
        before: value(kpiId, before),
        after: value(kpiId, after),
        lastWeek: value(kpiId, lastWeek),
      });
    })
    .join('; ');
}

/** The business check of one change, in words. */
export function ImpactCell({ impact, index, language }: { impact: ChangeImpact; index: number; language: Language }) {
  let body: React.ReactNode;
  if (impact.tooRecent) {
    body = localize(MESSAGES.impactTooRecent, language);
  } else if (impact.partners.length === 0) {
    body = localize(MESSAGES.impactNoPartners, language);
  } else if (!impact.partners.some((partner) => partner.hit)) {
    body = localizeWith(MESSAGES.impactUsual, { weeks: BAND_WEEKS });
  } else {
    body = impact.partners
      .filter((partner) => partner.hit)
      .map((partner) => (
        <div key={partner.tenant}>
          {partner.suspect && <strong>{localize(MESSAGES.impactSuspect, language)}: </strong>}
          {describeHit(partner, language)}
          {partner.suspect && <small> ({describeFailures(partner, language).join('; ')})</small>}
          <br />
          <small>{describeShown(partner, language)}</small>
        </div>
      ));
  }
  return <td data-testid={testIds.whatChanged.impact(index)}>{body}</td>;
}
