import type { AppSettings } from '../../settings';
import { MESSAGES } from './messages';

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

export type SettingsErrors = Partial<
  Record<'tenantLabel' | 'deploymentLabel' | 'slaTargetPercent' | 'slaThresholdMs', keyof typeof MESSAGES>
>;

/** What is wrong with the form, field by field; empty when it can be saved. */
export function validateSettings(settings: AppSettings): SettingsErrors {
  const errors: SettingsErrors = {};
  if (settings.tenantLabel && !LABEL_NAME.test(settings.tenantLabel)) {
    errors.tenantLabel = 'badLabel';
  }
  if (settings.deploymentLabel && !LABEL_NAME.test(settings.deploymentLabel)) {
    errors.deploymentLabel = 'badLabel';
  }
  const target = settings.slaTargetPercent;
  if (target !== undefined && !(Number.isFinite(target) && target > 0 && target < 100)) {
    errors.slaTargetPercent = 'slaTargetInvalid';
  }
  const threshold = settings.slaThresholdMs;
  if (threshold !== undefined && !(Number.isFinite(threshold) && threshold > 0)) {
    errors.slaThresholdMs = 'slaThresholdInvalid';
  }
  return errors;
}

/** Why the saved datasource cannot be used, if it cannot. */
export function datasourceProblem(
  uid: string | undefined,
  type: string | undefined
): keyof typeof MESSAGES | undefined {
  if (!uid) {
    return 'noDatasource';
  }
  if (!type) {
    return 'datasourceNotFound';
  }
  return type === 'prometheus' ? undefined : 'notPrometheus';
}
