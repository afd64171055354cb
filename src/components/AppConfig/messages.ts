import { SLA_FIGURES } from '../../catalog';

// The SLA's numbers come from the catalog, so the page states what the panels and alerts compute.
const { en, pl } = SLA_FIGURES;

/** Texts of the configuration page, in the languages the plugin ships. */
export const MESSAGES = {
  datasourceLabel: { en: 'Prometheus datasource', pl: 'Źródło danych Prometheus' },
  datasourceDescription: {
    en: 'Where the shop’s metrics are. Only Prometheus-compatible datasources are offered.',
    pl: 'Gdzie są metryki sklepu. Oferowane są tylko źródła zgodne z Prometheusem.',
  },
  noDatasource: {
    en: 'Choose a Prometheus datasource: the pages have nothing to show without one.',
    pl: 'Wybierz źródło danych Prometheus: bez niego strony nie mają czego pokazać.',
  },
  datasourceNotFound: {
    en: 'The saved datasource no longer exists in this Grafana. Choose another one.',
    pl: 'Zapisane źródło danych już nie istnieje w tej Grafanie. Wybierz inne.',
  },
  notPrometheus: {
    en: 'The saved datasource is not Prometheus. ShopPulse queries PromQL: choose a Prometheus datasource.',
    pl: 'Zapisane źródło danych to nie Prometheus. ShopPulse używa PromQL: wybierz źródło Prometheus.',
  },
  labelsTitle: { en: 'Label names', pl: 'Nazwy etykiet' },
  tenantLabel: { en: 'Partner label', pl: 'Etykieta partnera' },
  deploymentLabel: { en: 'Deployment label', pl: 'Etykieta wdrożenia' },
  labelDescription: {
    en: 'Change only if your metrics name this label differently.',
    pl: 'Zmień tylko, jeśli Twoje metryki nazywają tę etykietę inaczej.',
  },
  badLabel: {
    en: 'A label name has letters, digits and underscores, and does not start with a digit.',
    pl: 'Nazwa etykiety to litery, cyfry i podkreślenia, nie zaczyna się od cyfry.',
  },
  slaTitle: { en: 'SLA', pl: 'SLA' },
  slaFixed: {
    en: `Every partner is promised that ${en.target} of requests succeed in under ${en.threshold}. The panels, error budget and alerts all judge by this; it cannot be changed here until contracts per partner arrive.`,
    pl: `Każdemu partnerowi obiecujemy, że ${pl.target} żądań zakończy się sukcesem w mniej niż ${pl.threshold}. Według tego oceniają panele, budżet błędów i alerty; nie można tego tu zmienić, dopóki nie pojawią się umowy dla poszczególnych partnerów.`,
  },
  save: { en: 'Save settings', pl: 'Zapisz ustawienia' },
  saveFailed: { en: 'Saving the settings failed', pl: 'Zapis ustawień nie powiódł się' },
  check: { en: 'Check metrics', pl: 'Sprawdź metryki' },
  checkDescription: {
    en: 'Asks the datasource which metrics of the contract it has, and which pages lack data.',
    pl: 'Pyta źródło danych, które metryki kontraktu ma i którym stronom brakuje danych.',
  },
  checkFailed: { en: 'The datasource did not answer', pl: 'Źródło danych nie odpowiedziało' },
  allPresent: { en: 'Every metric of the contract is present.', pl: 'Wszystkie metryki kontraktu są dostępne.' },
  missing: { en: 'missing', pl: 'brak' },
  present: { en: 'present', pl: 'jest' },
  disables: { en: 'Pages and dashboards missing data', pl: 'Strony i pulpity bez części danych' },
};
