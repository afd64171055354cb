import { DEPLOYMENT_LABEL, TENANT_LABEL } from '../catalog';
import { slaRecord } from '../catalog/slo';
import { type FilterValue, filterMatchers } from './business';
import { CONTRACT_LABELS, type LabelNames, type Matcher, eq, labelName, selector } from './selector';
import { SLA_RULE_INTERVAL_SECONDS } from './slaRules';

/**
 * The maintenance windows the SLA rules applied to one partner (`partner`: a page's value, or the dashboard's
 * variable), from the series the rules record while a window is open, so it shows what the rules left out rather than
 * what someone declared: windows naming the partner (on all its deployments or one), and windows naming only a
 * deployment the partner runs on. A neighbour's window on the same deployment is not the partner's.
 */
export function partnerMaintenanceExpr(partner: FilterValue, names: LabelNames = CONTRACT_LABELS): string {
  const deployment = labelName(DEPLOYMENT_LABEL, names);
  const active = (matchers: Matcher[]) => selector(slaRecord.maintenanceActive, matchers, names);
  const partnerMatchers = filterMatchers({ tenant: partner });
  // Where the partner runs, from its rolling-month request rate: unlike its raw series, this record still holds while
  // a deployment under maintenance sends nothing, and it covers every deployment the month's budget counts. Recorded
  // every 5 minutes, so it is read over two intervals rather than the 5-minute look-back, which could just miss one.
  const lookBack = `${(2 * SLA_RULE_INTERVAL_SECONDS.long) / 60}m`;
  const runsOn = `last_over_time(${selector(slaRecord.requests('30d'), partnerMatchers, names)}[${lookBack}])`;
  return `${active(partnerMatchers)} or (${active([eq(TENANT_LABEL, '')])} and on (${deployment}) ${runsOn})`;
}
