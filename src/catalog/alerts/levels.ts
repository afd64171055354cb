import type { LocalizedText } from '../types';
import type { AlertLevel } from './types';

/** The rule for choosing an alert's level, as the Alerts page and the runbooks state it. */
export const ALERT_LEVELS: Array<{ level: AlertLevel; title: LocalizedText; when: LocalizedText }> = [
  {
    level: 'phone',
    title: { en: 'Phone', pl: 'Telefon' },
    when: {
      en: 'Customers or money are hurt now and someone must act, at night too.',
      pl: 'Klienci lub pieniądze cierpią teraz i ktoś musi działać, także w nocy.',
    },
  },
  {
    level: 'mail',
    title: { en: 'Mail', pl: 'Mail' },
    when: {
      en: 'Must be fixed within a working day; sent in working hours.',
      pl: 'Trzeba naprawić w ciągu dnia roboczego; wysyłane w godzinach pracy.',
    },
  },
  {
    level: 'slack',
    title: { en: 'Slack', pl: 'Slack' },
    when: {
      en: 'Worth knowing; nobody has to act now.',
      pl: 'Warto wiedzieć; nikt nie musi teraz działać.',
    },
  },
];
