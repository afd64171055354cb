import { WHERE } from '../labels';
import type { AreaDef } from '../types';
import { METRIC } from '../metricNames';

const WEB_VITALS =
  'Google web-vitals library (LCP, INP, CLS) reported by the front end’s beacon; no exporter exists, so `shop_` prefix';

export const frontend: AreaDef = {
  id: 'frontend',
  title: { en: 'JavaScript front end', pl: 'Front end JavaScript' },
  description: {
    en: 'What customers’ browsers report: errors on the page and how fast the page felt.',
    pl: 'Co raportują przeglądarki klientów: błędy na stronie i jak szybko strona działała.',
  },
  metrics: [
    {
      name: METRIC.shopFrontendPageErrorsTotal,
      type: 'counter',
      unit: 'short',
      labels: [...WHERE, 'page'],
      service: 'frontend',
      help: {
        en: 'How many JavaScript errors customers’ browsers hit, by page.',
        pl: 'Ile błędów JavaScript napotkały przeglądarki klientów, według strony.',
      },
      convention: 'Own metric: browser error beacon (window.onerror, unhandledrejection)',
    },
    {
      name: METRIC.shopFrontendPageViewsTotal,
      type: 'counter',
      unit: 'short',
      labels: [...WHERE, 'page'],
      service: 'frontend',
      help: {
        en: 'How many pages customers opened, to put page errors in proportion.',
        pl: 'Ile stron otworzyli klienci, by odnieść błędy do ruchu.',
      },
      convention: 'Own metric: browser beacon',
    },
    {
      name: METRIC.shopFrontendLcpSeconds,
      type: 'histogram',
      unit: 's',
      labels: [...WHERE, 'page'],
      buckets: [1, 2.5, 4, 6],
      service: 'frontend',
      help: {
        en: 'How long until the main content of a page was visible (Largest Contentful Paint); good under 2.5 s.',
        pl: 'Po jakim czasie była widoczna główna treść strony (LCP); dobrze poniżej 2,5 s.',
      },
      convention: WEB_VITALS,
    },
    {
      name: METRIC.shopFrontendInpSeconds,
      type: 'histogram',
      unit: 's',
      labels: [...WHERE, 'page'],
      buckets: [0.1, 0.2, 0.5, 1],
      service: 'frontend',
      help: {
        en: 'How long the page took to react to a click or a key (Interaction to Next Paint); good under 0.2 s.',
        pl: 'Jak długo strona reagowała na kliknięcie lub klawisz (INP); dobrze poniżej 0,2 s.',
      },
      convention: WEB_VITALS,
    },
    {
      name: METRIC.shopFrontendCls,
      type: 'histogram',
      unit: 'none',
      labels: [...WHERE, 'page'],
      buckets: [0.05, 0.1, 0.25, 0.5],
      service: 'frontend',
      help: {
        en: 'How much the page jumped around while loading (Cumulative Layout Shift); good under 0.1.',
        pl: 'Jak bardzo strona skakała podczas ładowania (CLS); dobrze poniżej 0,1.',
      },
      convention: WEB_VITALS,
    },
  ],
};
