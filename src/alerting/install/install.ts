import type { SlaAlertScope } from '../../queries/slaAlerts';
import { BUNDLE_FOLDER, desiredObjects } from './bundle';
import type { SlaRecords } from './slaRecords';
import { applyChange, fetchExisting, findFolder } from './grafanaApi';
import { type PlannedChange, isSent, planChanges } from './plan';

/**
 * What installing the alert templates into this Grafana would create, update or leave alone, before anything is
 * written. The rules go to our folder, or to the folder of our title that file provisioning created; the SLA rules
 * judge each partner by `scope`'s contracts, so a contract saved since the last install shows as an update; with
 * `records`, Grafana-managed recording rules for the SLA series come along.
 */
export async function planInstall(
  datasourceUid: string,
  scope: SlaAlertScope = {},
  records?: SlaRecords
): Promise<Array<PlannedChange<unknown>>> {
  const folder = await findFolder(BUNDLE_FOLDER);
  const desired = desiredObjects(datasourceUid, folder ?? BUNDLE_FOLDER, scope, records);
  return planChanges(desired, await fetchExisting(desired, folder));
}

export type Outcome = 'done' | 'failed' | 'not attempted' | 'not sent';

export interface InstallStep {
  change: PlannedChange<unknown>;
  outcome: Outcome;
  /** Grafana's answer, when it refused. */
  error?: unknown;
}

/**
 * Carries out a plan in its order, stopping at the first refusal so nothing later depends on a missing object, and
 * says of every change what became of it.
 */
export async function applyInstall(
  plan: Array<PlannedChange<unknown>>,
  onStep: (steps: InstallStep[]) => void = () => undefined
): Promise<InstallStep[]> {
  const steps: InstallStep[] = plan.map((change) => ({
    change,
    outcome: isSent(change) ? 'not attempted' : 'not sent',
  }));
  for (const step of steps.filter((each) => each.outcome === 'not attempted')) {
    try {
      await applyChange(step.change);
      step.outcome = 'done';
    } catch (error) {
      step.outcome = 'failed';
      step.error = error;
      break;
    } finally {
      onStep(steps.map((each) => ({ ...each })));
    }
  }
  return steps;
}
