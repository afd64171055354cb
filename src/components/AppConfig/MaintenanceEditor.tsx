import React from 'react';
import { Button, Field, IconButton, Input, Stack, useTheme2 } from '@grafana/ui';
import { localize, localizeWith } from '../../i18n/localize';
import { EMPTY_MAINTENANCE_ROW, type MaintenanceRow, type MaintenanceRowErrors } from './maintenanceRows';
import { MESSAGES } from './messages';
import { testIds } from '../../testIds';

interface Props {
  rows: MaintenanceRow[];
  errors: MaintenanceRowErrors[];
  onChange: (rows: MaintenanceRow[]) => void;
}

/** The form of an instant, shown in the empty field: the only one the rules accept. */
const INSTANT_EXAMPLE = '2025-06-01T02:00:00Z';

/** The fields of a row, in order: what each is called, how wide it is, and what an empty one shows. */
const FIELDS: Array<{ field: keyof MaintenanceRow; label: keyof typeof MESSAGES; width: number; example?: string }> = [
  { field: 'partner', label: 'maintenancePartner', width: 18 },
  { field: 'deployment', label: 'maintenanceDeployment', width: 18 },
  { field: 'from', label: 'maintenanceFrom', width: 26, example: INSTANT_EXAMPLE },
  { field: 'to', label: 'maintenanceTo', width: 26, example: INSTANT_EXAMPLE },
  { field: 'reason', label: 'maintenanceReason', width: 30 },
];

/** The declared maintenance windows, one row each: whom it concerns, when (UTC) and why. */
export function MaintenanceEditor({ rows, errors, onChange }: Props) {
  const theme = useTheme2();
  const change = (index: number, update: Partial<MaintenanceRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...update } : row)));

  return (
    <Stack direction="column" gap={1}>
      {rows.map((row, index) => (
        <div key={index} data-testid={testIds.appConfig.maintenance.row(index)}>
          <Stack direction="row" gap={2} alignItems="flex-start" wrap="wrap">
            {FIELDS.map(({ field, label, width, example }) => {
              const error = errors[index]?.[field];
              return (
                <Field
                  key={field}
                  label={localize(MESSAGES[label])}
                  invalid={!!error}
                  error={error && localize(MESSAGES[error])}
                  // As wide as its input: a long message wraps below it instead of pushing the next fields aside.
                  style={{ width: theme.spacing(width) }}
                >
                  <Input
                    width={width}
                    value={row[field]}
                    placeholder={example}
                    // Instants are typed in one fixed form: no spelling help, no capitalising the T.
                    {...(example ? { spellCheck: false, autoCapitalize: 'off', autoComplete: 'off' } : {})}
                    data-testid={testIds.appConfig.maintenance[field](index)}
                    onChange={(event) => change(index, { [field]: event.currentTarget.value })}
                  />
                </Field>
              );
            })}
            <IconButton
              name="trash-alt"
              // Aligned with the inputs, below their labels.
              style={{ marginTop: 28 }}
              tooltip={localizeWith(MESSAGES.removeMaintenance, { number: index + 1 })}
              data-testid={testIds.appConfig.maintenance.remove(index)}
              onClick={() => onChange(rows.filter((_, at) => at !== index))}
            />
          </Stack>
        </div>
      ))}
      <div>
        <Button
          icon="plus"
          variant="secondary"
          size="sm"
          data-testid={testIds.appConfig.maintenance.add}
          onClick={() => onChange([...rows, EMPTY_MAINTENANCE_ROW])}
        >
          {localize(MESSAGES.addMaintenance)}
        </Button>
      </div>
    </Stack>
  );
}
