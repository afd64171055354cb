import { css } from '@emotion/css';
import React, { type ComponentType } from 'react';
import {
  colorManipulator,
  type FieldConfigSource,
  FieldType,
  type GrafanaTheme2,
  identityOverrideProcessor,
  type PanelData,
  PanelPlugin,
  type PanelProps,
  PluginType,
  type SetFieldConfigOptionsArgs,
} from '@grafana/data';
import type { VizPanelBuilder } from '@grafana/scenes';
import { useStyles2 } from '@grafana/ui';

/** The options type Scenes' PanelBuilders give a panel, so a stand-in reads the options the plugin sets. */
export type OptionsOf<T extends () => unknown> = ReturnType<T> extends VizPanelBuilder<infer O, infer _F> ? O : never;

// The harness never edits panels, so the option and field-config registrations need no editor.
const NoEditor = () => null;

interface Setup<TOptions> {
  /** Grafana's name for the panel (its plugin.json `name`). */
  name: string;
  /** Option defaults Grafana's plugin registers with its option editors; Scenes merges them under the panel's. */
  options: Partial<TOptions>;
  /** Standard field-config settings the real plugin changes, e.g. the time series' default colour mode. */
  standardOptions?: SetFieldConfigOptionsArgs['standardOptions'];
  /**
   * The plugin's custom field config: path → default (`undefined`: registered without one). Scenes drops every
   * `custom.*` setting and override that the plugin does not register (getPanelOptionsWithDefaults).
   */
  custom?: Record<string, unknown>;
}

/**
 * A panel plugin as Grafana would load it: the meta Scenes reads (`id`, `info.version`), the option and field-config
 * registrations that keep the panel's settings, and a component that draws `Panel` under a corner label.
 */
export function standInPlugin<TOptions extends object>(
  id: string,
  Panel: ComponentType<PanelProps<TOptions>>,
  setup: Setup<TOptions>
): PanelPlugin<TOptions> {
  const label = `stand-in for Grafana's ${setup.name.toLowerCase()} panel`;

  function StandIn(props: PanelProps<TOptions>) {
    const styles = useStyles2(getStyles);
    return (
      <div className={styles.body} style={{ width: props.width, height: props.height }}>
        <Panel {...props} />
        <span className={styles.label} data-testid={`stand-in-${id}`}>
          {label}
        </span>
      </div>
    );
  }
  StandIn.displayName = `StandIn(${id})`;

  const plugin = new PanelPlugin<TOptions>(StandIn)
    .setPanelOptions((builder) => {
      for (const [path, defaultValue] of Object.entries(setup.options)) {
        builder.addCustomEditor({ id: path, path, name: path, editor: NoEditor, defaultValue });
      }
    })
    .useFieldConfig({
      standardOptions: setup.standardOptions,
      useCustomConfig: (builder) => {
        for (const [path, defaultValue] of Object.entries(setup.custom ?? {})) {
          builder.addCustomEditor({
            id: path,
            path,
            name: path,
            editor: NoEditor,
            override: NoEditor,
            process: identityOverrideProcessor,
            shouldApply: () => true,
            defaultValue,
          });
        }
      },
    });
  // Core panels carry no version of their own: Scenes then takes Grafana's, and migrates nothing.
  plugin.meta = {
    id,
    name: setup.name,
    type: PluginType.panel,
    sort: 0,
    module: `core:plugin/${id}`,
    baseUrl: `public/app/plugins/panel/${id}`,
    info: {
      author: { name: 'Grafana Labs' },
      description: label,
      links: [],
      logos: { small: '', large: '' },
      screenshots: [],
      updated: '',
      version: '',
    },
  };
  return plugin;
}

interface NoDataProps {
  data: PanelData;
  fieldConfig: FieldConfigSource;
  needsTimeField?: boolean;
  needsNumberField?: boolean;
}

/** What Grafana's PanelDataErrorView says when a panel has nothing to draw, with the same test id. */
export function NoData({ data, fieldConfig, needsTimeField, needsNumberField }: NoDataProps) {
  const styles = useStyles2(getStyles);
  const fields = data.series.flatMap((frame) => frame.fields);
  let message = 'Cannot visualize data';
  if (data.series.every((frame) => frame.length === 0)) {
    message = fieldConfig.defaults.noValue ?? 'No data';
  } else if (needsNumberField && !fields.some((field) => field.type === FieldType.number)) {
    message = 'Data is missing a number field';
  } else if (needsTimeField && !fields.some((field) => field.type === FieldType.time)) {
    message = 'Data is missing a time field';
  }
  return (
    <div className={styles.noData}>
      <div data-testid="data-testid Panel data error message">{message}</div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => {
  // PanelChrome pads the body by this much below its header: the label sits in that strip, so it never covers
  // the title and barely touches the panel's content (a stat's value, a table's header, a bar's value).
  const padding = theme.components.panel.padding * theme.spacing.gridSize;
  return {
    body: css({ position: 'relative' }),
    label: css({
      position: 'absolute',
      top: -padding,
      right: 0,
      zIndex: 1,
      padding: theme.spacing(0, 0.5),
      fontSize: 10,
      lineHeight: `${padding + 2}px`,
      whiteSpace: 'nowrap',
      color: theme.colors.text.disabled,
      background: colorManipulator.alpha(theme.colors.background.primary, 0.7),
      borderRadius: theme.shape.radius.default,
      pointerEvents: 'none',
    }),
    noData: css({
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      height: '100%',
      textAlign: 'center',
      color: theme.colors.text.secondary,
      fontSize: theme.typography.size.lg,
    }),
  };
};
