import type { TimeRange } from '@grafana/data';
import { type DataSourceRef } from '@grafana/schema';
import { SceneQueryRunner, type SceneTimeRangeLike, sceneGraph } from '@grafana/scenes';
import type { Unsubscribable } from 'rxjs';
import { type BusinessResolution, resolutionFor } from '../catalog/business';
import type { PromQuery, QueryBuilder, QueryContext } from '../queries/query';
import {
  BASELINE_VARIABLE,
  DEPLOYMENT_VARIABLE,
  PARTNER_VARIABLE,
  SERVICE_VARIABLE,
  readBaseline,
  readFilters,
} from './filters';

function resolutionOf(range: TimeRange): BusinessResolution {
  return resolutionFor(range.to.diff(range.from) / 1000);
}

/**
 * A query runner whose PromQL is built in code from the page's filters, instead of pasting variable values into
 * the query text: the values go through the project's escaping, which does not depend on Grafana's version.
 * It also picks the recorded resolution that suits the time range, and rebuilds calendar windows as time moves.
 */
export class ShopQueryRunner extends SceneQueryRunner {
  private followedTimeRange?: SceneTimeRangeLike;
  private timeRangeSubscription?: Unsubscribable;

  constructor(
    private readonly build: QueryBuilder,
    options: { datasource: DataSourceRef; maxDataPoints?: number }
  ) {
    super({ ...options, queries: [] });
    // The queries name no variable, so the runner is told which ones to wait for and re-run on (after a first scan).
    this._variableDependency.getNames();
    this._variableDependency.setVariableNames([
      PARTNER_VARIABLE,
      DEPLOYMENT_VARIABLE,
      SERVICE_VARIABLE,
      BASELINE_VARIABLE,
    ]);
    this.addActivationHandler(() => () => {
      this.timeRangeSubscription?.unsubscribe();
      this.followedTimeRange = undefined;
    });
  }

  public runQueries(): void {
    const timeRange = sceneGraph.getTimeRange(this);
    this.followTimeRange(timeRange);
    this.rebuild(timeRange.state.value);
    super.runQueries();
  }

  /** The queries this runner issues in `context`: what the page query lists are checked against. */
  public queriesFor(context: QueryContext): PromQuery[] {
    return this.build(context);
  }

  /** Builds the queries for the range, keeping the state as it is when they did not change. */
  private rebuild(range: TimeRange): void {
    const queries = this.queriesFor({
      filters: readFilters(this),
      baseline: readBaseline(this),
      resolution: resolutionOf(range),
      to: range.to.unix(),
      from: range.from.unix(),
    });
    if (JSON.stringify(queries) !== JSON.stringify(this.state.queries)) {
      this.setState({ queries });
    }
  }

  // On a time change the base class runs the queries a moment later (on a timer), once; rebuilding them here first,
  // synchronously, makes that one run use the queries for the new range (another resolution, another month).
  // Running them here as well sent every query of such a runner twice.
  private followTimeRange(timeRange: SceneTimeRangeLike): void {
    if (this.followedTimeRange === timeRange) {
      return;
    }
    this.timeRangeSubscription?.unsubscribe();
    this.followedTimeRange = timeRange;
    this.timeRangeSubscription = timeRange.subscribeToState((state) => this.rebuild(state.value));
  }
}
