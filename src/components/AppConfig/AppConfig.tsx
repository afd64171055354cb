import React, { useState } from 'react';
import { lastValueFrom } from 'rxjs';
import type { AppPluginMeta, PluginConfigPageProps } from '@grafana/data';
import { DataSourcePicker, getBackendSrv, getDataSourceSrv, locationService } from '@grafana/runtime';
import { Alert, Button, Field, FieldSet, Input, Stack } from '@grafana/ui';
import { localize } from '../../i18n/localize';
import { type AppSettings, DEFAULT_SETTINGS } from '../../settings';
import { testIds } from '../../testIds';
import { ContractCheck } from './ContractCheck';
import { MESSAGES } from './messages';
import { datasourceProblem, validateSettings } from './validation';

export interface AppConfigProps extends PluginConfigPageProps<AppPluginMeta<AppSettings>> {}

const numberOrUndefined = (text: string) => (text.trim() === '' ? undefined : Number(text));

const AppConfig = ({ plugin }: AppConfigProps) => {
  const { enabled, pinned, jsonData } = plugin.meta;
  const [settings, setSettings] = useState<AppSettings>(jsonData ?? {});
  const [saveError, setSaveError] = useState<string>();
  const errors = validateSettings(settings);
  const datasourceType = settings.datasourceUid ? getDataSourceSrv().getInstanceSettings(settings.datasourceUid)?.type : undefined;
  const problem = datasourceProblem(settings.datasourceUid, datasourceType);
  const update = (change: Partial<AppSettings>) => setSettings((current) => ({ ...current, ...change }));

  const save = async () => {
    try {
      await lastValueFrom(
        getBackendSrv().fetch({ url: `/api/plugins/${plugin.meta.id}/settings`, method: 'POST', data: { enabled, pinned, jsonData: settings } })
      );
      // Grafana hands the app its settings only when it loads, so the page reloads to apply them.
      locationService.reload();
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String((error as { statusText?: string })?.statusText ?? error));
    }
  };

  return (
    <Stack direction="column" gap={2} data-testid={testIds.appConfig.container}>
      <FieldSet label={localize(MESSAGES.datasourceLabel)}>
        <Field label={localize(MESSAGES.datasourceLabel)} description={localize(MESSAGES.datasourceDescription)}>
          <div data-testid={testIds.appConfig.datasource}>
            <DataSourcePicker
              pluginId="prometheus"
              current={settings.datasourceUid}
              noDefault
              width={60}
              onChange={(instance) => update({ datasourceUid: instance.uid })}
            />
          </div>
        </Field>
        {problem && <Alert severity={problem === 'noDatasource' ? 'info' : 'error'} title={localize(MESSAGES[problem])} />}
        {settings.datasourceUid && !problem && <ContractCheck datasourceUid={settings.datasourceUid} />}
      </FieldSet>

      <FieldSet label={localize(MESSAGES.labelsTitle)}>
        <Field label={localize(MESSAGES.tenantLabel)} description={localize(MESSAGES.labelDescription)} invalid={!!errors.tenantLabel} error={errors.tenantLabel && localize(MESSAGES[errors.tenantLabel])}>
          <Input
            width={30}
            value={settings.tenantLabel ?? ''}
            placeholder={DEFAULT_SETTINGS.tenantLabel}
            data-testid={testIds.appConfig.tenantLabel}
            onChange={(e) => update({ tenantLabel: e.currentTarget.value.trim() || undefined })}
          />
        </Field>
        <Field label={localize(MESSAGES.deploymentLabel)} description={localize(MESSAGES.labelDescription)} invalid={!!errors.deploymentLabel} error={errors.deploymentLabel && localize(MESSAGES[errors.deploymentLabel])}>
          <Input
            width={30}
            value={settings.deploymentLabel ?? ''}
            placeholder={DEFAULT_SETTINGS.deploymentLabel}
            data-testid={testIds.appConfig.deploymentLabel}
            onChange={(e) => update({ deploymentLabel: e.currentTarget.value.trim() || undefined })}
          />
        </Field>
      </FieldSet>

      <FieldSet label={localize(MESSAGES.slaTitle)}>
        <Field label={localize(MESSAGES.slaTarget)} invalid={!!errors.slaTargetPercent} error={errors.slaTargetPercent && localize(MESSAGES[errors.slaTargetPercent])}>
          <Input
            width={15}
            type="number"
            value={settings.slaTargetPercent ?? ''}
            placeholder={String(DEFAULT_SETTINGS.slaTargetPercent)}
            data-testid={testIds.appConfig.slaTarget}
            onChange={(e) => update({ slaTargetPercent: numberOrUndefined(e.currentTarget.value) })}
          />
        </Field>
        <Field label={localize(MESSAGES.slaThreshold)} invalid={!!errors.slaThresholdMs} error={errors.slaThresholdMs && localize(MESSAGES[errors.slaThresholdMs])}>
          <Input
            width={15}
            type="number"
            value={settings.slaThresholdMs ?? ''}
            placeholder={String(DEFAULT_SETTINGS.slaThresholdMs)}
            data-testid={testIds.appConfig.slaThreshold}
            onChange={(e) => update({ slaThresholdMs: numberOrUndefined(e.currentTarget.value) })}
          />
        </Field>
      </FieldSet>

      {saveError && <Alert severity="error" title={localize(MESSAGES.saveFailed)}>{saveError}</Alert>}
      <div>
        <Button onClick={save} disabled={Object.keys(errors).length > 0} data-testid={testIds.appConfig.save}>
          {localize(MESSAGES.save)}
        </Button>
      </div>
    </Stack>
  );
};

export default AppConfig;
