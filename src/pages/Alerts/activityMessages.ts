/** Words of the Alerts page's activity and noise views, in every language the plugin ships. */
export const ACTIVITY_MESSAGES = {
  title: {
    en: 'Alert activity: now and over the last {days} days',
    pl: 'Aktywność alertów: teraz i w ostatnich {days} dniach',
  },
  description: {
    en: 'Now: the state at Prometheus’ last evaluation, from its ALERTS series; firing means the condition held for the whole “fires after” time, pending that it holds but not yet for that long. Grafana: the state of the rule installed into this Grafana under the alert’s name. Firings: how often an instance of the alert started firing; firing time: how long its instances fired in total; ever fired: whether it fired at any evaluation in those days. The days come from Prometheus’ ALERTS or, for a template installed into Grafana only, from the GRAFANA_ALERTS series Grafana writes when its alert state history goes to this data source.',
    pl: 'Teraz: stan przy ostatniej ewaluacji Prometheusa, z jego serii ALERTS; aktywny znaczy, że warunek trwał przez cały czas „odpala po”, oczekujący, że trwa, ale jeszcze nie tak długo. Grafana: stan reguły zainstalowanej w tej Grafanie pod nazwą alertu. Odpalenia: ile razy instancja alertu zaczęła być aktywna; czas aktywności: jak długo łącznie były aktywne jej instancje; kiedykolwiek: czy był aktywny przy którejkolwiek ewaluacji w tych dniach. Te dni pochodzą z serii ALERTS Prometheusa albo, dla szablonu zainstalowanego tylko w Grafanie, z serii GRAFANA_ALERTS, którą Grafana zapisuje, gdy historia stanów jej alertów trafia do tego źródła danych.',
  },
  alert: { en: 'Alert', pl: 'Alert' },
  level: { en: 'Level', pl: 'Poziom' },
  now: { en: 'Now (Prometheus)', pl: 'Teraz (Prometheus)' },
  grafana: { en: 'Now (Grafana)', pl: 'Teraz (Grafana)' },
  firings: { en: 'Firings', pl: 'Odpalenia' },
  firingTime: { en: 'Firing time', pl: 'Czas aktywności' },
  everFired: { en: 'Ever fired', pl: 'Kiedykolwiek' },
  yes: { en: 'yes', pl: 'tak' },
  no: { en: 'never', pl: 'nigdy' },
  notInstalled: { en: 'not installed', pl: 'nie zainstalowano' },
  states: {
    firing: { en: 'firing', pl: 'aktywny' },
    pending: { en: 'pending', pl: 'oczekuje' },
    quiet: { en: 'quiet', pl: 'cisza' },
  },
  grafanaFailed: {
    en: 'Grafana’s alerting API ({api}) did not answer ({reason}): the Grafana column is empty. The states from Prometheus are unaffected.',
    pl: 'API alertów Grafany ({api}) nie odpowiedziało ({reason}): kolumna Grafana jest pusta. Stany z Prometheusa działają dalej.',
  },
  queryFailed: {
    en: 'Prometheus did not answer the activity queries: {reason}',
    pl: 'Prometheus nie odpowiedział na zapytania o aktywność: {reason}',
  },
  noAlertsSeries: {
    en: 'The data source holds no ALERTS or GRAFANA_ALERTS series for these alerts: Prometheus has not loaded rules/shoppulse-alerts.rules.yaml, Grafana does not write the state history of the installed rules here ([unified_alerting.state_history] backend = prometheus), or none of them was active in the last {days} days.',
    pl: 'Źródło danych nie ma serii ALERTS ani GRAFANA_ALERTS dla tych alertów: Prometheus nie wczytał rules/shoppulse-alerts.rules.yaml, Grafana nie zapisuje tu historii stanów zainstalowanych reguł ([unified_alerting.state_history] backend = prometheus) albo żaden nie był aktywny w ostatnich {days} dniach.',
  },
  noiseTitle: { en: 'Noise: alerts to review', pl: 'Szum: alerty do przejrzenia' },
  noisiest: { en: 'Fired most often', pl: 'Najczęściej odpalane' },
  noisiestText: {
    en: 'The alerts that started firing most often in the last {days} days (the heartbeat, which always fires, is left out). An alert that fires often and needs nothing done is noise: raise its threshold or its “fires after”, or lower its level.',
    pl: 'Alerty, które najczęściej zaczynały być aktywne w ostatnich {days} dniach (bez sygnału kontrolnego, który jest aktywny zawsze). Alert, który często odpala, a nic nie trzeba robić, to szum: podnieś próg lub czas „odpala po” albo obniż poziom.',
  },
  flapping: { en: 'Flapped', pl: 'Migające' },
  flappingText: {
    en: 'An alert flaps when one of its instances starts firing and resolves again at least {starts} times within one clock hour: each start notifies somebody. Lengthen its “fires after”, or watch a longer window.',
    pl: 'Alert miga, gdy jedna z jego instancji co najmniej {starts} razy w ciągu jednej pełnej godziny zaczyna być aktywna i wygasa: każde odpalenie kogoś powiadamia. Wydłuż czas „odpala po” albo obserwuj dłuższe okno.',
  },
  neverFired: { en: 'Never fired', pl: 'Nigdy nie odpaliły' },
  neverFiredText: {
    en: 'Not firing at any evaluation in the last {days} days. Candidates to review: the condition may be unreachable, the series it reads may be missing, or the risk is simply rare (check its promtool cases).',
    pl: 'Nieaktywne przy żadnej ewaluacji w ostatnich {days} dniach. Kandydaci do przeglądu: warunek może być nieosiągalny, brakować może serii, które czyta, albo ryzyko jest po prostu rzadkie (sprawdź jego przypadki promtool).',
  },
  none: { en: 'none', pl: 'brak' },
  timesInAnHour: { en: '{starts}× within an hour', pl: '{starts}× w ciągu godziny' },
  timesFired: { en: '{firings}× for {time}', pl: '{firings}× przez {time}' },
};
