import React, { useState } from 'react';
import { config } from '@grafana/runtime';
import { Alert, Button, Stack } from '@grafana/ui';
import type { PlannedChange } from '../../alerting/install/plan';
import { applyInstall, planInstall } from '../../alerting/install/install';
import { localize } from '../../i18n/localize';
import { testIds } from '../../testIds';
import { MESSAGES } from './messages';

type Step =
  | { name: 'idle' }
  | { name: 'busy' }
  | { name: 'planned'; plan: Array<PlannedChange<unknown>> }
  | { name: 'installed'; plan: Array<PlannedChange<unknown>> }
  | { name: 'failed'; message: string };

export function canInstall(): boolean {
  const user = config.bootData?.user;
  return user?.orgRole === 'Admin' || Boolean(user?.isGrafanaAdmin);
}

function failure(error: unknown): string {
  const answer = error as { status?: number; data?: { message?: string }; message?: string };
  return [answer.status, answer.data?.message ?? answer.message].filter(Boolean).join(': ');
}

/** For admins: preview what installing the templates changes in this Grafana, then install them. */
export function InstallAlerts({ datasourceUid }: { datasourceUid?: string }) {
  const [step, setStep] = useState<Step>({ name: 'idle' });
  if (!canInstall()) {
    return null;
  }
  if (!datasourceUid) {
    return <Alert severity="info" title={localize(MESSAGES.installNeedsDatasource)} />;
  }
  const run = async (work: () => Promise<Step>) => {
    setStep({ name: 'busy' });
    try {
      setStep(await work());
    } catch (error) {
      setStep({ name: 'failed', message: failure(error) });
    }
  };
  const preview = () => run(async () => ({ name: 'planned', plan: await planInstall(datasourceUid) }));
  const install = (plan: Array<PlannedChange<unknown>>) =>
    run(async () => {
      await applyInstall(plan);
      return { name: 'installed', plan };
    });

  return (
    <section data-testid={testIds.alerts.install}>
      <Stack direction="column" gap={1}>
        <div>
          <Button icon="eye" variant="secondary" onClick={preview} disabled={step.name === 'busy'}>
            {localize(MESSAGES.preview)}
          </Button>
        </div>
        {step.name === 'failed' && (
          <Alert severity="error" title={localize(MESSAGES.installFailed)}>
            {step.message}
          </Alert>
        )}
        {(step.name === 'planned' || step.name === 'installed') && (
          <>
            <table>
              <thead>
                <tr>
                  <th>{localize(MESSAGES.object)}</th>
                  <th>{localize(MESSAGES.name)}</th>
                  <th>{localize(MESSAGES.action)}</th>
                </tr>
              </thead>
              <tbody>
                {step.plan.map((change) => (
                  <tr key={`${change.kind}/${change.key}`}>
                    <td>{change.kind}</td>
                    <td>{change.key}</td>
                    <td>{change.action}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {step.name === 'planned' ? (
              <div>
                <Button
                  icon="upload"
                  onClick={() => install(step.plan)}
                  disabled={step.plan.every((change) => change.action === 'unchanged')}
                >
                  {localize(MESSAGES.install)}
                </Button>
              </div>
            ) : (
              <Alert severity="success" title={localize(MESSAGES.installed)}>
                {localize(MESSAGES.fillSecrets)}
              </Alert>
            )}
          </>
        )}
      </Stack>
    </section>
  );
}
