import { type DecimalCount, FieldType, createTheme, formattedValueToString, getDisplayProcessor } from '@grafana/data';
import { findKpi } from '../../catalog/business';
import { rememberResolvedLanguage } from '../../i18n/localize';
import { CONTRACT_LABELS } from '../../queries/selector';
import { formatKpiValue } from '../../scenes/formatValue';
import { partnerTable } from './partnerTable';

afterEach(() => rememberResolvedLanguage(undefined));

/** A cell of the per-partner table as Grafana's table writes it: the column's display processor on the value. */
function cell(column: string, value: number): string {
  const panel = partnerTable({ type: 'prometheus', uid: 'prom' }, CONTRACT_LABELS);
  const properties = panel.state.fieldConfig.overrides
    .filter((override) => override.matcher.options === column)
    .flatMap((override) => override.properties);
  const config = {
    unit: properties.find((property) => property.id === 'unit')?.value as string,
    decimals: properties.find((property) => property.id === 'decimals')?.value as DecimalCount,
  };
  const field = { name: column, type: FieldType.number, values: [value], config };
  return formattedValueToString(getDisplayProcessor({ field, theme: createTheme() })(value));
}

describe('the per-partner table', () => {
  it('writes revenue as the tiles do, in full, in English', () => {
    expect(cell('Revenue', 31412.4)).toBe(formatKpiValue(31412.4, findKpi('revenue'), 'en'));
    expect(cell('Revenue', 31412.4)).toMatch(/^PLN\s31,412$/);
    expect(cell('Revenue', 236.7)).toMatch(/^PLN\s236\.70$/);
  });

  it('writes revenue as the tiles do in Polish, and orders and shares the Polish way too', () => {
    rememberResolvedLanguage('pl-PL');
    expect(cell('Przychód', 31412.4)).toBe(formatKpiValue(31412.4, findKpi('revenue'), 'pl'));
    expect(cell('Przychód', 31412.4)).toMatch(/^31\s412\szł$/);
    expect(cell('Opłacone zamówienia', 12345.4)).toBe(formatKpiValue(12345.4, findKpi('orders_paid'), 'pl'));
    expect(cell('Udział w przychodzie', 0.4943)).toBe('49,4%');
  });
});
