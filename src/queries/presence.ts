import { PRESENCE_METRIC, TENANT_LABEL } from '../catalog';
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
