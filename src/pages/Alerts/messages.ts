/** Words of the Alerts page, in every language the plugin ships. */
export const MESSAGES = {
  recipient: { en: 'Recipient', pl: 'Odbiorca' },
  firesAfter: { en: 'Fires after', pl: 'Odpala po' },
  watches: { en: 'Watches', pl: 'Obserwuje' },
  firstStep: { en: 'What to do first', pl: 'Co zrobić najpierw' },
  runbook: { en: 'Runbook', pl: 'Procedura' },
  evidence: { en: 'Evidence', pl: 'Dowody' },
  preview: { en: 'Preview installing into this Grafana', pl: 'Podgląd instalacji w tej Grafanie' },
  install: { en: 'Install into this Grafana', pl: 'Zainstaluj w tej Grafanie' },
  installNeedsDatasource: {
    en: 'Choose the Prometheus data source on the configuration page before installing the alert rules.',
    pl: 'Przed instalacją reguł wybierz źródło danych Prometheus na stronie konfiguracji.',
  },
  followsContracts: {
    en: 'The SLA alert rules it installs judge each partner against the target saved on the configuration page: after changing a contract there, preview and install again. What counts as a good request (the response-time threshold) is decided by the recording rules: those loaded into Prometheus, or Grafana’s own when the box below is ticked.',
    pl: 'Instalowane reguły alertów SLA oceniają każdego partnera według celu zapisanego na stronie konfiguracji: po zmianie umowy ponów podgląd i instalację. O tym, które żądanie jest dobre (próg czasu odpowiedzi), decydują reguły nagrywające: załadowane do Prometheusa albo własne reguły Grafany, gdy zaznaczysz pole poniżej.',
  },
  recordInGrafana: {
    en: 'Let Grafana record the SLA series too',
    pl: 'Niech Grafana także nagrywa serie SLA',
  },
  recordInGrafanaDescription: {
    en: 'Only when your Prometheus does not load shoppulse-sla.rules.yaml: Grafana-managed recording rules compute good requests, error ratios, burn rates and budgets for the contracts and maintenance windows saved on the configuration page, thresholds included, and write them into the same data source (which needs its remote-write receiver and its Prometheus type set to Prometheus, and Grafana its recording rules enabled). With both, every series would be written twice.',
    pl: 'Tylko gdy Prometheus nie ładuje shoppulse-sla.rules.yaml: reguły nagrywające Grafany liczą dobre żądania, udziały błędów, tempo spalania i budżety dla umów i okien prac serwisowych zapisanych na stronie konfiguracji, łącznie z progami, i zapisują je do tego samego źródła danych (potrzebny jest w nim odbiornik remote write i typ Prometheusa ustawiony na Prometheus, a w Grafanie włączone reguły nagrywające). Przy obu każda seria byłaby zapisana dwa razy.',
  },
  installFailed: { en: 'Grafana refused the installation', pl: 'Grafana odmówiła instalacji' },
  previewFailed: {
    en: 'Grafana did not answer what it holds, so nothing was planned or written',
    pl: 'Grafana nie podała, co już ma, więc niczego nie zaplanowano ani nie zapisano',
  },
  installed: { en: 'Installed', pl: 'Zainstalowano' },
  fillSecrets: {
    en: 'Replace the placeholders (replace-me) of the Slack and PagerDuty contact points in Alerting → Contact points.',
    pl: 'Zastąp wartości zastępcze (replace-me) punktów kontaktowych Slack i PagerDuty w Alerting → Contact points.',
  },
  nothingToInstall: {
    en: 'Nothing to install: this Grafana holds every ShopPulse alerting object as it should be.',
    pl: 'Nie ma czego instalować: ta Grafana ma wszystkie obiekty alertów ShopPulse w obecnej wersji.',
  },
  fromFiles: {
    en: 'Provisioned from files',
    pl: 'Wczytane z plików',
  },
  fromFilesText: {
    en: 'This Grafana holds ShopPulse alerting objects from provisioning files (provisioning/alerting/, which the demo’s docker compose up loads). Grafana refuses changes to them through its API, so the install leaves them alone: change the files and restart Grafana instead.',
    pl: 'Ta Grafana ma obiekty alertów ShopPulse wczytane z plików provisioningu (provisioning/alerting/, które wczytuje demo uruchamiane przez docker compose up). Grafana nie pozwala zmieniać ich przez API, więc instalacja ich nie rusza: zmień pliki i uruchom Grafanę ponownie.',
  },
  conflicts: { en: 'Left alone: conflicts', pl: 'Pominięte: konflikty' },
  conflictsText: {
    en: 'Installing these would take over or delete what ShopPulse does not own. Resolve them in Alerting → Alert rules, then preview again.',
    pl: 'Instalacja przejęłaby lub usunęła to, co nie należy do ShopPulse. Rozwiąż konflikty w Alerting → Alert rules i ponów podgląd.',
  },
  stopped: {
    en: 'Stopped at {change}: {reason}. {done} of {sent} changes were made, the rest were not attempted. Preview again to see where this Grafana stands.',
    pl: 'Zatrzymano na {change}: {reason}. Wykonano {done} z {sent} zmian, pozostałych nie próbowano. Ponów podgląd, by zobaczyć stan tej Grafany.',
  },
  result: { en: 'Result', pl: 'Wynik' },
  object: { en: 'Object', pl: 'Obiekt' },
  name: { en: 'Name', pl: 'Nazwa' },
  action: { en: 'What happens', pl: 'Co się stanie' },
  files: {
    en: 'Install them with the generated files: rules/shoppulse-alerts.rules.yaml and alertmanager/ for Prometheus or Mimir, provisioning/alerting/ for Grafana-managed alerts.',
    pl: 'Zainstaluj je z wygenerowanych plików: rules/shoppulse-alerts.rules.yaml i alertmanager/ dla Prometheusa lub Mimira, provisioning/alerting/ dla alertów zarządzanych przez Grafanę.',
  },
};

/** What the preview says the install does with an object. */
export const ACTIONS = {
  create: { en: 'create', pl: 'utworzy' },
  update: { en: 'update', pl: 'zaktualizuje' },
  unchanged: { en: 'unchanged', pl: 'bez zmian' },
  file: { en: 'managed by files: left alone', pl: 'zarządzany plikami: bez zmian' },
  provisioned: { en: 'provisioned as “{provenance}”: left alone', pl: 'wczytany jako „{provenance}”: bez zmian' },
  ruleElsewhere: {
    en: 'conflict: rule {rule} is in folder {folder}, group {group}; left alone',
    pl: 'konflikt: reguła {rule} jest w folderze {folder}, grupie {group}; bez zmian',
  },
  foreignRules: {
    en: 'conflict: the group also holds {rules}, which ShopPulse does not own; left alone',
    pl: 'konflikt: grupa zawiera też {rules}, które nie należą do ShopPulse; bez zmian',
  },
};

/** What became of a change when the install ran. */
export const OUTCOMES = {
  done: { en: 'done', pl: 'zrobione' },
  failed: { en: 'refused', pl: 'odmowa' },
  'not attempted': { en: 'not attempted', pl: 'nie próbowano' },
  'not sent': { en: '–', pl: '–' },
};
