/** Words of the landing page, in every language the plugin ships. */
export const MESSAGES = {
  intro: {
    en: 'ShopPulse shows how the shop and each of its partners are doing. Start by choosing the Prometheus datasource and checking which metrics it has.',
    pl: 'ShopPulse pokazuje, jak radzi sobie sklep i każdy z jego partnerów. Zacznij od wyboru źródła danych Prometheus i sprawdzenia, jakie ma metryki.',
  },
  configure: { en: 'Configure and check metrics', pl: 'Skonfiguruj i sprawdź metryki' },
};
