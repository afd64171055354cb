import { PanelPlugin } from '@grafana/data';
import { localize } from '../../i18n/localize';
import { KpiChangePanel } from './KpiChangePanel';
import { MESSAGES } from './messages';
import { DEFAULT_KPI_CHANGE_OPTIONS, type KpiChangeOptions } from './types';

export const plugin = new PanelPlugin<KpiChangeOptions>(KpiChangePanel)
  .useFieldConfig({ standardOptions: {} })
  .setPanelOptions((builder) =>
    builder
      .addRadio({
        path: 'better',
        name: localize(MESSAGES.better),
        description: localize(MESSAGES.betterDescription),
        defaultValue: DEFAULT_KPI_CHANGE_OPTIONS.better,
        settings: {
          options: [
            { value: 'up', label: localize(MESSAGES.good) },
            { value: 'down', label: localize(MESSAGES.bad) },
          ],
        },
      })
      .addTextInput({
        path: 'comparisonRefId',
        name: localize(MESSAGES.comparison),
        description: localize(MESSAGES.comparisonDescription),
        defaultValue: DEFAULT_KPI_CHANGE_OPTIONS.comparisonRefId,
      })
      .addTextInput({
        path: 'comparisonLabel',
        name: localize(MESSAGES.comparisonLabel),
        description: localize(MESSAGES.comparisonLabelDescription),
        defaultValue: DEFAULT_KPI_CHANGE_OPTIONS.comparisonLabel,
      })
  );
