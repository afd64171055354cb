import { EmbeddedScene } from '@grafana/scenes';
import { CONFIG_PAGE_URL } from '../constants';
import { localize } from '../i18n/localize';
import { EmptyState } from './EmptyState';
import { MESSAGES } from './messages';

/** What a page shows before an admin picked the data source. */
export function noDatasourceScene(): EmbeddedScene {
  return new EmbeddedScene({
    body: new EmptyState({
      title: localize(MESSAGES.noDatasourceTitle),
      message: localize(MESSAGES.noDatasource),
      action: { label: localize(MESSAGES.openConfiguration), href: CONFIG_PAGE_URL },
    }),
  });
}
