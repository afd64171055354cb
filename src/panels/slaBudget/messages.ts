import { SLA_FIGURES } from '../../catalog';

const { en, pl } = SLA_FIGURES;

/** Words of the burn-rate table and the SLA budget panel, in every language the plugin ships. */
export const MESSAGES = {
  window: { en: 'Window', pl: 'Okno' },
  burnRate: { en: 'Burn rate', pl: 'Tempo' },
  threshold: { en: 'Fires above', pl: 'Odpala powyżej' },
  badShareThreshold: { en: 'That is, bad requests above', pl: 'Czyli złe żądania powyżej' },
  level: { en: 'Level', pl: 'Poziom' },
  firing: { en: 'Firing', pl: 'Odpala' },
  yes: { en: 'yes', pl: 'tak' },
  no: { en: 'no', pl: 'nie' },
  compliance: { en: 'Good requests, rolling 30 days', pl: 'Dobre żądania, ostatnie 30 dni' },
  target: { en: 'target', pl: 'cel' },
  budgetLeft: { en: 'Error budget left', pl: 'Pozostały budżet błędów' },
  exhaustedIn: { en: 'Runs out in', pl: 'Wyczerpie się za' },
  notRunningOut: { en: 'not at this pace', pl: 'nie w tym tempie' },
  targetOption: { en: 'Target', pl: 'Cel' },
  targetDescription: {
    en: `The share of good requests promised, as a fraction (0.95 for 95%). Default: the SLA's ${en.target}.`,
    pl: `Obiecany udział dobrych żądań jako ułamek (0,95 dla 95%). Domyślnie: ${pl.target} z SLA.`,
  },
  tenantLabel: { en: 'Partner label', pl: 'Etykieta partnera' },
  tenantLabelDescription: {
    en: 'What your Prometheus calls the label naming the partner: one block per value.',
    pl: 'Jak Twój Prometheus nazywa etykietę partnera: jeden blok na wartość.',
  },
  wrongShape: {
    en: 'This panel reads the SLA series ShopPulse’s rules record (error ratio over 30 days, budget left, time to exhaustion, burn rates), by partner: copy the query of the SLA budget panel on the bundled Partner SLA dashboard, as an instant query.',
    pl: 'Ten panel czyta serie SLA zapisywane przez reguły ShopPulse (udział błędów z 30 dni, pozostały budżet, czas do wyczerpania, tempo spalania) według partnera: skopiuj zapytanie panelu budżetu SLA z dołączonego pulpitu Partner SLA, jako zapytanie natychmiastowe.',
  },
};
