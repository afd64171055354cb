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
  slaTitle: { en: 'SLA contracts', pl: 'Umowy SLA' },
  slaDefault: {
    en: `Every partner is promised that ${en.target} of requests succeed in under ${en.threshold}, over calendar months in Europe/Warsaw time, unless its contract below says otherwise. A term left empty follows this default.`,
    pl: `Każdemu partnerowi obiecujemy, że ${pl.target} żądań zakończy się sukcesem w mniej niż ${pl.threshold}, w miesiącach kalendarzowych czasu warszawskiego, chyba że jego umowa poniżej stanowi inaczej. Puste pole oznacza wartość domyślną.`,
  },
  slaApplies: {
    en: 'The pages judge budgets and months by what is saved here at once. Prometheus counts good requests and fires alerts by its rule file: load the one below after every change.',
    pl: 'Strony od razu oceniają budżety i miesiące według tego, co tu zapisano. Prometheus liczy dobre żądania i wysyła alerty według swojego pliku reguł: wczytaj poniższy po każdej zmianie.',
  },
  contractPartner: { en: 'Partner', pl: 'Partner' },
  contractTarget: { en: 'Target, % of good requests', pl: 'Cel, % dobrych żądań' },
  contractThreshold: { en: 'Good under', pl: 'Dobre poniżej' },
  contractTimeZone: { en: 'Months in time zone', pl: 'Miesiące w strefie czasowej' },
  addContract: { en: 'Add a partner’s contract', pl: 'Dodaj umowę partnera' },
  removeContract: { en: 'Remove {partner}’s contract', pl: 'Usuń umowę partnera {partner}' },
  partnerMissing: {
    en: 'Name the partner as its label value reads, for example sportowo.',
    pl: 'Podaj partnera tak, jak brzmi wartość jego etykiety, na przykład sportowo.',
  },
  partnerTwice: {
    en: 'This partner already has a contract above: keep one.',
    pl: 'Ten partner ma już umowę wyżej: zostaw jedną.',
  },
  badTarget: {
    en: 'A share of good requests in per cent, above 0 and below 100, for example 99.5.',
    pl: 'Odsetek dobrych żądań w procentach, powyżej 0 i poniżej 100, na przykład 99,5.',
  },
  badThreshold: {
    en: 'Choose one of the response times the gateway histogram measures.',
    pl: 'Wybierz jeden z czasów odpowiedzi, które mierzy histogram bramki.',
  },
  badTimeZone: {
    en: 'Not a time zone: choose one from the list (an IANA name such as Europe/Warsaw).',
    pl: 'To nie jest strefa czasowa: wybierz ją z listy (nazwa IANA, np. Europe/Warsaw).',
  },
  contractFee: { en: 'Monthly fee (PLN)', pl: 'Opłata miesięczna (PLN)' },
  contractCredits: { en: 'Service credits (below % : credit %)', pl: 'Rabaty za niedotrzymanie (poniżej % : rabat %)' },
  contractCreditsHint: {
    en: '95:10, 90:25 means 10% of the fee for a month below 95%, 25% below 90%. Empty: no credits.',
    pl: '95:10, 90:25 oznacza 10% opłaty za miesiąc poniżej 95%, 25% poniżej 90%. Puste: bez rabatów.',
  },
  badFee: {
    en: 'The fee is an amount in PLN, 0 or more, for example 12000.',
    pl: 'Opłata to kwota w PLN, 0 lub więcej, na przykład 12000.',
  },
  creditsNeedFee: {
    en: 'Credits are shares of the monthly fee: give the fee.',
    pl: 'Rabaty są częścią opłaty miesięcznej: podaj opłatę.',
  },
  badCredits: {
    en: 'Write steps as "below:credit" in per cent, separated by a comma and space: 95:10, 90:25.',
    pl: 'Wpisz progi jako „poniżej:rabat” w procentach, oddzielone przecinkiem i spacją: 95:10, 90:25.',
  },
  ruleFileTitle: {
    en: 'Rule file for these contracts and maintenance windows',
    pl: 'Plik reguł dla tych umów i okien serwisowych',
  },
  ruleFileDescription: {
    en: 'The SLA recording rules for the contracts and maintenance windows in this form, made by the same generator as the plugin’s own. Check it with promtool, put it where Prometheus reads rules and reload it; on Mimir or Cortex, load it with mimirtool.',
    pl: 'Reguły nagrywające SLA dla umów i okien serwisowych z tego formularza, z tego samego generatora co reguły wtyczki. Sprawdź plik promtoolem, umieść tam, skąd Prometheus czyta reguły, i przeładuj go; w Mimirze lub Cortexie wczytaj go mimirtoolem.',
  },
  downloadRules: { en: 'Download shoppulse-sla.rules.yaml', pl: 'Pobierz shoppulse-sla.rules.yaml' },
  maintenanceTitle: { en: 'Maintenance windows', pl: 'Okna serwisowe' },
  maintenanceDescription: {
    en: 'Planned work a partner’s contract excludes: requests inside a window count neither as good nor as bad, so they spend no error budget and fire no SLA alert. A window names a partner, a deployment, or both (then that partner on that deployment only). Times are UTC, written as 2025-06-01T02:00:00Z; the end is not part of the window.',
    pl: 'Planowane prace, które umowa partnera wyłącza: żądania w oknie nie liczą się ani jako dobre, ani jako złe, więc nie zużywają budżetu błędów i nie wywołują alertów SLA. Okno wskazuje partnera, wdrożenie albo oba (wtedy tylko tego partnera w tym wdrożeniu). Czasy są w UTC, zapisane jako 2025-06-01T02:00:00Z; koniec nie należy do okna.',
  },
  maintenanceApplies: {
    en: 'A window counts only once the rule file downloaded below is loaded into Prometheus: saved here alone, its requests still count. The partner page’s Maintenance layer shows the windows the loaded rules applied.',
    pl: 'Okno liczy się dopiero po wczytaniu do Prometheusa pobranego poniżej pliku reguł: jeśli tylko je tu zapiszesz, jego żądania nadal się liczą. Warstwa „Prace serwisowe” na stronie partnera pokazuje okna, które uwzględniły wczytane reguły.',
  },
  maintenancePartner: { en: 'Partner (optional)', pl: 'Partner (opcjonalnie)' },
  maintenanceDeployment: { en: 'Deployment (optional)', pl: 'Wdrożenie (opcjonalnie)' },
  maintenanceFrom: { en: 'From (UTC)', pl: 'Od (UTC)' },
  maintenanceTo: { en: 'To (UTC, not included)', pl: 'Do (UTC, bez tej chwili)' },
  maintenanceReason: { en: 'Reason', pl: 'Powód' },
  addMaintenance: { en: 'Add a maintenance window', pl: 'Dodaj okno serwisowe' },
  removeMaintenance: { en: 'Remove maintenance window {number}', pl: 'Usuń okno serwisowe {number}' },
  maintenanceScopeMissing: {
    en: 'Names neither a partner nor a deployment: give one or both.',
    pl: 'Nie wskazuje ani partnera, ani wdrożenia: podaj jedno lub oba.',
  },
  maintenanceInstantMissing: {
    en: 'Give a UTC instant such as 2025-06-01T02:00:00Z.',
    pl: 'Podaj chwilę w UTC, na przykład 2025-06-01T02:00:00Z.',
  },
  maintenanceBadInstant: {
    en: 'Not a UTC instant such as 2025-06-01T02:00:00Z (with the seconds and the Z).',
    pl: 'To nie jest chwila w UTC, taka jak 2025-06-01T02:00:00Z (z sekundami i literą Z).',
  },
  maintenanceEndsBeforeStart: {
    en: 'To must be after From.',
    pl: 'Do musi być później niż Od.',
  },
  maintenanceTooShort: {
    en: 'Shorter than a minute, which the once-a-minute SLA rules may not see: make it a minute or more.',
    pl: 'Krótsze niż minuta, czego liczone co minutę reguły SLA mogą nie zauważyć: niech trwa minutę lub dłużej.',
  },
  maintenanceReasonMissing: {
    en: 'Gives no reason: say why, for the partner’s report.',
    pl: 'Brak powodu: napisz dlaczego, do raportu dla partnera.',
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
