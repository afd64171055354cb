import React from 'react';
import {
  SceneDataLayerSet,
  SceneObjectBase,
  type SceneComponentProps,
  type SceneDataLayerProvider,
  sceneGraph,
} from '@grafana/scenes';
import { InlineField, Stack } from '@grafana/ui';

/**
 * One named switch per annotation layer of the scene. Scenes' SceneDataLayerControls labels a layer set once
 * ("Data layers") and draws its layers as switches without names, so nobody could tell them apart.
 */
export class DataLayerToggles extends SceneObjectBase {
  static Component = DataLayerTogglesRenderer;

  constructor() {
    super({});
  }
}

function DataLayerTogglesRenderer({ model }: SceneComponentProps<DataLayerToggles>) {
  const layers = sceneGraph
    .getDataLayers(model, true)
    .flatMap((layer): SceneDataLayerProvider[] => (layer instanceof SceneDataLayerSet ? layer.state.layers : [layer]));
  return (
    <Stack gap={1} wrap="wrap">
      {layers.map((layer) => (
        // The layer's own switch carries this id, so the name labels it for screen readers and clicks alike.
        <InlineField key={layer.state.key} label={layer.state.name} htmlFor={`data-layer-${layer.state.key}`}>
          <layer.Component model={layer} />
        </InlineField>
      ))}
    </Stack>
  );
}
