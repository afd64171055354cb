import { type LocalizedText, SLA_FIGURES } from '../../catalog';
import { ROUTES } from '../../constants';

export interface PlannedPage {
  title: LocalizedText;
  /** Set once the page exists: the card links to it. */
  route?: ROUTES;
  audience: LocalizedText;
  shows: LocalizedText;
}

/** What each page of ShopPulse is for, shown on the landing page. */
export const PLANNED_PAGES: PlannedPage[] = [
  {
    title: { en: 'Business', pl: 'Biznes' },
    route: ROUTES.Business,
    audience: { en: 'For business people', pl: 'Dla biznesu' },
    shows: {
      en: 'Money, orders, payments, parcels, fraud and risks, each compared with the same time last week.',
      pl: 'Pieniądze, zamówienia, płatności, paczki, oszustwa i ryzyka, każde w porównaniu z tym samym czasem tydzień temu.',
    },
  },
  {
    title: { en: 'What changed', pl: 'Co się zmieniło' },
    route: ROUTES.WhatChanged,
    audience: { en: 'For ops and second-line support', pl: 'Dla administratorów i drugiej linii wsparcia' },
    shows: {
      en: 'Now against last week, with deploys, config changes and alerts, and the signals ranked by how much they moved.',
      pl: 'Teraz w porównaniu z zeszłym tygodniem, z wdrożeniami, zmianami konfiguracji i alertami, oraz sygnały według siły zmiany.',
    },
  },
  {
    title: { en: 'Partners', pl: 'Partnerzy' },
    route: ROUTES.Partners,
    audience: { en: 'For support and account managers', pl: 'Dla wsparcia i opiekunów partnerów' },
    shows: {
      en: `Each partner’s SLA (${SLA_FIGURES.en.target} of requests succeed in under ${SLA_FIGURES.en.threshold}), error budget, burn rate and its own KPIs.`,
      pl: `SLA każdego partnera (${SLA_FIGURES.pl.target} żądań udanych w mniej niż ${SLA_FIGURES.pl.threshold}), budżet błędów, tempo jego spalania i własne KPI.`,
    },
  },
  {
    title: { en: 'Alerts', pl: 'Alerty' },
    route: ROUTES.Alerts,
    audience: { en: 'For ops', pl: 'Dla administratorów' },
    shows: {
      en: 'Alert rule templates on three levels (Slack, Mail, Phone) with named recipients, ready to install.',
      pl: 'Szablony reguł alertów na trzech poziomach (Slack, Mail, Telefon) z nazwanymi odbiorcami, gotowe do instalacji.',
    },
  },
];
