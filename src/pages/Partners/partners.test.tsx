import { of } from 'rxjs';
import { screen, waitFor } from '@testing-library/react';
import { FieldType, LoadingState, toDataFrame } from '@grafana/data';
import {
  type SceneDataLayerSet,
  SceneFlexItem,
  SceneFlexLayout,
  SceneQueryRunner,
  VizPanel,
  sceneGraph,
} from '@grafana/scenes';
import { resolveSettings } from '../../settings';
import { testIds } from '../../testIds';
import { SCENE_TEST_TIMEOUT_MS, type PromRequest, fakeGrafanaRuntime, renderScene } from '../../testing/sceneTesting';
import { partnerUrl } from '../../urls';
import { BurnRateTable } from './BurnRateTable';
import { partnerScene } from './partnerScene';
import { budgetLeft, reportRows, toCsv } from './report';
import { STANDARD_CREDITS } from '../../catalog/contracts';

type PromQuery = { refId: string; expr: string };
const KNOWN = ['bobasek', 'kwiatex', 'sportowo', 'techmania'];
const requests: PromRequest[] = [];

/** Prometheus as Grafana would answer: the four partners for the "known partners" query, 0.97 for anything else. */
function answer(request: PromRequest) {
  requests.push(request);
  const series = request.targets.flatMap((target) =>
    (target.refId === 'partners' ? KNOWN : ['']).map((tenant) =>
      toDataFrame({
        refId: target.refId,
        fields: [
          { name: 'Time', type: FieldType.time, values: [request.range.to.valueOf()] },
          { name: 'Value', type: FieldType.number, values: [0.97], labels: tenant ? { tenant } : {} },
        ],
      })
    )
  );
  return of({ state: LoadingState.Done, series, timeRange: request.range });
}

// Renders whole pages: see SCENE_TEST_TIMEOUT_MS.
jest.setTimeout(SCENE_TEST_TIMEOUT_MS);
beforeAll(() => fakeGrafanaRuntime(answer));

const settings = resolveSettings({ datasourceUid: 'prom' });

describe('partner routes', () => {
  it('encodes a partner name into one path segment', () => {
    expect(partnerUrl('sportowo')).toBe('/a/shoppulse-observability-app/partners/sportowo');
    expect(partnerUrl('a/b?c#d "e"')).toBe('/a/shoppulse-observability-app/partners/a%2Fb%3Fc%23d%20%22e%22');
  });
});

