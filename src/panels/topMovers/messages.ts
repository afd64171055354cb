/** Words of the top movers table and panel, in every language the plugin ships. */
export const MESSAGES = {
  signal: { en: 'Signal', pl: 'Sygnał' },
  where: { en: 'Where', pl: 'Gdzie' },
  now: { en: 'Now', pl: 'Teraz' },
  before: { en: 'Baseline', pl: 'Odniesienie' },
  usual: { en: 'Usual', pl: 'Zwykle' },
  change: { en: 'Change', pl: 'Zmiana' },
  nothingMoved: {
    en: 'Nothing moved: no signal is twice as bad as both its baseline and its usual value.',
    pl: 'Nic się nie ruszyło: żaden sygnał nie jest dwa razy gorszy od odniesienia i od zwykłej wartości naraz.',
  },
  moved: { en: 'moved', pl: 'ruszyło się' },
  narrow: { en: 'Narrow to', pl: 'Zawęź do' },
  valueQuery: { en: 'Now query', pl: 'Zapytanie „teraz”' },
  valueQueryDescription: {
    en: 'The refId of the query giving each place’s value now, one series per place.',
    pl: 'RefId zapytania z bieżącą wartością każdego miejsca, jedna seria na miejsce.',
  },
  baselineQuery: { en: 'Baseline query', pl: 'Zapytanie odniesienia' },
  baselineQueryDescription: {
    en: 'The refId of the same query at the baseline, such as one week earlier with Prometheus’ offset modifier.',
    pl: 'RefId tego samego zapytania w punkcie odniesienia, np. tydzień wcześniej z modyfikatorem offset Prometheusa.',
  },
  usualQuery: { en: 'Usual value query', pl: 'Zapytanie o zwykłą wartość' },
  usualQueryDescription: {
    en: 'Optional: the refId of a query giving each place’s usual value (a median over the last day). A place must be worse than both to move.',
    pl: 'Opcjonalne: refId zapytania ze zwykłą wartością miejsca (mediana z ostatniej doby). Miejsce musi być gorsze od obu, żeby się ruszyć.',
  },
  worse: { en: 'Trouble is', pl: 'Problem to' },
  worseDescription: {
    en: 'Which way a change is bad: a rise for errors and latency, a fall for orders, both for traffic.',
    pl: 'W którą stronę zmiana jest zła: wzrost dla błędów i opóźnień, spadek dla zamówień, obie dla ruchu.',
  },
  up: { en: 'a rise', pl: 'wzrost' },
  down: { en: 'a fall', pl: 'spadek' },
  both: { en: 'either', pl: 'oba kierunki' },
  floor: { en: 'Noise floor', pl: 'Próg szumu' },
  floorDescription: {
    en: 'Added to both sides before comparing, so tiny values (0.001 → 0.002) do not read as "2×". In the values’ unit.',
    pl: 'Dodawany do obu stron przed porównaniem, żeby drobne wartości (0,001 → 0,002) nie dawały „2×”. W jednostce wartości.',
  },
  variables: { en: 'Variables set on click', pl: 'Zmienne ustawiane kliknięciem' },
  variablesDescription: {
    en: 'label=variable pairs: a click on a row sets each dashboard variable to the row’s label value.',
    pl: 'Pary etykieta=zmienna: kliknięcie wiersza ustawia każdą zmienną pulpitu na wartość etykiety wiersza.',
  },
  shown: { en: 'Rows shown', pl: 'Liczba wierszy' },
  shownDescription: { en: 'At most this many places, worst first.', pl: 'Najwyżej tyle miejsc, od najgorszego.' },
  wrongShape: {
    en: 'This panel ranks places by how much they moved: give it a query with one series per place now (refId A by default) and the same query at the baseline (B), optionally a usual value (C).',
    pl: 'Ten panel szereguje miejsca według siły zmiany: daj mu zapytanie z jedną serią na miejsce teraz (domyślnie refId A) i to samo zapytanie w punkcie odniesienia (B), opcjonalnie zwykłą wartość (C).',
  },
};
