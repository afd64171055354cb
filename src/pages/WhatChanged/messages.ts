/** Words of the What changed page, in every language the plugin ships. */
export const MESSAGES = {
  title: { en: 'What changed', pl: 'Co się zmieniło' },
  subTitle: {
    en: 'The shop misbehaves: what moved against the baseline, and what changed just before',
    pl: 'Sklep działa źle: co się ruszyło względem punktu odniesienia i co zmieniło się tuż przed',
  },
  baseline: { en: 'Compare with', pl: 'Porównaj z' },
  lastWeek: { en: 'Same time last week', pl: 'Ta sama pora tydzień temu' },
  yesterday: { en: 'Same time yesterday', pl: 'Ta sama pora wczoraj' },
  moversTitle: { en: 'What moved most (last 30 minutes)', pl: 'Co ruszyło się najbardziej (ostatnie 30 minut)' },
  moversDescription: {
    en: 'Each signal for each place, against the baseline, worst first. "6×" means six times worse. Click a row to narrow the page to its deployment and partner.',
    pl: 'Każdy sygnał w każdym miejscu względem punktu odniesienia, od najgorszego. „6×” znaczy sześć razy gorzej. Kliknij wiersz, żeby zawęzić stronę do jego wdrożenia i partnera.',
  },
  signal: { en: 'Signal', pl: 'Sygnał' },
  where: { en: 'Where', pl: 'Gdzie' },
  now: { en: 'Now', pl: 'Teraz' },
  before: { en: 'Baseline', pl: 'Odniesienie' },
  change: { en: 'Change', pl: 'Zmiana' },
  nothingMoved: {
    en: 'Nothing moved: every signal is within twice its baseline.',
    pl: 'Nic się nie ruszyło: każdy sygnał mieści się w dwukrotności odniesienia.',
  },
  moved: { en: 'moved', pl: 'ruszyło się' },
  narrow: { en: 'Narrow the page to', pl: 'Zawęź stronę do' },
  deploys: { en: 'Deploys', pl: 'Wdrożenia' },
  configChanges: { en: 'Config changes', pl: 'Zmiany konfiguracji' },
  jobFailures: { en: 'Background job failures', pl: 'Awarie zadań w tle' },
  alerts: { en: 'Alerts firing', pl: 'Aktywne alerty' },
  annotatedChanges: { en: 'Changes posted from CI', pl: 'Zmiany zgłoszone z CI' },
};