describe('the partner page', () => {
  it('says a partner is unknown and links to the known ones', async () => {
    renderScene(partnerScene('nosuchshop', settings));
    expect(await screen.findByTestId(testIds.partners.unknown)).toHaveTextContent(
      'There is no partner called “nosuchshop”'
    );
    expect(screen.getByRole('link', { name: 'sportowo' })).toHaveAttribute('href', partnerUrl('sportowo'));
    expect(screen.getAllByRole('link')).toHaveLength(KNOWN.length);
  });

  it('names an unknown partner exactly as the URL spells it, replacement patterns included', async () => {
    renderScene(partnerScene("shop$&$'", settings));
    expect(await screen.findByTestId(testIds.partners.unknown)).toHaveTextContent(
      "There is no partner called “shop$&$'”"
    );
  });

  it('shows the SLA panels of a known partner', async () => {
    renderScene(partnerScene('sportowo', settings));
    expect(await screen.findByTestId(testIds.partners.burnRates)).toHaveTextContent('1h / 5m');
    expect(screen.getByTestId(testIds.partners.report)).toBeInTheDocument();
  });

  it('keeps a hostile partner name inside every selector of every query', () => {
    const hostile = 'x"} or vector(1) or {a="';
    const scene = partnerScene(hostile, settings);
    const runners = sceneGraph.findAllObjects(scene, (o) => o instanceof SceneQueryRunner) as SceneQueryRunner[];
    let checked = 0;
    for (const runner of runners) {
      runner.runQueries();
      for (const query of runner.state.queries as PromQuery[]) {
        checked++;
        expect(query.expr).not.toContain('tenant="x"}');
        if (query.expr.includes('tenant=')) {
          expect(query.expr).toContain('tenant="x\\"} or vector(1) or {a=\\""');
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('marks the partner’s deploys, alerts and maintenance windows on its panels, escaping its name there too', () => {
    const hostile = 'x"} or vector(1) or {a="';
    const layers = (partnerScene(hostile, settings).state.$data as SceneDataLayerSet).state.layers;
    expect(layers.map((layer) => layer.state.name)).toEqual(['Deploys', 'Alerts about this partner', 'Maintenance']);
    for (const layer of layers) {
      const { expr } = (layer.state as { query?: { target: { expr: string } } }).query!.target;
      expect(expr).not.toContain('tenant="x"}');
      expect(expr).toContain('tenant="x\\"} or vector(1) or {a=\\""');
    }
  });
});

describe('the partner page layout', () => {
  // Narrower, a chart's title and axis get cut. Scenes puts 8 px between flex items.
  const READABLE = 300;
  const CONTENT_WIDTH = 1300;
  const GAP = 8;
  const scene = partnerScene('sportowo', settings);
  const rows = sceneGraph.findAllObjects(
    scene,
    (o) => o instanceof SceneFlexLayout && o.state.direction === 'row'
  ) as SceneFlexLayout[];

  it('gives every panel of a row at least 300 px, wrapping rather than squeezing', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const items = row.state.children as SceneFlexItem[];
      expect(row.state.wrap).toBe('wrap');
      expect(items.every((item) => Number(item.state.minWidth) >= READABLE)).toBe(true);
      // So at 1300 px the row still fits on one line, every panel at least that wide.
      expect(items.length * READABLE + (items.length - 1) * GAP).toBeLessThanOrEqual(CONTENT_WIDTH);
    }
  });

  it('puts the two trend charts side by side and the burn-rate table on a row of its own', () => {
    const titles = (row: SceneFlexLayout) =>
      row.state.children.map((item) => ((item as SceneFlexItem).state.body as VizPanel).state.title);
    const trends = rows.find((row) => titles(row).includes('Good requests over time (1-hour windows)'))!;
    expect(titles(trends)).toEqual(['Good requests over time (1-hour windows)', 'Budget left over the month']);
    const table = sceneGraph.findObject(scene, (o) => o instanceof BurnRateTable)!;
    expect(table.parent).toBeInstanceOf(SceneFlexItem);
    expect((table.parent!.parent as SceneFlexLayout).state.direction).toBe('column');
  });
});

describe('the monthly report', () => {
  // Two days into December, 30 days left: the report reads requests, as the contract counts them.
  const now = Date.parse('2026-12-02T00:00:00Z') / 1000;
  const span = (month: string) => {
    const [year, index] = month.split('-').map(Number);
    return { month, start: Date.UTC(year, index - 1, 1) / 1000, monthEnd: Date.UTC(year, index, 1) / 1000 };
  };
  // The last day: 6 requests a second, 0.3 of them bad, 1,200 orders paid and PLN 300,000 taken.
  const pace = { requests: 6, good: 5.7, orders: 1200, revenue: 300_000 };
  const terms = { target: 0.95, monthlyFee: 20_000, credits: STANDARD_CREDITS };
  const rows = reportRows(
    [
      { ...span('2026-12'), requests: 1_000_000, good: 976_000 },
      { ...span('2026-11'), requests: 15_000_000, good: 14_400_000 },
      span('2026-10'),
      { ...span('2026-02'), requests: 1000, good: 900 },
    ],
    terms,
    now,
    pace
  );

  it('counts the bad requests against those the contract allows for the requests so far', () => {
    expect(rows.map((r) => [r.month, r.compliance, r.met, r.badRequests, r.allowedBadRequests])).toEqual([
      ['2026-12', 0.976, true, 24_000, 50_000],
      ['2026-11', 0.96, true, 600_000, 750_000],
      ['2026-02', 0.9, false, 100, 50],
    ]);
  });

  it('grants the credit of the lowest line a month fell below, as a share of the fee and in PLN', () => {
    expect(rows.map((r) => r.credit)).toEqual([undefined, undefined, { share: 0.1, amount: 2000 }]);
    const worse = reportRows([{ ...span('2026-02'), requests: 1000, good: 899 }], terms, now)[0];
    expect([worse.met, worse.credit]).toEqual([false, { share: 0.25, amount: 5000 }]);
  });

  it('lists the maintenance windows of each month they overlap, with the requests they left out, in the CSV too', () => {
    const window = (from: string, to: string) => ({ partner: 'sportowo', from, to, reason: 'database upgrade' });
    const upgrade = { window: window('2026-11-30T23:00:00Z', '2026-12-01T01:00:00Z'), requests: 43_200 };
    const early = { window: window('2026-02-03T02:00:00Z', '2026-02-03T03:00:00Z'), requests: 50 };
    const [december, november, february] = reportRows(
      [
        { ...span('2026-12'), requests: 1_000_000, good: 976_000 },
        { ...span('2026-11'), requests: 15_000_000, good: 14_400_000 },
        { ...span('2026-02'), requests: 1000, good: 900 },
      ],
      terms,
      now,
      pace,
      [upgrade, early]
    );
    expect([december.maintenance, november.maintenance, february.maintenance]).toEqual([[upgrade], [upgrade], [early]]);
    expect(toCsv([february]).split('\n')[1]).toBe(
      '2026-02,2026-02-01 00:00,2026-03-01 00:00,0.90000,0.95,false,100,50,0.1,2000,1,50,,,,,'
    );
  });

  it('tells the running month’s budget left in requests, and the orders and money they carry', () => {
    // 827,600 allowed by month end at the pace, less the 24,000 bad so far; 1,200 orders in 518,400 requests a day.
    const left = budgetLeft(rows, pace)!;
    expect(left.requests).toBe(803_600);
    expect(left.orders).toBeCloseTo((803_600 * 1200) / 518_400, 6);
    expect(left.revenue).toBeCloseTo((803_600 * 300_000) / 518_400, 6);
    expect(budgetLeft(rows.slice(1), pace)).toBeUndefined();
  });

  it('projects the running month to its end at the last day’s pace, and only that month', () => {
    const left = 30 * 86400;
    const all = 1_000_000 + 6 * left;
    expect(rows.map((r) => r.projected)).toEqual([
      {
        compliance: (976_000 + 5.7 * left) / all,
        badRequests: 24_000 + 0.3 * left,
        allowedBadRequests: 0.05 * all,
        credit: undefined,
      },
      undefined,
      undefined,
    ]);
    expect(toCsv(rows).split('\n').slice(1, 4)).toEqual([
      '2026-12,2026-12-01 00:00,2027-01-01 00:00,0.97600,0.95,true,24000,50000,0,0,0,0,0.95157,801600,827600,0,0',
      '2026-11,2026-11-01 00:00,2026-12-01 00:00,0.96000,0.95,true,600000,750000,0,0,0,0,,,,,',
      '2026-02,2026-02-01 00:00,2026-03-01 00:00,0.90000,0.95,false,100,50,0.1,2000,0,0,,,,,',
    ]);
  });

  it('names its columns in requests, not minutes', async () => {
    renderScene(partnerScene('sportowo', settings));
    const report = await screen.findByTestId(testIds.partners.report);
    // The panel's frame comes before its table: on a busy machine it still says "Loading…" at first.
    await waitFor(() => expect(report).toHaveTextContent('Bad requests'));
    for (const column of [
      'From – to (UTC)',
      'Bad requests',
      'Allowed bad requests',
      'Service credit',
      'Maintenance excluded',
      'At month end, at the last day’s pace',
    ]) {
      expect(report).toHaveTextContent(column);
    }
    expect(report).not.toHaveTextContent(/minute/i);
  });
});
