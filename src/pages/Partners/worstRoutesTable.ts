import { PanelBuilders, SceneDataTransformer, type VizPanel } from '@grafana/scenes';
import { QueryShare } from '../../scenes/QueryShare';
import { localize } from '../../i18n/localize';
import { MESSAGES } from './messages';
import { BAD_BY_ROUTE } from './queries';

/**
 * The routes with the most bad requests over the range, most first, counted in whole requests rather than "98 K".
 * The instant query's table has a Time column with the same moment in every row: it says nothing, so it is left out.
 * Its query is one of the latency runner's, around it.
 */
export function worstRoutesTable(): VizPanel {
  const badRequests = localize(MESSAGES.badRequests);
  return PanelBuilders.table()
    .setTitle(localize(MESSAGES.worstRoutes))
    .setDescription(localize(MESSAGES.worstRoutesDescription))
    .setUnit('locale')
    .setDecimals(0)
    .setData(
      new SceneDataTransformer({
        $data: new QueryShare(BAD_BY_ROUTE),
        transformations: [
          {
            id: 'organize',
            options: {
              excludeByName: { Time: true },
              // Grafana names the value `Value` when a request has one table query, `Value #<refId>` when more.
              renameByName: {
                route: localize(MESSAGES.route),
                Value: badRequests,
                [`Value #${BAD_BY_ROUTE}`]: badRequests,
              },
            },
          },
          { id: 'sortBy', options: { sort: [{ field: badRequests, desc: true }] } },
        ],
      })
    )
    .build();
}
