import React from 'react';
import { Field, Input } from '@grafana/ui';
import { localize } from '../../i18n/localize';
import { type AppSettings, DEFAULT_SETTINGS } from '../../settings';
import { MESSAGES } from './messages';

type Key = keyof typeof DEFAULT_SETTINGS;

interface Props {
  name: Key;
  label: keyof typeof MESSAGES;
  description?: keyof typeof MESSAGES;
  error?: keyof typeof MESSAGES;
  settings: AppSettings;
  testId: string;
  onChange: (change: Partial<AppSettings>) => void;
}

/** One text setting; empty means "use the contract's default", shown as the placeholder. */
export function SettingField({ name, label, description, error, settings, testId, onChange }: Props) {
  const read = (text: string) => text.trim() || undefined;
  return (
    <Field
      label={localize(MESSAGES[label])}
      description={description && localize(MESSAGES[description])}
      invalid={!!error}
      error={error && localize(MESSAGES[error])}
    >
      <Input
        width={30}
        value={settings[name] ?? ''}
        placeholder={DEFAULT_SETTINGS[name]}
        data-testid={testId}
        onChange={(e) => onChange({ [name]: read(e.currentTarget.value) })}
      />
    </Field>
  );
}
