import { SLA_FIGURES } from './sla';
import type { LocalizedText } from './types';

/** One page of the app: where it lives, what it is called and whom it is for. */
export interface PageDef {
  id: string;
  /** The page's URL below the app's base URL. */
  slug: string;
  /** In Grafana's navigation (English there: plugin.json has one name), the breadcrumbs and the page header. */
  title: LocalizedText;
  /** The page header's title, where it differs from the navigation's. */
  heading?: LocalizedText;
  subTitle: LocalizedText;
  /** Who opens it, and what they find there: the landing page's card. */
  audience: LocalizedText;
  shows: LocalizedText;
  /** The uid of the bundled dashboard with the same panels, which users can edit and copy. */
  dashboardUid?: string;
}

const { en, pl } = SLA_FIGURES;

/** Every page, in navigation order; the first is the landing page. Routes, nav entries and cards derive from it. */
export const PAGES = [
  {
    id: 'home',
    slug: 'home',
    title: { en: 'Home', pl: 'Start' },
    heading: { en: 'ShopPulse', pl: 'ShopPulse' },
    subTitle: {
      en: 'Business KPIs, what changed, partner SLAs and alert templates for the shop',
      pl: 'KPI biznesowe, co się zmieniło, SLA partnerów i szablony alertów sklepu',
    },
    audience: { en: 'For everyone', pl: 'Dla wszystkich' },
    shows: { en: 'Where to start.', pl: 'Od czego zacząć.' },
  },
  {
    id: 'business',
    slug: 'business',
    dashboardUid: 'shoppulse-business',
    title: { en: 'Business', pl: 'Biznes' },
    subTitle: {
      en: 'What the shop earned and what threatens it, compared with the same time last week',
      pl: 'Ile sklep zarobił i co mu zagraża, w porównaniu z tym samym czasem tydzień temu',
    },
    audience: { en: 'For business people', pl: 'Dla biznesu' },
    shows: {
      en: 'Money, orders, payments, parcels, fraud and risks, each compared with the same time last week.',
      pl: 'Pieniądze, zamówienia, płatności, paczki, oszustwa i ryzyka, każde w porównaniu z tym samym czasem tydzień temu.',
    },
  },
  {
    id: 'what-changed',
    slug: 'what-changed',
    dashboardUid: 'shoppulse-what-changed',
    title: { en: 'What changed', pl: 'Co się zmieniło' },
    subTitle: {
      en: 'The shop misbehaves: what moved against the baseline, and what changed just before',
      pl: 'Sklep działa źle: co się ruszyło względem punktu odniesienia i co zmieniło się tuż przed',
    },
    audience: { en: 'For ops and second-line support', pl: 'Dla administratorów i drugiej linii wsparcia' },
    shows: {
      en: 'Now against last week, with deploys, config changes and alerts, and the signals ranked by how much they moved.',
      pl: 'Teraz w porównaniu z zeszłym tygodniem, z wdrożeniami, zmianami konfiguracji i alertami, oraz sygnały według siły zmiany.',
    },
  },
  {
    id: 'partners',
    slug: 'partners',
    dashboardUid: 'shoppulse-partner-sla',
    title: { en: 'Partners', pl: 'Partnerzy' },
    subTitle: {
      en: `Does each partner get what we promised: ${en.target} of requests served successfully in under ${en.threshold}?`,
      pl: `Czy każdy partner dostaje to, co obiecaliśmy: ${pl.target} żądań obsłużonych poprawnie w mniej niż ${pl.threshold}?`,
    },
    audience: { en: 'For support and account managers', pl: 'Dla wsparcia i opiekunów partnerów' },
    shows: {
      en: `Each partner’s SLA (${en.target} of requests succeed in under ${en.threshold}), error budget, burn rate and its own KPIs.`,
      pl: `SLA każdego partnera (${pl.target} żądań udanych w mniej niż ${pl.threshold}), budżet błędów, tempo jego spalania i własne KPI.`,
    },
  },
  {
    id: 'alerts',
    slug: 'alerts',
    title: { en: 'Alerts', pl: 'Alerty' },
    subTitle: {
      en: 'The alert templates: what each watches, how loud it is and who receives it',
      pl: 'Szablony alertów: co każdy obserwuje, jak jest głośny i kto go dostaje',
    },
    audience: { en: 'For ops', pl: 'Dla administratorów' },
    shows: {
      en: 'Alert rule templates on three levels (Slack, Mail, Phone) with named recipients, ready to install.',
      pl: 'Szablony reguł alertów na trzech poziomach (Slack, Mail, Telefon) z nazwanymi odbiorcami, gotowe do instalacji.',
    },
  },
] as const satisfies readonly PageDef[];

/** A page of the app. */
export type PageId = (typeof PAGES)[number]['id'];

/** The landing page, which Grafana opens when the app is chosen in the navigation. */
export const HOME_PAGE: PageId = PAGES[0].id;

export function findPage(id: PageId): PageDef {
  return PAGES.find((page) => page.id === id)!;
}
