import {
  type DataTransformerInfo,
  type TransformerRegistryItem,
  standardTransformers,
  standardTransformersRegistry,
} from '@grafana/data';

// Grafana 12 reads a transformer's info from `transformation`; Grafana 13 calls it and awaits the info. A function
// that carries the info's own properties serves both.
function registryItem(info: DataTransformerInfo): TransformerRegistryItem {
  const transformation = Object.defineProperties(async () => info, Object.getOwnPropertyDescriptors(info));
  return {
    id: info.id,
    name: info.name,
    transformation: transformation as never,
    editor: () => null,
    imageDark: '',
    imageLight: '',
  };
}

/**
 * What Grafana does at start-up: registers @grafana/data's transformations (each with an editor nobody shows here;
 * the export lists some under two names), so panels' transformations run in tests and in the browser harness.
 */
export function registerStandardTransformations(): void {
  const unique = new Map(Object.values(standardTransformers).map((info) => [info.id, info]));
  standardTransformersRegistry.setInit(() => [...unique.values()].map(registryItem));
}
