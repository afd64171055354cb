import { LoadingState, type PanelData } from '@grafana/data';
import {
  SceneObjectBase,
  SceneQueryRunner,
  getCompareSeriesRefId,
  type SceneDataProvider,
  type SceneDataProviderResult,
  type SceneDataState,
} from '@grafana/scenes';
import { type Observable, map } from 'rxjs';
import { GROUP_SEPARATOR } from '../queries/query';

interface QueryShareState extends SceneDataState {
  /** A query's refId, or a group's name. */
  refId: string;
}

/**
 * A refId's name within a share: the share's own query and its time comparison (Scenes' `-compare`), or one of its
 * group (`revenue/now` is `now` in `revenue`).
 */
function within(refId: string | undefined, share: string): string | undefined {
  if (refId === share || refId === getCompareSeriesRefId(share)) {
    return refId;
  }
  return refId?.startsWith(share + GROUP_SEPARATOR) ? refId.slice(share.length + GROUP_SEPARATOR.length) : undefined;
}

/** One query's (or group's) frames and errors out of a request: another panel's error is not this panel's. */
export function shareOf(data: PanelData, share: string): PanelData {
  const mine = <T extends { refId?: string }>(items: T[]) =>
    items.flatMap((item) => {
      const refId = within(item.refId, share);
      return refId === undefined ? [] : [{ ...item, refId }];
    });
  // An error without a refId is the whole request's (the data source did not answer): every share's.
  const errors = [...(data.errors ?? []).filter((error) => error.refId === undefined), ...mine(data.errors ?? [])];
  const failed = data.state === LoadingState.Error;
  return {
    ...data,
    series: mine(data.series),
    errors: errors.length ? errors : undefined,
    // Scenes' VizPanel still takes its error message from the deprecated `error`: it must be this query's too.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    error: errors[0],
    state: failed && !errors.length ? LoadingState.Done : data.state,
  };
}

/**
 * A panel's share of the query runner of a layout around it: one query's frames and errors, or a group's (see
 * `groupedQueries`). Panels that read the same range at the same step share one runner, so Grafana gets their
 * queries in one request instead of one each.
 */
export class QueryShare extends SceneObjectBase<QueryShareState> implements SceneDataProvider<QueryShareState> {
  constructor(refId: string) {
    super({ refId });
    this.addActivationHandler(() => {
      const source = this.source();
      const share = (data?: PanelData) => data && this.setState({ data: shareOf(data, this.state.refId) });
      share(source.state.data);
      this._subs.add(source.subscribeToState((state) => share(state.data)));
    });
  }

  /** The nearest runner above: `sceneGraph.getData` would find this share itself, or a panel's transformer of it. */
  private source(): SceneQueryRunner {
    for (let node = this.parent; node; node = node.parent) {
      if (node.state.$data instanceof SceneQueryRunner) {
        return node.state.$data;
      }
    }
    throw new Error(`No query runner around the panel of ${this.state.refId}`);
  }

  getResultsStream(): Observable<SceneDataProviderResult> {
    return this.source()
      .getResultsStream()
      .pipe(map((result) => ({ origin: this, data: shareOf(result.data, this.state.refId) })));
  }

  setContainerWidth(width: number) {
    this.source().setContainerWidth(width);
  }

  isDataReadyToDisplay() {
    return this.source().isDataReadyToDisplay();
  }

  cancelQuery() {
    this.source().cancelQuery();
  }
}
