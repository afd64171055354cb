import type { AppSettings } from '../../settings';
import { MESSAGES } from './messages';

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

export type SettingsErrors = Partial<Record<'tenantLabel' | 'deploymentLabel', keyof typeof MESSAGES>>;

/** What is wrong with the form, field by field; empty when it can be saved. */
export function validateSettings(settings: AppSettings): SettingsErrors {
  const errors: SettingsErrors = {};
  if (settings.tenantLabel && !LABEL_NAME.test(settings.tenantLabel)) {
    errors.tenantLabel = 'badLabel';
  }
  if (settings.deploymentLabel && !LABEL_NAME.test(settings.deploymentLabel)) {
    errors.deploymentLabel = 'badLabel';
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
