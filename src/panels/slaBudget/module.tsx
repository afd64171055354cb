import { PanelPlugin } from '@grafana/data';
import { localize } from '../../i18n/localize';
import { MESSAGES } from './messages';
import { SlaBudgetPanel } from './SlaBudgetPanel';
import { DEFAULT_SLA_BUDGET_OPTIONS as DEFAULTS, type SlaBudgetOptions } from './types';

export const plugin = new PanelPlugin<SlaBudgetOptions>(SlaBudgetPanel).setPanelOptions((builder) =>
  builder
    .addNumberInput({
      path: 'target',
      name: localize(MESSAGES.targetOption),
      description: localize(MESSAGES.targetDescription),
      defaultValue: DEFAULTS.target,
      settings: { min: 0, max: 1, step: 0.001 },
    })
    .addTextInput({
      path: 'tenantLabel',
      name: localize(MESSAGES.tenantLabel),
      description: localize(MESSAGES.tenantLabelDescription),
      defaultValue: DEFAULTS.tenantLabel,
    })
);
