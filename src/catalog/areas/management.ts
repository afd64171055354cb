import { WHERE } from '../labels';
import type { AreaDef } from '../types';
import { METRIC } from '../metricNames';

export const management: AreaDef = {
  id: 'management',
  title: { en: 'Staff management system', pl: 'System zarządzania dla pracowników' },
  description: {
    en: `Where staff and the call centre change, cancel and refund orders; its HTTP timings are in ${METRIC.httpServerRequestDurationSeconds}{service="management"}.`,
    pl: `Tu pracownicy i call center zmieniają, anulują i zwracają zamówienia; czasy HTTP są w ${METRIC.httpServerRequestDurationSeconds}{service="management"}.`,
  },
  metrics: [
    {
      name: METRIC.shopStaffOrderChangesTotal,
      type: 'counter',
      unit: 'short',
      labels: [...WHERE, 'action'],
      labelValues: { action: ['change_address', 'cancel', 'refund', 'resend_parcel'] },
      service: 'management',
      help: {
        en: 'How many orders staff changed by hand, by what they did; a jump means customers are calling.',
        pl: 'Ile zamówień pracownicy zmienili ręcznie i jak; skok oznacza, że klienci dzwonią.',
      },
      convention: 'Own business metric',
    },
  ],
};
