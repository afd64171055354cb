import React, { useState } from 'react';
import { config } from '@grafana/runtime';
import { Alert, Button, Checkbox, Stack, Text } from '@grafana/ui';
import { type InstallStep, applyInstall, planInstall } from '../../alerting/install/install';
import type { SlaRecords } from '../../alerting/install/slaRecords';
import { type PlannedChange, isSent } from '../../alerting/install/plan';
import type { SlaAlertScope } from '../../queries/slaAlerts';
import { localize, localizeWith } from '../../i18n/localize';
import { testIds } from '../../testIds';
import { InstallPlan, changeName } from './InstallPlan';
import { MESSAGES } from './messages';

type Step =
  | { name: 'idle' }
  | { name: 'busy'; plan?: Array<PlannedChange<unknown>>; steps?: InstallStep[] }
  | { name: 'planned'; plan: Array<PlannedChange<unknown>> }
  | { name: 'installed'; plan: Array<PlannedChange<unknown>>; steps: InstallStep[] }
  | { name: 'failed'; message: string };

export function canInstall(): boolean {
  const user = config.bootData?.user;
  return user?.orgRole === 'Admin' || Boolean(user?.isGrafanaAdmin);
}

function failure(error: unknown): string {
  const answer = error as { status?: number; data?: { message?: string }; message?: string };
  return [answer.status, answer.data?.message ?? answer.message].filter(Boolean).join(': ');
}

/** What the preview found that the install will not send, said before anything is written. */
function PlanNotices({ plan }: { plan: Array<PlannedChange<unknown>> }) {
  const fromFiles = plan.some((change) => change.action === 'provisioned');
  const conflicts = plan.some((change) => change.action === 'conflict');
  return (
    <>
      {fromFiles && (
        <Alert severity="info" title={localize(MESSAGES.fromFiles)}>
          {localize(MESSAGES.fromFilesText)}
        </Alert>
      )}
      {conflicts && (
        <Alert severity="warning" title={localize(MESSAGES.conflicts)}>
          {localize(MESSAGES.conflictsText)}
        </Alert>
      )}
      {plan.every((change) => change.action === 'unchanged') && (
        <Alert severity="success" title={localize(MESSAGES.nothingToInstall)} />
      )}
    </>
  );
}

/** How the install ended: everything sent, or where it stopped and what was and was not done. */
function InstallResult({ steps }: { steps: InstallStep[] }) {
  const failed = steps.find((step) => step.outcome === 'failed');
  if (!failed) {
    return (
      <Alert severity="success" title={localize(MESSAGES.installed)}>
        {localize(MESSAGES.fillSecrets)}
      </Alert>
    );
  }
  return (
    <Alert severity="error" title={localize(MESSAGES.installFailed)}>
      {localizeWith(MESSAGES.stopped, {
        change: changeName(failed.change),
        reason: failure(failed.error),
        done: steps.filter((step) => step.outcome === 'done').length,
        sent: steps.filter((step) => step.outcome !== 'not sent').length,
      })}
    </Alert>
  );
}

interface InstallAlertsProps {
  datasourceUid?: string;
  /** The contracts (and label names) saved on the configuration page, which the installed SLA rules judge by. */
  slaScope?: SlaAlertScope;
  /** The saved contracts and maintenance windows, for Grafana to record the SLA series by, when the admin asks. */
  slaRecords?: SlaRecords;
}

/** For admins: preview what installing the templates changes in this Grafana, then install them. */
export function InstallAlerts({ datasourceUid, slaScope, slaRecords }: InstallAlertsProps) {
  const [step, setStep] = useState<Step>({ name: 'idle' });
  const [recordInGrafana, setRecordInGrafana] = useState(false);
  if (!canInstall()) {
    return null;
  }
  if (!datasourceUid) {
    return <Alert severity="info" title={localize(MESSAGES.installNeedsDatasource)} />;
  }
  const preview = async () => {
    setStep({ name: 'busy' });
    try {
      const records = recordInGrafana ? slaRecords : undefined;
      setStep({ name: 'planned', plan: await planInstall(datasourceUid, slaScope, records) });
    } catch (error) {
      setStep({ name: 'failed', message: failure(error) });
    }
  };
  const install = async (plan: Array<PlannedChange<unknown>>) => {
    setStep({ name: 'busy', plan });
    const steps = await applyInstall(plan, (progress) => setStep({ name: 'busy', plan, steps: progress }));
    setStep({ name: 'installed', plan, steps });
  };
  const plan = 'plan' in step ? step.plan : undefined;
  const steps = 'steps' in step ? step.steps : undefined;

  return (
    <section data-testid={testIds.alerts.install}>
      <Stack direction="column" gap={1}>
        <Text color="secondary">{localize(MESSAGES.followsContracts)}</Text>
        {slaRecords && (
          <Checkbox
            label={localize(MESSAGES.recordInGrafana)}
            description={localize(MESSAGES.recordInGrafanaDescription)}
            value={recordInGrafana}
            data-testid={testIds.alerts.recordInGrafana}
            onChange={(event) => {
              setRecordInGrafana(event.currentTarget.checked);
              // A preview made without the choice would install something else than the box says.
              setStep({ name: 'idle' });
            }}
          />
        )}
        <div>
          <Button icon="eye" variant="secondary" onClick={preview} disabled={step.name === 'busy'}>
            {localize(MESSAGES.preview)}
          </Button>
        </div>
        {step.name === 'failed' && (
          <Alert severity="error" title={localize(MESSAGES.previewFailed)}>
            {step.message}
          </Alert>
        )}
        {step.name === 'planned' && <PlanNotices plan={step.plan} />}
        {plan && <InstallPlan plan={plan} steps={steps} />}
        {step.name === 'planned' && (
          <div>
            <Button icon="upload" onClick={() => install(step.plan)} disabled={!step.plan.some(isSent)}>
              {localize(MESSAGES.install)}
            </Button>
          </div>
        )}
        {step.name === 'installed' && <InstallResult steps={step.steps} />}
      </Stack>
    </section>
  );
}
