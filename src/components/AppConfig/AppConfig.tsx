import React, { useState } from 'react';
import { lastValueFrom } from 'rxjs';
import type { AppPluginMeta, PluginConfigPageProps } from '@grafana/data';
import { DataSourcePicker, getBackendSrv, getDataSourceSrv, locationService } from '@grafana/runtime';
import { Alert, Button, Field, FieldSet, Stack, Text } from '@grafana/ui';
import { localize } from '../../i18n/localize';
import { type AppSettings, resolveSettings } from '../../settings';
import { testIds } from '../../testIds';
import { ContractCheck } from './ContractCheck';
import { contractRowErrors, contractsOf, rowsOf } from './contractRows';
import { ContractsEditor } from './ContractsEditor';
import { MaintenanceEditor } from './MaintenanceEditor';
import { maintenanceRowErrors, maintenanceRowsOf, rowsAreValid, windowsOf } from './maintenanceRows';
import { MESSAGES } from './messages';
import { RuleFile } from './RuleFile';
import { SettingField } from './SettingField';
import { datasourceProblem, validateSettings } from './validation';

export interface AppConfigProps extends PluginConfigPageProps<AppPluginMeta<AppSettings>> {}

const AppConfig = ({ plugin }: AppConfigProps) => {
  const { enabled, pinned, jsonData } = plugin.meta;
  const [settings, setSettings] = useState<AppSettings>(jsonData ?? {});
  // Contracts are edited as typed and saved as the catalog holds them; the form starts from those the pages use.
  const [contractRows, setContractRows] = useState(() => rowsOf(resolveSettings(jsonData).contracts));
  const [maintenanceRows, setMaintenanceRows] = useState(() =>
    maintenanceRowsOf(resolveSettings(jsonData).maintenance)
  );
  const [saveError, setSaveError] = useState<string>();
  const errors = validateSettings(settings);
  const contractErrors = contractRowErrors(contractRows);
  const contractsValid = contractErrors.every((rowErrors) => Object.keys(rowErrors).length === 0);
  const contracts = contractsValid ? contractsOf(contractRows) : {};
  const maintenanceErrors = maintenanceRowErrors(maintenanceRows);
  const maintenanceValid = rowsAreValid(maintenanceErrors);
  const maintenance = maintenanceValid ? windowsOf(maintenanceRows) : [];
  const rulesValid = contractsValid && maintenanceValid;
  const datasourceType = settings.datasourceUid
    ? getDataSourceSrv().getInstanceSettings(settings.datasourceUid)?.type
    : undefined;
  const problem = datasourceProblem(settings.datasourceUid, datasourceType);
  const update = (change: Partial<AppSettings>) => setSettings((current) => ({ ...current, ...change }));

  const save = async () => {
    try {
      await lastValueFrom(
        getBackendSrv().fetch({
          url: `/api/plugins/${plugin.meta.id}/settings`,
          method: 'POST',
          data: { enabled, pinned, jsonData: { ...settings, contracts, maintenance } },
        })
      );
      // Grafana hands the app its settings only when it loads, so the page reloads to apply them.
      locationService.reload();
    } catch (error) {
      setSaveError(
        error instanceof Error ? error.message : String((error as { statusText?: string })?.statusText ?? error)
      );
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
        {problem && (
          <Alert severity={problem === 'noDatasource' ? 'info' : 'error'} title={localize(MESSAGES[problem])} />
        )}
        {settings.datasourceUid && !problem && <ContractCheck datasourceUid={settings.datasourceUid} />}
      </FieldSet>

      <FieldSet label={localize(MESSAGES.labelsTitle)}>
        <SettingField
          name="tenantLabel"
          label="tenantLabel"
          description="labelDescription"
          error={errors.tenantLabel}
          settings={settings}
          testId={testIds.appConfig.tenantLabel}
          onChange={update}
        />
        <SettingField
          name="deploymentLabel"
          label="deploymentLabel"
          description="labelDescription"
          error={errors.deploymentLabel}
          settings={settings}
          testId={testIds.appConfig.deploymentLabel}
          onChange={update}
        />
      </FieldSet>

      <FieldSet label={localize(MESSAGES.slaTitle)}>
        <Stack direction="column" gap={2}>
          <div data-testid={testIds.appConfig.sla}>
            <Text color="secondary">{localize(MESSAGES.slaDefault)}</Text>
          </div>
          <ContractsEditor rows={contractRows} errors={contractErrors} onChange={setContractRows} />
          <Text color="secondary">{localize(MESSAGES.slaApplies)}</Text>
        </Stack>
      </FieldSet>

      <FieldSet label={localize(MESSAGES.maintenanceTitle)} data-testid={testIds.appConfig.maintenance.section}>
        <Stack direction="column" gap={2}>
          <Text color="secondary">{localize(MESSAGES.maintenanceDescription)}</Text>
          <MaintenanceEditor rows={maintenanceRows} errors={maintenanceErrors} onChange={setMaintenanceRows} />
          <Text color="secondary">{localize(MESSAGES.maintenanceApplies)}</Text>
        </Stack>
      </FieldSet>

      <RuleFile contracts={contracts} windows={maintenance} disabled={!rulesValid} />

      {saveError && (
        <Alert severity="error" title={localize(MESSAGES.saveFailed)}>
          {saveError}
        </Alert>
      )}
      <div>
        <Button
          onClick={save}
          disabled={Object.keys(errors).length > 0 || !rulesValid}
          data-testid={testIds.appConfig.save}
        >
          {localize(MESSAGES.save)}
        </Button>
      </div>
    </Stack>
  );
};

export default AppConfig;
