import { PanelPlugin } from '@grafana/data';
import { localize } from '../../i18n/localize';
import { MESSAGES } from './messages';
import { TopMoversPanel } from './TopMoversPanel';
import { DEFAULT_TOP_MOVERS_OPTIONS as DEFAULTS, type TopMoversOptions } from './types';

export const plugin = new PanelPlugin<TopMoversOptions>(TopMoversPanel)
  .useFieldConfig({ standardOptions: {} })
  .setPanelOptions((builder) =>
    builder
      .addTextInput({
        path: 'nowRefId',
        name: localize(MESSAGES.valueQuery),
        description: localize(MESSAGES.valueQueryDescription),
        defaultValue: DEFAULTS.nowRefId,
      })
      .addTextInput({
        path: 'baselineRefId',
        name: localize(MESSAGES.baselineQuery),
        description: localize(MESSAGES.baselineQueryDescription),
        defaultValue: DEFAULTS.baselineRefId,
      })
      .addTextInput({
        path: 'usualRefId',
        name: localize(MESSAGES.usualQuery),
        description: localize(MESSAGES.usualQueryDescription),
        defaultValue: DEFAULTS.usualRefId,
      })
      .addRadio({
        path: 'worse',
        name: localize(MESSAGES.worse),
        description: localize(MESSAGES.worseDescription),
        defaultValue: DEFAULTS.worse,
        settings: {
          options: (['up', 'down', 'both'] as const).map((value) => ({ value, label: localize(MESSAGES[value]) })),
        },
      })
      .addNumberInput({
        path: 'floor',
        name: localize(MESSAGES.floor),
        description: localize(MESSAGES.floorDescription),
        defaultValue: DEFAULTS.floor,
        settings: { min: 0 },
      })
      .addTextInput({
        path: 'variables',
        name: localize(MESSAGES.variables),
        description: localize(MESSAGES.variablesDescription),
        defaultValue: DEFAULTS.variables,
      })
      .addNumberInput({
        path: 'shown',
        name: localize(MESSAGES.shown),
        description: localize(MESSAGES.shownDescription),
        defaultValue: DEFAULTS.shown,
        settings: { min: 1, integer: true },
      })
  );
