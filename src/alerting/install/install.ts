import { desiredObjects } from './bundle';
import { applyChange, fetchExisting } from './grafanaApi';
import { type PlannedChange, planChanges } from './plan';

/** What installing the alert templates into this Grafana would create, update or leave alone. */
export async function planInstall(datasourceUid: string): Promise<Array<PlannedChange<unknown>>> {
  const desired = desiredObjects(datasourceUid);
  return planChanges(desired, await fetchExisting(desired));
}

/** Carries out a plan in its order, stopping at the first refusal so nothing later depends on a missing object. */
export async function applyInstall(plan: Array<PlannedChange<unknown>>): Promise<void> {
  for (const change of plan) {
    await applyChange(change);
  }
}
