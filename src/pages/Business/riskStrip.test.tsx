import { of } from 'rxjs';
import { screen, waitFor } from '@testing-library/react';
import { FieldType, LoadingState, toDataFrame } from '@grafana/data';
import { findRisk } from '../../catalog/business';
import { rememberResolvedLanguage } from '../../i18n/localize';
import { resolveSettings } from '../../settings';
import { testIds } from '../../testIds';
import { SCENE_TEST_TIMEOUT_MS, type PromRequest, fakeGrafanaRuntime, renderScene } from '../../testing/sceneTesting';
import { businessScene } from './businessScene';
import { backlogRefId } from './queries';

const missed = findRisk('fraud_check_missed');
/** The places each refId answers with, and their values: what the risks strip is shown. */
let answers: Record<string, Array<{ labels: Record<string, string>; value: number }>> = {};

function answer(request: PromRequest) {
  const series = request.targets.flatMap((target) =>
    (answers[target.refId] ?? []).map(({ labels, value }) =>
      toDataFrame({
        refId: target.refId,
        fields: [
          { name: 'Time', type: FieldType.time, values: [request.range.to.valueOf()] },
          { name: 'Value', type: FieldType.number, values: [value], labels },
        ],
      })
    )
  );
  return of({ state: LoadingState.Done, series, timeRange: request.range });
}

// Renders whole pages: see SCENE_TEST_TIMEOUT_MS.
jest.setTimeout(SCENE_TEST_TIMEOUT_MS);
beforeAll(() => fakeGrafanaRuntime(answer));
afterEach(() => rememberResolvedLanguage(undefined));

/** The nightly fraud check did not run on dep-a and dep-b; 1,234.4 orders and PLN 290,512.3 are paid since. */
const checkMissed = {
  [missed.id]: [
    { labels: { deployment: 'dep-a' }, value: 1.6 },
    { labels: { deployment: 'dep-b' }, value: 1.6 },
  ],
  [backlogRefId(missed, 'orders_paid')]: [{ labels: {}, value: 1234.4 }],
  [backlogRefId(missed, 'revenue')]: [{ labels: {}, value: 290512.3 }],
};

async function risk(id: string, state: string) {
  const line = await screen.findByTestId(testIds.business.risk(id));
  await waitFor(() => expect(line).toHaveAttribute('data-state', state));
  return line;
}

describe('the risks strip when the nightly fraud check did not run', () => {
  it('says so, where, and how many orders and how much money leave unchecked', async () => {
    answers = checkMissed;
    renderScene(businessScene(resolveSettings({ datasourceUid: 'prom' })));
    const line = await risk('fraud_check_missed', 'bad');
    expect(line.textContent?.replace(/\s/g, ' ')).toBe(
      'The nightly fraud check did not run: dep-a, dep-b; 1,234 orders worth PLN 290,512 leave unchecked'
    );
    // No holds because nothing was checked is no news about fraud.
    expect(await risk('fraud_above_normal', 'unknown')).toHaveTextContent(
      'Could not check: fraud holds are normal (the nightly fraud check did not run)'
    );
  });

  it('says so in Polish', async () => {
    rememberResolvedLanguage('pl-PL');
    answers = checkMissed;
    renderScene(businessScene(resolveSettings({ datasourceUid: 'prom' })));
    const line = await risk('fraud_check_missed', 'bad');
    expect(line.textContent?.replace(/\s/g, ' ')).toBe(
      'Nocna kontrola oszustw się nie odbyła: dep-a, dep-b; bez kontroli wyjadą zamówienia: 1234, warte 290 512 zł'
    );
  });

  it('says the check ran and fraud holds are normal when it ran', async () => {
    answers = {};
    renderScene(businessScene(resolveSettings({ datasourceUid: 'prom' })));
    expect(await risk('fraud_check_missed', 'good')).toHaveTextContent('The nightly fraud check ran');
    expect(await risk('fraud_above_normal', 'good')).toHaveTextContent('Fraud holds are normal');
  });
});
