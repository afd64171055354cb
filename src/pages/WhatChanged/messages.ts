/** Words of the What changed page, in every language the plugin ships. */
export const MESSAGES = {
  baseline: { en: 'Compare with', pl: 'Porównaj z' },
  service: { en: 'Service', pl: 'Usługa' },
  lastWeek: { en: 'Same time last week', pl: 'Ta sama pora tydzień temu' },
  yesterday: { en: 'Same time yesterday', pl: 'Ta sama pora wczoraj' },
  moversTitle: { en: 'What moved most (last 30 minutes)', pl: 'Co ruszyło się najbardziej (ostatnie 30 minut)' },
  moversDescription: {
    en: 'Each signal for each place against the baseline and against its usual value over the last 26 hours, worst first. "6×" means six times worse than both. Click a row to narrow the page to its deployment, partner and service.',
    pl: 'Każdy sygnał w każdym miejscu względem punktu odniesienia i względem zwykłej wartości z ostatnich 26 godzin, od najgorszego. „6×” znaczy sześć razy gorzej niż jedno i drugie. Kliknij wiersz, żeby zawęzić stronę do jego wdrożenia, partnera i usługi.',
  },
  where: { en: 'Where', pl: 'Gdzie' },
  usualOverDay: { en: 'Usual (last 26 h)', pl: 'Zwykle (ostatnie 26 h)' },
  configChanges: { en: 'Config changes', pl: 'Zmiany konfiguracji' },
  flagChanges: { en: 'Feature flag changes', pl: 'Zmiany flag funkcji' },
  jobFailures: { en: 'Background job failures', pl: 'Awarie zadań w tle' },
  alerts: { en: 'Alerts firing', pl: 'Aktywne alerty' },
  annotatedChanges: { en: 'Changes posted from CI', pl: 'Zmiany zgłoszone z CI' },
  changesTitle: { en: 'Changes in this time range', pl: 'Zmiany w tym zakresie czasu' },
  changesDescription: {
    en: 'Deploys and configuration reloads, newest first, from the build and config metrics (the reload a deploy’s restart causes is part of the deploy). The check compares each route of the deployment in the hour after the change with the hour before: "suspect" means something got at least twice as bad. The business check compares each partner’s orders and money in the hour after with the same hour a week earlier and with the range the same hour took over the last {weeks} weeks: "suspect on business grounds" means they fell below that range and fell from the hour before more than those weeks ever did.',
    pl: 'Wdrożenia i przeładowania konfiguracji, od najnowszych, według metryk wersji i konfiguracji (przeładowanie przy restarcie po wdrożeniu należy do wdrożenia). Sprawdzenie porównuje każdą ścieżkę wdrożenia w godzinie po zmianie z godziną przed: „podejrzana” znaczy, że coś pogorszyło się co najmniej dwukrotnie. Sprawdzenie biznesowe porównuje zamówienia i pieniądze każdego partnera w godzinie po zmianie z tą samą godziną tydzień wcześniej i z zakresem tej godziny z ostatnich {weeks} tygodni: „podejrzana ze względów biznesowych” znaczy, że spadły poniżej tego zakresu i bardziej niż kiedykolwiek w tych tygodniach.',
  },
  noChanges: {
    en: 'No deploys or configuration reloads in this time range.',
    pl: 'Brak wdrożeń i przeładowań konfiguracji w tym zakresie czasu.',
  },
  when: { en: 'When', pl: 'Kiedy' },
  what: { en: 'What', pl: 'Co' },
  check: { en: 'Hour after vs hour before', pl: 'Godzina po a godzina przed' },
  configReload: { en: 'configuration reload', pl: 'przeładowanie konfiguracji' },
  suspect: { en: 'Suspect', pl: 'Podejrzana' },
  looksFine: { en: 'Looks fine', pl: 'Wygląda dobrze' },
  notJudged: { en: 'No traffic to compare', pl: 'Brak ruchu do porównania' },
  impact: { en: 'Orders and money, hour after', pl: 'Zamówienia i pieniądze, godzina po' },
  impactTooRecent: {
    en: 'Judged once the hour after it is over',
    pl: 'Ocena po upływie godziny od zmiany',
  },
  impactNoPartners: { en: 'No partner sells here', pl: 'Żaden partner tu nie sprzedaje' },
  impactUsual: {
    en: 'Orders and money within what the same hour did over the last {weeks} weeks',
    pl: 'Zamówienia i pieniądze w granicach tej samej godziny z ostatnich {weeks} tygodni',
  },
  impactHit: {
    en: '{partner}: orders {orders} against last week’s same hour, ≈ {lost} in the hour',
    pl: '{partner}: zamówienia {orders} względem tej samej godziny tydzień temu, ≈ {lost} w tej godzinie',
  },
  impactShown: {
    en: '{kpi} {before} → {after} ({lastWeek} a week earlier)',
    pl: '{kpi} {before} → {after} ({lastWeek} tydzień wcześniej)',
  },
  impactSuspect: { en: 'Suspect on business grounds', pl: 'Podejrzana ze względów biznesowych' },
  belowRange: {
    en: '{kpi} below the lowest of the same hour over the last {weeks} weeks ({after} < {low})',
    pl: '{kpi} poniżej najniższej wartości tej samej godziny z ostatnich {weeks} tygodni ({after} < {low})',
  },
  steeperFall: {
    en: '{kpi} fell more from the hour before ({before} → {after}) than those weeks ever did',
    pl: '{kpi} spadły względem godziny przed ({before} → {after}) bardziej niż kiedykolwiek w tych tygodniach',
  },
};
