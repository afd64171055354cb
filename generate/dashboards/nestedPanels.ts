import kpiChange from '../../src/panels/kpiChange/plugin.json';
import slaBudget from '../../src/panels/slaBudget/plugin.json';
import topMovers from '../../src/panels/topMovers/plugin.json';

/** The app's own panel plugins, by what they show: the dashboards use them where they fit. */
export const NESTED_PANEL_IDS = { kpiChange: kpiChange.id, topMovers: topMovers.id, slaBudget: slaBudget.id };
