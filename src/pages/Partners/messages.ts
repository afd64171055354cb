// A partner's contract fills in {target}, {threshold} and {allowed}, so the texts say what its panels compute.

/** Words of the Partners pages, in every language the plugin ships. */
export const MESSAGES = {
  listTitle: { en: 'Partners, worst first', pl: 'Partnerzy, od najgorszego' },
  listDescription: {
    en: 'Each partner’s share of good requests over the last 30 days and this month, how much of the month’s allowance for bad requests is left, and how fast it is being used now (1 = exactly on budget). Click a partner to open it.',
    pl: 'Udział dobrych żądań każdego partnera w ostatnich 30 dniach i w tym miesiącu, ile zostało miesięcznego limitu złych żądań i jak szybko jest teraz zużywany (1 = dokładnie w budżecie). Kliknij partnera, żeby go otworzyć.',
  },
  partner: { en: 'Partner', pl: 'Partner' },
  deployment: { en: 'Deployment', pl: 'Wdrożenie' },
  compliance30d: { en: 'Good requests, 30 days', pl: 'Dobre żądania, 30 dni' },
  monthToDate: { en: 'Good requests, this month', pl: 'Dobre żądania, ten miesiąc' },
  budgetRemaining: { en: 'Budget left', pl: 'Pozostały budżet' },
  burnRate1h: { en: 'Burn rate, last hour', pl: 'Tempo spalania, ostatnia godzina' },
  status: { en: 'Status', pl: 'Stan' },
  ok: { en: 'OK', pl: 'OK' },
  atRisk: { en: 'At risk', pl: 'Zagrożony' },
  breached: { en: 'Breached', pl: 'Naruszony' },
  openPartner: { en: 'Open the partner', pl: 'Otwórz partnera' },
  alerts: { en: 'Alerts about this partner', pl: 'Alerty dotyczące partnera' },
  unknownPartnerTitle: { en: 'Unknown partner', pl: 'Nieznany partner' },
  unknownPartner: {
    en: 'There is no partner called “{partner}” in the data. Known partners:',
    pl: 'W danych nie ma partnera o nazwie „{partner}”. Znani partnerzy:',
  },
  complianceRange: { en: 'Good requests in the range', pl: 'Dobre żądania w zakresie' },
  complianceRangeDescription: {
    en: `The share of requests in the chosen time range answered well and in under {threshold}. The promise is {target}.`,
    pl: `Jaki odsetek żądań w wybranym zakresie czasu obsłużono dobrze i w mniej niż {threshold}. Obietnica to {target}.`,
  },
  monthToDateDescription: {
    en: 'The same, from the first day of this month in the contract’s time zone (Warsaw’s unless it says otherwise) until the end of the range: what the monthly report will say if nothing changes.',
    pl: 'To samo od pierwszego dnia tego miesiąca według strefy czasowej umowy (warszawskiej, jeśli nie stanowi inaczej) do końca zakresu: tyle pokaże raport miesięczny, jeśli nic się nie zmieni.',
  },
  budgetDescription: {
    en: `How much of the 30-day allowance for bad requests ({allowed} of all) is still unused. Below 0 the promise is broken.`,
    pl: `Ile z 30-dniowego limitu złych żądań ({allowed} wszystkich) jest jeszcze niewykorzystane. Poniżej 0 obietnica jest złamana.`,
  },
  exhaustedIn: { en: 'Budget gone in', pl: 'Budżet skończy się za' },
  exhaustedInDescription: {
    en: 'At the pace of the last hour, when the allowance runs out. Empty while nothing is being used.',
    pl: 'W tempie ostatniej godziny: kiedy limit się skończy. Puste, gdy nic nie jest zużywane.',
  },
  complianceOverTime: {
    en: 'Good requests over time (1-hour windows)',
    pl: 'Dobre żądania w czasie (okna 1-godzinne)',
  },
  complianceOverTimeDescription: {
    en: `Share of good requests in each past hour, against the {target} line. Dips below the line use up the budget fast.`,
    pl: `Udział dobrych żądań w każdej godzinie, na tle linii {target}. Spadki pod linię szybko zużywają budżet.`,
  },
  burnDown: { en: 'Budget left over the month', pl: 'Budżet w ciągu miesiąca' },
  burnDownDescription: {
    en: 'How the rolling 30-day allowance for bad requests was used up: a steep fall is an incident.',
    pl: 'Jak zużywał się 30-dniowy limit złych żądań: stromy spadek to incydent.',
  },
  burnRates: { en: 'Burn rate per alert window', pl: 'Tempo spalania w oknach alertów' },
  yes: { en: 'yes', pl: 'tak' },
  no: { en: 'no', pl: 'nie' },
  burnRatesDescription: {
    en: 'How many times faster than allowed the budget is used in each window the alerts watch; an alert fires when both windows of a pair are above its threshold.',
    pl: 'Ile razy szybciej niż wolno zużywany jest budżet w każdym oknie alertów; alert odpala, gdy oba okna pary są ponad progiem.',
  },
  latency: { en: 'Response times', pl: 'Czasy odpowiedzi' },
  latencyDescription: {
    en: 'How many requests took how long: bright cells high up mean slow answers.',
    pl: 'Ile żądań trwało ile: jasne pola wysoko oznaczają wolne odpowiedzi.',
  },
  slowShare: { en: `Requests slower than {threshold}`, pl: `Żądania wolniejsze niż {threshold}` },
  slowShareSeries: { en: `slower than {threshold}`, pl: `wolniejsze niż {threshold}` },
  slowShareDescription: {
    en: `Out of every 100 requests, how many took longer than the promised {threshold}.`,
    pl: `Ile na 100 żądań trwało dłużej niż obiecane {threshold}.`,
  },
  errorsByRoute: { en: 'Server errors by route', pl: 'Błędy serwera według ścieżki' },
  errorsByRouteDescription: {
    en: 'Requests per second that failed with a server error (5xx), per address in the shop.',
    pl: 'Żądania na sekundę zakończone błędem serwera (5xx), według adresu w sklepie.',
  },
  worstRoutes: { en: 'Routes that cost the most budget', pl: 'Ścieżki, które kosztują najwięcej budżetu' },
  worstRoutesDescription: {
    en: 'The five addresses with the most failed or slow requests in the range.',
    pl: 'Pięć adresów z największą liczbą nieudanych lub wolnych żądań w zakresie.',
  },
  route: { en: 'Route', pl: 'Ścieżka' },
  badRequests: { en: 'Bad requests', pl: 'Złe żądania' },
  businessLink: { en: 'This partner on the Business page', pl: 'Ten partner na stronie Biznes' },
  report: { en: 'Monthly SLA report', pl: 'Miesięczny raport SLA' },
  reportDescription: {
    en: `Each calendar month in {timeZone} time, the contract’s calendar, as far as data goes (its start and end in UTC beside it), in requests as the contract counts them: the share of good requests, the target, whether it was met, the bad requests (failed or slower than {threshold}) and how many the contract allows for the requests so far ({allowed} of them). For the month still running, both at its end if the last day’s pace goes on. A calendar month starts afresh on the 1st; “Budget left” above judges the rolling last 30 days, which still hold the end of last month, so early in a month the two differ.`,
    pl: `Każdy miesiąc kalendarzowy według czasu {timeZone}, kalendarza umowy, na ile starcza danych (jego początek i koniec w UTC obok), w żądaniach, tak jak liczy je umowa: udział dobrych żądań, cel, czy został spełniony, złe żądania (nieudane lub wolniejsze niż {threshold}) i ile złych żądań umowa dopuszcza przy dotychczasowej liczbie żądań ({allowed} z nich). Dla trwającego miesiąca także oba na jego koniec, jeśli utrzyma się tempo ostatniej doby. Miesiąc kalendarzowy zaczyna się od zera pierwszego dnia; „Pozostały budżet” wyżej ocenia kroczące ostatnie 30 dni, które obejmują jeszcze koniec poprzedniego miesiąca, więc na początku miesiąca te liczby się różnią.`,
  },
  month: { en: 'Month', pl: 'Miesiąc' },
  monthSpan: { en: 'From – to (UTC)', pl: 'Od – do (UTC)' },
  compliance: { en: 'Good requests', pl: 'Dobre żądania' },
  target: { en: 'Target', pl: 'Cel' },
  met: { en: 'Met', pl: 'Spełniony' },
  allowedBadRequests: { en: 'Allowed bad requests', pl: 'Dopuszczalne złe żądania' },
  projectedAtMonthEnd: {
    en: 'At month end, at the last day’s pace (bad / allowed)',
    pl: 'Na koniec miesiąca w tempie ostatniej doby (złe / dopuszczalne)',
  },
  downloadCsv: { en: 'Download CSV', pl: 'Pobierz CSV' },
};
