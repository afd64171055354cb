import { stackInfo } from '../stack/fixture';
import { query } from '../stack/client';
import { findKpi, resolutionFor } from '../../src/catalog/business';
import { type BusinessQueryContext, amountExpr, kpiExpr, totalOf } from '../../src/queries';
import { CONTRACT_LABELS } from '../../src/queries/selector';

const { url, end } = stackInfo();
const DAY = 86400;

/** The same range read from the daily records (whole days and the hours around them) and from the 5-minute ones. */
function contexts(rangeSeconds: number, offset?: string): Record<'daily' | 'fine', BusinessQueryContext> {
  const base = { filters: {}, names: CONTRACT_LABELS, offset, from: end - rangeSeconds, to: end };
  return {
    daily: { ...base, range: `${rangeSeconds}s`, resolution: '1d' },
    fine: { ...base, range: `${rangeSeconds}s`, resolution: '5m' },
  };
}

const byTenant = (samples: Awaited<ReturnType<typeof query>>) =>
  Object.fromEntries(samples.map((sample) => [sample.metric.tenant, sample.value]));

/**
 * The daily records' evaluation falls anywhere within the hour, so a range read from them starts and ends up to an
 * hour away from the 5-minute reading's: two hours of a week at the evening peak stay within 2%.
 */
const CLOSE = 0.02;

describe('whole days from the daily records, the hours around them from the hourly ones', () => {
  it('is the resolution of a week and more, and not of shorter ranges', () => {
    expect(resolutionFor(7 * DAY)).toBe('1d');
    expect(resolutionFor(30 * DAY)).toBe('1d');
    expect(resolutionFor(3 * DAY)).toBe('1h');
  });

  it.each(['revenue', 'orders_paid', 'product_searches'])('gives the week’s %s as the 5-minute records do', async (id) => {
    const { daily, fine } = contexts(7 * DAY);
    const [fromDays] = await query(url, kpiExpr(findKpi(id), daily), end);
    const [fromMinutes] = await query(url, kpiExpr(findKpi(id), fine), end);
    expect(fromMinutes.value).toBeGreaterThan(0);
    expect(Math.abs(fromDays.value / fromMinutes.value - 1)).toBeLessThan(CLOSE);
  });

  it('keeps every partner, and the ratios between two totals', async () => {
    const { daily, fine } = contexts(7 * DAY - 5 * 3600);
    const amount = totalOf(findKpi('orders_paid'));
    const fromDays = byTenant(await query(url, amountExpr(amount, ['tenant'], daily), end));
    const fromMinutes = byTenant(await query(url, amountExpr(amount, ['tenant'], fine), end));
    expect(Object.keys(fromDays).sort()).toEqual(['bobasek', 'kwiatex', 'sportowo', 'techmania']);
    for (const [tenant, value] of Object.entries(fromMinutes)) {
      expect(Math.abs(fromDays[tenant] / value - 1)).toBeLessThan(CLOSE);
    }
    const [conversion] = await query(url, kpiExpr(findKpi('conversion'), daily), end);
    const [conversionFine] = await query(url, kpiExpr(findKpi('conversion'), fine), end);
    expect(conversion.value).toBeCloseTo(conversionFine.value, 3);
  });

  it('moves every part of the range by the offset, as the comparison with an earlier period does', async () => {
    const { daily, fine } = contexts(6 * DAY, '1d');
    const [fromDays] = await query(url, kpiExpr(findKpi('revenue'), daily), end);
    const [fromMinutes] = await query(url, kpiExpr(findKpi('revenue'), fine), end);
    expect(Math.abs(fromDays.value / fromMinutes.value - 1)).toBeLessThan(CLOSE);
    const [unshifted] = await query(url, kpiExpr(findKpi('revenue'), contexts(6 * DAY).daily), end);
    expect(fromDays.value).not.toBeCloseTo(unshifted.value, 0);
  });
});
