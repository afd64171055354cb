import { DEPLOYMENT_LABEL, SLA } from '../catalog';
import { type MaintenanceWindow, utcSeconds } from '../catalog/maintenance';
import { filterMatchers } from './business';
import { SLA_REQUESTS, sumBy } from './functions';
import { CONTRACT_LABELS, type LabelNames, eq, selector } from './selector';

/**
 * The windows that may have left some of `partner`'s requests out: those naming it, and those naming only a
 * deployment (whether it runs there, the requests counted inside tell).
 */
export const windowsFor = (partner: string, windows: readonly MaintenanceWindow[]) =>
  windows.filter((window) => window.partner === partner || window.partner === undefined);

/**
 * The partner's requests inside a maintenance window (on the window's deployment, when it names one), from the
 * gateway histogram: the records leave them out, so only the raw count can say how many the window excluded. No
 * series when the partner sent nothing there.
 */
export function requestsInWindowExpr(
  window: MaintenanceWindow,
  partner: string,
  names: LabelNames = CONTRACT_LABELS
): string {
  const from = utcSeconds(window.from)!;
  const to = utcSeconds(window.to)!;
  const matchers = [
    ...filterMatchers({ tenant: partner }),
    ...(window.deployment === undefined ? [] : [eq(DEPLOYMENT_LABEL, window.deployment)]),
    ...SLA_REQUESTS.all(),
  ];
  return sumBy([], `increase(${selector(`${SLA.metric}_bucket`, matchers, names)}[${to - from}s] @ ${to})`, names);
}
