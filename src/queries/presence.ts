import { DEPLOYMENT_LABEL, PRESENCE_METRIC, TENANT_LABEL } from '../catalog';
import { type QueryBuilder, instantQuery } from './query';
import { CONTRACT_LABELS, type LabelNames, type Matcher, labelName, selector } from './selector';

/** The series that say where the shop runs, narrowed by `matchers`. */
export const presenceSelector = (matchers: Matcher[] = [], names: LabelNames = CONTRACT_LABELS) =>
  selector(PRESENCE_METRIC, matchers, names);

/** One series per partner the data source knows: what a partner page checks its URL against. */
export const knownPartnersExpr = (names: LabelNames = CONTRACT_LABELS) =>
  `count by (${labelName(TENANT_LABEL, names)}) (${presenceSelector([], names)})`;

/** A picker's options: the values of a contract label, in Grafana's variable query syntax. */
export const labelValuesQuery = (contractLabel: string, names: LabelNames = CONTRACT_LABELS) =>
  `label_values(${presenceSelector([], names)}, ${labelName(contractLabel, names)})`;

/** The partner and deployment pickers' option queries, as a page's query list names them. */
export const filterOptionQueries =
  (names: LabelNames = CONTRACT_LABELS): QueryBuilder =>
  () =>
    [TENANT_LABEL, DEPLOYMENT_LABEL].map((label) => instantQuery(label, labelValuesQuery(label, names)));
