import React from 'react';
import { Stack, Text } from '@grafana/ui';
import type { CreditOwed } from '../../catalog/credits';
import { currentLanguage, localizeWith } from '../../i18n/localize';
import { formatValue, monthName } from '../../scenes/formatValue';
import { testIds } from '../../testIds';
import { MESSAGES } from './messages';
import type { BudgetLeft } from './report';

interface Props {
  month: string;
  target: number;
  left: BudgetLeft;
  /** The credit the month earns if the pace goes on. */
  credit?: CreditOwed;
}

/** The running month's budget in words business people use: requests, and the orders and money they carry. */
export function BudgetLeftSummary({ month, target, left, credit }: Props) {
  const language = currentLanguage();
  const count = (value: number) => formatValue(value, 'short', language, 0);
  const money = (value: number) => formatValue(value, 'currencyPLN', language, 0);
  const terms = {
    month: monthName(month, language),
    target: formatValue(target, 'percentunit', language),
    requests: count(Math.abs(left.requests)),
  };
  return (
    <div data-testid={testIds.partners.budgetLeft}>
      <Stack direction="column" gap={0.5}>
        <Text element="p" weight="medium">
          {localizeWith(left.requests >= 0 ? MESSAGES.budgetLeft : MESSAGES.budgetOverdrawn, terms)}
        </Text>
        {left.requests > 0 && left.orders !== undefined && left.revenue !== undefined && (
          <Text element="p" color="secondary">
            {localizeWith(MESSAGES.budgetCarries, { orders: count(left.orders), revenue: money(left.revenue) })}
          </Text>
        )}
        {credit && (
          <Text element="p" color="error">
            {localizeWith(MESSAGES.budgetCredit, {
              share: formatValue(credit.share, 'percentunit', language),
              amount: money(credit.amount),
            })}
          </Text>
        )}
      </Stack>
    </div>
  );
}
