/** Words of the Business page, in every language the plugin ships. */
export const MESSAGES = {
  funnelTitle: { en: 'From search to payment', pl: 'Od wyszukania do zapłaty' },
  funnelDescription: {
    en: 'How many people reached each step on the way to a paid order, and how many of them the step lost.',
    pl: 'Ilu ludzi doszło do każdego kroku w drodze do opłaconego zamówienia i ilu z nich ten krok stracił.',
  },
  hourByHourTitle: { en: '{kpi}, hour by hour', pl: '{kpi}, godzina po godzinie' },
  hourByHourDescription: {
    en: 'Each point is the total of the hour before it. The grey band is what the same hour of the same weekday took over the last {weeks} weeks, from the lowest to the highest.',
    pl: 'Każdy punkt to suma godziny przed nim. Szare pasmo to zakres tej samej godziny w ten sam dzień tygodnia w ostatnich {weeks} tygodniach, od najniższej do najwyższej wartości.',
  },
  lostHere: { en: 'lost here:', pl: 'odpadło:' },
  risksTitle: { en: 'Should we worry?', pl: 'Czy jest się czym martwić?' },
  risksDescription: {
    en: 'Each line turns red when it is true right now. Click it to see why.',
    pl: 'Każda linia robi się czerwona, gdy jest teraz prawdziwa. Kliknij, żeby zobaczyć dlaczego.',
  },
  couldNotCheck: { en: 'Could not check:', pl: 'Nie udało się sprawdzić:' },
  partnersTitle: { en: 'Partners', pl: 'Partnerzy' },
  partnersDescription: {
    en: 'How much money and how many orders each partner brought, and its slice of the whole shop. Click a partner to see its page.',
    pl: 'Ile pieniędzy i zamówień przyniósł każdy partner i jaka to część całego sklepu. Kliknij partnera, żeby zobaczyć jego stronę.',
  },
  partner: { en: 'Partner', pl: 'Partner' },
  revenue: { en: 'Revenue', pl: 'Przychód' },
  orders: { en: 'Orders paid', pl: 'Opłacone zamówienia' },
  share: { en: 'Share of revenue', pl: 'Udział w przychodzie' },
  partnerPage: { en: 'Open the partner’s page', pl: 'Otwórz stronę partnera' },
  filterToPartner: { en: 'Show this page for this partner only', pl: 'Pokaż tę stronę tylko dla tego partnera' },
  monthMiss: { en: '{where} ({projected} at month end)', pl: '{where} ({projected} na koniec miesiąca)' },
  monthMissCredit: {
    en: '{where} ({projected} at month end: a credit of {share} of the fee, {amount})',
    pl: '{where} ({projected} na koniec miesiąca: rabat {share} opłaty, {amount})',
  },
};
