import React from 'react';
import { Button, Combobox, Field, IconButton, Input, Stack, Text } from '@grafana/ui';
import { DEFAULT_CONTRACT, SLA_THRESHOLDS } from '../../catalog/contracts';
import { currentLanguage, localize, localizeWith } from '../../i18n/localize';
import { formatValue } from '../../scenes/formatValue';
import { testIds } from '../../testIds';
import type { ContractRow, ContractRowErrors } from './contractRows';
import { MESSAGES } from './messages';

interface Props {
  rows: ContractRow[];
  errors: ContractRowErrors[];
  onChange: (rows: ContractRow[]) => void;
}

const EMPTY_ROW: ContractRow = { partner: '', targetPercent: '', monthlyFee: '', credits: '' };

/** Every time zone the browser knows, for a searchable list: a typo cannot become a contract's calendar. */
const TIME_ZONES = Intl.supportedValuesOf('timeZone').map((zone) => ({ label: zone, value: zone }));

/** The partners whose contract differs from the default, one row each: target, threshold, calendar and credits. */
export function ContractsEditor({ rows, errors, onChange }: Props) {
  const thresholds = SLA_THRESHOLDS.map((seconds) => ({
    label: formatValue(seconds, 's', currentLanguage()),
    value: seconds,
  }));
  const change = (index: number, update: Partial<ContractRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...update } : row)));
  const error = (index: number, field: keyof ContractRowErrors) => {
    const key = errors[index]?.[field];
    return { invalid: !!key, error: key && localize(MESSAGES[key]) };
  };

  return (
    <Stack direction="column" gap={1}>
      {rows.map((row, index) => (
        <div key={index} data-testid={testIds.appConfig.contract(index)}>
          <Stack direction="row" gap={2} alignItems="flex-start" wrap="wrap">
            <Field label={localize(MESSAGES.contractPartner)} {...error(index, 'partner')}>
              <Input
                width={20}
                value={row.partner}
                data-testid={testIds.appConfig.contractPartner(index)}
                onChange={(event) => change(index, { partner: event.currentTarget.value })}
              />
            </Field>
            <Field label={localize(MESSAGES.contractTarget)} {...error(index, 'targetPercent')}>
              <Input
                width={14}
                inputMode="decimal"
                value={row.targetPercent}
                placeholder={String(DEFAULT_CONTRACT.target * 100)}
                data-testid={testIds.appConfig.contractTarget(index)}
                onChange={(event) => change(index, { targetPercent: event.currentTarget.value })}
              />
            </Field>
            <Field label={localize(MESSAGES.contractThreshold)} {...error(index, 'thresholdSeconds')}>
              <Combobox
                width={16}
                isClearable
                options={thresholds}
                value={row.thresholdSeconds ?? null}
                placeholder={formatValue(DEFAULT_CONTRACT.thresholdSeconds, 's', currentLanguage())}
                data-testid={testIds.appConfig.contractThreshold(index)}
                onChange={(option) => change(index, { thresholdSeconds: option?.value })}
              />
            </Field>
            <Field label={localize(MESSAGES.contractTimeZone)} {...error(index, 'timeZone')}>
              <Combobox
                width={28}
                isClearable
                options={TIME_ZONES}
                value={row.timeZone ?? null}
                placeholder={DEFAULT_CONTRACT.timeZone}
                data-testid={testIds.appConfig.contractTimeZone(index)}
                onChange={(option) => change(index, { timeZone: option?.value })}
              />
            </Field>
            <Field label={localize(MESSAGES.contractFee)} {...error(index, 'monthlyFee')}>
              <Input
                width={14}
                inputMode="decimal"
                value={row.monthlyFee}
                placeholder="0"
                data-testid={testIds.appConfig.contractFee(index)}
                onChange={(event) => change(index, { monthlyFee: event.currentTarget.value })}
              />
            </Field>
            <Field label={localize(MESSAGES.contractCredits)} {...error(index, 'credits')}>
              <Input
                width={24}
                value={row.credits}
                placeholder="95:10, 90:25"
                data-testid={testIds.appConfig.contractCredits(index)}
                onChange={(event) => change(index, { credits: event.currentTarget.value })}
              />
            </Field>
            <IconButton
              name="trash-alt"
              // Aligned with the inputs, below their labels.
              style={{ marginTop: 28 }}
              tooltip={localizeWith(MESSAGES.removeContract, { partner: row.partner || '…' })}
              onClick={() => onChange(rows.filter((_, at) => at !== index))}
            />
          </Stack>
        </div>
      ))}
      <Text color="secondary" variant="bodySmall">
        {localize(MESSAGES.contractCreditsHint)}
      </Text>
      <div>
        <Button
          icon="plus"
          variant="secondary"
          size="sm"
          data-testid={testIds.appConfig.addContract}
          onClick={() => onChange([...rows, EMPTY_ROW])}
        >
          {localize(MESSAGES.addContract)}
        </Button>
      </div>
    </Stack>
  );
}
