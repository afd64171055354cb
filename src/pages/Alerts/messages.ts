/** Words of the Alerts page, in every language the plugin ships. */
export const MESSAGES = {
  title: { en: 'Alerts', pl: 'Alerty' },
  subTitle: {
    en: 'The alert templates: what each watches, how loud it is and who receives it',
    pl: 'Szablony alertów: co każdy obserwuje, jak jest głośny i kto go dostaje',
  },
  recipient: { en: 'Recipient', pl: 'Odbiorca' },
  firesAfter: { en: 'Fires after', pl: 'Odpala po' },
  watches: { en: 'Watches', pl: 'Obserwuje' },
  firstStep: { en: 'What to do first', pl: 'Co zrobić najpierw' },
  runbook: { en: 'Runbook', pl: 'Procedura' },
  evidence: { en: 'Evidence', pl: 'Dowody' },
  files: {
    en: 'Install them with the generated files: rules/shoppulse-alerts.rules.yaml and alertmanager/ for Prometheus or Mimir, provisioning/alerting/ for Grafana-managed alerts.',
    pl: 'Zainstaluj je z wygenerowanych plików: rules/shoppulse-alerts.rules.yaml i alertmanager/ dla Prometheusa lub Mimira, provisioning/alerting/ dla alertów zarządzanych przez Grafanę.',
  },
};
