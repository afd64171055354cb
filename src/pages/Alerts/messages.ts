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
  installFailed: { en: 'Grafana refused the installation', pl: 'Grafana odmówiła instalacji' },
  installed: { en: 'Installed', pl: 'Zainstalowano' },
  fillSecrets: {
    en: 'Replace the placeholders (replace-me) of the Slack and PagerDuty contact points in Alerting → Contact points.',
    pl: 'Zastąp wartości zastępcze (replace-me) punktów kontaktowych Slack i PagerDuty w Alerting → Contact points.',
  },
  object: { en: 'Object', pl: 'Obiekt' },
  name: { en: 'Name', pl: 'Nazwa' },
  action: { en: 'What happens', pl: 'Co się stanie' },
  files: {
    en: 'Install them with the generated files: rules/shoppulse-alerts.rules.yaml and alertmanager/ for Prometheus or Mimir, provisioning/alerting/ for Grafana-managed alerts.',
    pl: 'Zainstaluj je z wygenerowanych plików: rules/shoppulse-alerts.rules.yaml i alertmanager/ dla Prometheusa lub Mimira, provisioning/alerting/ dla alertów zarządzanych przez Grafanę.',
  },
};
