import {
  booleanOverrideProcessor,
  dataLinksOverrideProcessor,
  displayNameOverrideProcessor,
  type Field,
  type FieldConfigPropertyItem,
  FieldType,
  identityOverrideProcessor,
  numberOverrideProcessor,
  standardEditorsRegistry,
  standardFieldConfigEditorRegistry,
  stringOverrideProcessor,
  ThresholdsMode,
  thresholdsOverrideProcessor,
  valueMappingsOverrideProcessor,
} from '@grafana/data';

// The harness never edits panels, so the properties need no editor.
const NoEditor = () => null;
const always = () => true;
const isNumber = (field: Field) => field.type === FieldType.number;

function property(
  id: string,
  process: FieldConfigPropertyItem['process'],
  shouldApply: (field: Field) => boolean = always,
  extra: Partial<FieldConfigPropertyItem> = {}
): FieldConfigPropertyItem {
  return { id, path: id, name: id, editor: NoEditor, override: NoEditor, process, shouldApply, ...extra };
}

// Grafana's standard field options (getAllStandardFieldConfigs in public/app/core/components/OptionsUI/registry.tsx):
// the same ids, processors, settings and defaults, less `actions`, whose processor @grafana/data does not export.
const STANDARD_FIELD_CONFIGS = [
  property('unit', stringOverrideProcessor),
  property('min', numberOverrideProcessor, isNumber),
  property('max', numberOverrideProcessor, isNumber),
  property('fieldMinMax', booleanOverrideProcessor, isNumber),
  property('decimals', numberOverrideProcessor, isNumber),
  property('displayName', displayNameOverrideProcessor, always, { settings: { expandTemplateVars: true } }),
  property('color', identityOverrideProcessor, always, {
    settings: { byValueSupport: true, preferThresholdsMode: true },
  }),
  property('noValue', stringOverrideProcessor),
  property('links', dataLinksOverrideProcessor),
  property('mappings', valueMappingsOverrideProcessor, (field) => field.type !== FieldType.time, { defaultValue: [] }),
  property('thresholds', thresholdsOverrideProcessor, always, {
    defaultValue: {
      mode: ThresholdsMode.Absolute,
      steps: [
        { value: -Infinity, color: 'green' },
        { value: 80, color: 'red' },
      ],
    },
  }),
  property('filterable', booleanOverrideProcessor),
];

/**
 * Fills @grafana/data's standard field-config registry, as Grafana does at start-up. A panel plugin copies it into
 * its own registry the first time that registry is read, and Scenes keeps (and applies) only the field config that
 * registry knows: call this before the first panel loads, or units, decimals, thresholds and the rest are dropped.
 * Calling it again is harmless.
 */
export function registerStandardFieldConfigs(): void {
  for (const item of STANDARD_FIELD_CONFIGS) {
    if (!standardFieldConfigEditorRegistry.getIfExists(item.id)) {
      standardFieldConfigEditorRegistry.register(item);
    }
  }
}

// The option editors Grafana registers at start-up (getAllOptionEditors) that the app's own panels name by id.
const OPTION_EDITORS = ['radio', 'text', 'number'];

/** Fills @grafana/data's option-editor registry with editor-less entries: a panel's options need their ids to load. */
export function registerStandardOptionEditors(): void {
  for (const id of OPTION_EDITORS) {
    if (!standardEditorsRegistry.getIfExists(id)) {
      standardEditorsRegistry.register({ id, name: id, editor: NoEditor });
    }
  }
}
