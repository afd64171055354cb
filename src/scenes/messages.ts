/** Words the shared scene objects show, in every language the plugin ships. */
export const MESSAGES = {
  loading: { en: 'Loading…', pl: 'Wczytywanie…' },
  noData: { en: 'No data in this time range', pl: 'Brak danych w tym zakresie czasu' },
  queryFailed: { en: 'The data source did not answer', pl: 'Źródło danych nie odpowiedziało' },
  refreshWhenBack: {
    en: 'The partner’s panels show once it answers: press Refresh (top right) to ask again.',
    pl: 'Panele partnera pojawią się, gdy odpowie: naciśnij Odśwież (w prawym górnym rogu), by zapytać ponownie.',
  },
  queryRefused: { en: 'The data source refused the query', pl: 'Źródło danych odrzuciło zapytanie' },
  noComparison: { en: 'Nothing to compare with last week', pl: 'Brak danych z zeszłego tygodnia do porównania' },
  vsLastWeek: { en: 'vs last week', pl: 'r/r tydzień' },
  usualLow: { en: 'usual low', pl: 'zwykle najmniej' },
  usualHigh: { en: 'usual high', pl: 'zwykle najwięcej' },
  unusuallyLow: {
    en: 'Last hour unusually low for a {when}: {value}, the last {weeks} weeks had {low} to {high}',
    pl: 'Ostatnia godzina nietypowo niska jak na {when}: {value}, w ostatnich {weeks} tygodniach od {low} do {high}',
  },
  unusuallyHigh: {
    en: 'Last hour unusually high for a {when}: {value}, the last {weeks} weeks had {low} to {high}',
    pl: 'Ostatnia godzina nietypowo wysoka jak na {when}: {value}, w ostatnich {weeks} tygodniach od {low} do {high}',
  },
  unknownWhile: {
    en: '{risk}, so this figure is incomplete and not comparable with last week',
    pl: '{risk}, więc ta liczba jest niepełna i nie do porównania z zeszłym tygodniem',
  },
  deploys: { en: 'Deploys', pl: 'Wdrożenia' },
  // The configuration page's maintenance section tells admins to look for this layer by its name.
  maintenance: { en: 'Maintenance', pl: 'Prace serwisowe' },
  dashboardLink: { en: 'Open as a dashboard you can change', pl: 'Otwórz jako pulpit do edycji' },
  dashboardLinkTooltip: {
    en: 'The same panels in a Grafana dashboard: edit it, copy panels into your own, or “Save as” to keep your changes',
    pl: 'Te same panele w pulpicie Grafany: edytuj go, kopiuj panele do własnych albo „Zapisz jako”, by zachować zmiany',
  },
  noDatasource: {
    en: 'Choose the Prometheus data source that holds the shop’s metrics on the configuration page.',
    pl: 'Wybierz źródło danych Prometheus z metrykami sklepu na stronie konfiguracji.',
  },
  noDatasourceTitle: { en: 'No data source yet', pl: 'Brak źródła danych' },
  openConfiguration: { en: 'Open the configuration', pl: 'Otwórz konfigurację' },
  unknownPartnerTitle: { en: 'Unknown partner', pl: 'Nieznany partner' },
  unknownPartner: {
    en: 'No partner called “{value}” sends data here, so the page shows all partners. Pick one of:',
    pl: 'Żaden partner o nazwie „{value}” nie wysyła tu danych, więc strona pokazuje wszystkich partnerów. Wybierz jednego z:',
  },
};
