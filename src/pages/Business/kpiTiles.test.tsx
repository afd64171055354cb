import { of } from 'rxjs';
import { screen, waitFor, within } from '@testing-library/react';
import { FieldType, LoadingState, toDataFrame } from '@grafana/data';
import { findKpi } from '../../catalog/business';
import { rememberResolvedLanguage } from '../../i18n/localize';
import { NOW, UNKNOWN_WHILE, WEEK_AGO } from '../../queries/kpiQueries';
import { resolveSettings } from '../../settings';
import { testIds } from '../../testIds';
import { SCENE_TEST_TIMEOUT_MS, type PromRequest, fakeGrafanaRuntime, renderScene } from '../../testing/sceneTesting';
import { businessScene } from './businessScene';

/** What a KPI's queries answer, picked by a piece of its PromQL; any other KPI answers 120 now and 100 a week ago. */
let readings: Array<{ expr: string; now: number; weekAgo: number }> = [];
/** Whether the risk that leaves a KPI unknown (the missed fraud check) answers with a place. */
let unknownWhile = false;
// The Business page asks it once, in its risk strip, by the risk's id; the tiles read it there.
const FRAUD_CHECK_MISSED = findKpi('fraud_held_orders').unknownWhile;

function answer(request: PromRequest) {
  // A section's tiles ask in one request, each query's refId under its KPI (`revenue/now`).
  const queryOf = (refId: string) => refId.split('/').pop()!;
  const series = request.targets
    .filter(
      (target) =>
        queryOf(target.refId) === NOW ||
        queryOf(target.refId) === WEEK_AGO ||
        (unknownWhile && [UNKNOWN_WHILE, FRAUD_CHECK_MISSED].includes(target.refId))
    )
    .map((target) => {
      const reading = readings.find((candidate) => target.expr.includes(candidate.expr));
      const value = queryOf(target.refId) === NOW ? (reading?.now ?? 120) : (reading?.weekAgo ?? 100);
      return toDataFrame({
        refId: target.refId,
        fields: [
          { name: 'Time', type: FieldType.time, values: [request.range.to.valueOf()] },
          { name: 'Value', type: FieldType.number, values: [value], labels: { deployment: 'dep-a' } },
        ],
      });
    });
  return of({ state: LoadingState.Done, series, timeRange: request.range });
}

// Renders whole pages: see SCENE_TEST_TIMEOUT_MS.
jest.setTimeout(SCENE_TEST_TIMEOUT_MS);
beforeAll(() => fakeGrafanaRuntime(answer));
afterEach(() => {
  rememberResolvedLanguage(undefined);
  unknownWhile = false;
});

async function tileText(id: string): Promise<string> {
  const tile = await screen.findByTestId(testIds.business.kpi(id));
  await waitFor(() => expect(tile).toHaveTextContent(/vs last week|Nothing to compare|r\/r tydzień|incomplete/));
  return tile.textContent ?? '';
}

describe('Business page KPI tiles', () => {
  it('shows counts of things as whole numbers, and money and ratios with their decimals', async () => {
    readings = [
      { expr: 'shop_accounts_created', now: 42.5, weekAgo: 46 },
      { expr: 'shop_shopping_lists_created', now: 23.8, weekAgo: 37.6 },
      { expr: 'shop_parcels_stuck', now: 63.6, weekAgo: 68 },
      { expr: 'shop_revenue_pln:increase5m[$__range])) / sum', now: 236.7, weekAgo: 237 },
      { expr: 'shop_orders_paid:increase5m[$__range])) / sum', now: 0.0351, weekAgo: 0.035 },
    ];
    renderScene(businessScene(resolveSettings({ datasourceUid: 'prom' })));
    expect(await tileText('accounts_created')).toMatch(/^New accounts43 /);
    expect(await tileText('shopping_lists')).toMatch(/^Shopping lists made24 /);
    expect(await tileText('parcels_stuck')).toMatch(/^Parcels stuck64 /);
    expect(await tileText('average_order_value')).toMatch(/^Average orderPLN\s236\.70 /);
    expect(await tileText('conversion')).toMatch(/^Visits that bought3\.5% /);
  });

  it('writes counts the Polish way, whole', async () => {
    rememberResolvedLanguage('pl-PL');
    readings = [
      { expr: 'shop_product_searches', now: 19424.4, weekAgo: 19000 },
      { expr: 'shop_accounts_created', now: 7.6, weekAgo: 8 },
    ];
    renderScene(businessScene(resolveSettings({ datasourceUid: 'prom' })));
    expect(await tileText('product_searches')).toMatch(/^Wyszukiwania19\s424 /);
    expect(await tileText('accounts_created')).toMatch(/^Nowe konta8 /);
  });

  it('draws a change that reads 0% as no change: no arrow, neither the good nor the bad colour', async () => {
    readings = [
      // +0.02%, shown as 0%, on a KPI where a rise is bad news; and exactly no change on one where it is good news.
      { expr: 'payment_to_locker_seconds_sum', now: 1.0002, weekAgo: 1 },
      { expr: 'shop_orders_returning_customers', now: 0.4, weekAgo: 0.4 },
      // −0.04%, also shown as 0%.
      { expr: 'shop_parcels_created', now: 99.96, weekAgo: 100 },
    ];
    renderScene(businessScene(resolveSettings({ datasourceUid: 'prom' })));
    const changeLine = async (id: string) => {
      const tile = await screen.findByTestId(testIds.business.kpi(id));
      return within(tile).findByText(/vs last week/);
    };
    // Both rose 20%: good news for revenue, bad news for baskets left behind.
    const good = (await changeLine('revenue')).className;
    const bad = (await changeLine('cart_abandonment')).className;
    for (const id of ['payment_to_locker', 'returning_customers', 'parcels_sent']) {
      const line = await changeLine(id);
      expect(line).toHaveTextContent(/^0% vs last week$/);
      expect(within(line).queryByTestId('arrow-up')).toBeNull();
      expect(within(line).queryByTestId('arrow-down')).toBeNull();
      expect([good, bad]).not.toContain(line.className);
    }
  });

  it('does not show the fall to no fraud holds as good news when the fraud check did not run', async () => {
    unknownWhile = true;
    readings = [
      { expr: 'verdict="held"', now: 0, weekAgo: 42 },
      { expr: 'shop_fraud_held_value_pln', now: 0, weekAgo: 9100 },
    ];
    renderScene(businessScene(resolveSettings({ datasourceUid: 'prom' })));
    const note = 'The nightly fraud check did not run, so this figure is incomplete and not comparable with last week';
    for (const id of ['fraud_held_orders', 'fraud_held_value']) {
      const text = await tileText(id);
      expect(text).toContain(note);
      expect(text).not.toMatch(/100%|vs last week/);
    }
    // The KPIs that do not depend on the check keep their change.
    expect(await tileText('revenue')).toMatch(/\+20% vs last week$/);
  });
});
