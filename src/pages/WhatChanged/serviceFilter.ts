import { CustomVariable, type SceneFlexItem, sceneGraph } from '@grafana/scenes';
import { localize } from '../../i18n/localize';
import { SERVICE_VARIABLE, readFilters } from '../../scenes/filters';
import { MESSAGES } from './messages';

/** The services the page's panels tell about: picking one narrows the movers and hides the other panels. */
export function serviceVariable(services: string[]): CustomVariable {
  return new CustomVariable({
    name: SERVICE_VARIABLE,
    label: localize(MESSAGES.service),
    query: [...new Set(services)].join(','),
    includeAll: true,
    defaultToAll: true,
  });
}

/** A behavior that shows a panel only while the chosen service is one of `services`. */
export function shownForServices(services: string[]) {
  return (item: SceneFlexItem) => {
    const update = () => {
      const service = readFilters(item).service;
      const isHidden = service !== undefined && !services.includes(service);
      if (item.state.isHidden !== isHidden) {
        item.setState({ isHidden });
      }
    };
    update();
    const subscription = sceneGraph.lookupVariable(SERVICE_VARIABLE, item)?.subscribeToState(update);
    return () => subscription?.unsubscribe();
  };
}
