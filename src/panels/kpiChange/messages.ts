/** Words of the "KPI with change" panel, in every language the plugin ships. */
export const MESSAGES = {
  noComparison: { en: 'Nothing to compare with', pl: 'Brak danych do porównania' },
  wrongShape: {
    en: 'This panel shows one number and its change: give it a query answering one number (an instant query, or a series whose last value counts), and the same query over the comparison period (one week earlier with Prometheus’ offset modifier, or a panel time shift) as its second query.',
    pl: 'Ten panel pokazuje jedną liczbę i jej zmianę: daj mu zapytanie zwracające jedną liczbę (natychmiastowe albo serię, której ostatnia wartość się liczy) oraz to samo zapytanie za okres porównania (tydzień wcześniej z modyfikatorem offset Prometheusa albo przesunięciem czasu panelu) jako drugie.',
  },
  better: { en: 'A rise is', pl: 'Wzrost to' },
  betterDescription: {
    en: 'Colours the arrow: green for good news, red for bad. Revenue: a rise is good; failed payments: a rise is bad.',
    pl: 'Koloruje strzałkę: zielona to dobra wiadomość, czerwona zła. Przychód: wzrost jest dobry; nieudane płatności: zły.',
  },
  good: { en: 'good news', pl: 'dobra wiadomość' },
  bad: { en: 'bad news', pl: 'zła wiadomość' },
  comparison: { en: 'Comparison query', pl: 'Zapytanie do porównania' },
  comparisonDescription: {
    en: 'The refId of the query over the comparison period. Empty: the time-shifted copy Grafana adds when the panel compares time ranges, else the second query.',
    pl: 'RefId zapytania za okres porównania. Puste: przesunięta kopia, którą Grafana dodaje przy porównaniu zakresów czasu, a bez niej drugie zapytanie.',
  },
  comparisonLabel: { en: 'Comparison wording', pl: 'Opis porównania' },
  comparisonLabelDescription: {
    en: 'Written after the change, such as "vs last week" or "vs yesterday". Empty: "vs last week" in the user’s language.',
    pl: 'Pisane po zmianie, np. „r/r tydzień” albo „wobec wczoraj”. Puste: „r/r tydzień” w języku użytkownika.',
  },
};
