import React from 'react';
import { Button, Stack, Text } from '@grafana/ui';
import type { Contracts } from '../../catalog/contracts';
import type { MaintenanceWindow } from '../../catalog/maintenance';
import { SLA_RULE_FILE, slaRulesYaml } from '../../alerting/slaRuleFile';
import { localize } from '../../i18n/localize';
import { testIds } from '../../testIds';
import { MESSAGES } from './messages';

/** How the file reaches a ruler: the same on every deployment, so written out rather than translated. */
const LOAD_COMMANDS = [
  `promtool check rules ${SLA_RULE_FILE}`,
  '# Prometheus: where rule_files points, then reload (SIGHUP, or POST /-/reload with --web.enable-lifecycle)',
  `cp ${SLA_RULE_FILE} /etc/prometheus/rules/ && kill -HUP $(pidof prometheus)`,
  '# Mimir or Cortex',
  `mimirtool rules load ${SLA_RULE_FILE} --address=https://mimir.example.com --id=<tenant>`,
].join('\n');

function download(contracts: Contracts, windows: readonly MaintenanceWindow[]) {
  const url = URL.createObjectURL(new Blob([slaRulesYaml(contracts, windows)], { type: 'application/yaml' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: SLA_RULE_FILE });
  link.click();
  URL.revokeObjectURL(url);
}

interface Props {
  contracts: Contracts;
  /** The maintenance windows being edited: the rules leave their requests out. */
  windows: readonly MaintenanceWindow[];
  disabled: boolean;
}

/** The SLA rule file for the contracts and windows being edited, generated in the browser, and how to load it. */
export function RuleFile({ contracts, windows, disabled }: Props) {
  return (
    <Stack direction="column" gap={1}>
      <Text element="h4">{localize(MESSAGES.ruleFileTitle)}</Text>
      <Text color="secondary">{localize(MESSAGES.ruleFileDescription)}</Text>
      <pre data-testid={testIds.appConfig.ruleCommands}>{LOAD_COMMANDS}</pre>
      <div>
        <Button
          icon="download-alt"
          variant="secondary"
          disabled={disabled}
          data-testid={testIds.appConfig.downloadRules}
          onClick={() => download(contracts, windows)}
        >
          {localize(MESSAGES.downloadRules)}
        </Button>
      </div>
    </Stack>
  );
}
