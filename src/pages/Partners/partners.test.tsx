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
import { reportRows, toCsv } from './report';

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

  it('marks the partner’s deploys and alerts on its panels, escaping its name there too', () => {
    const hostile = 'x"} or vector(1) or {a="';
    const layers = (partnerScene(hostile, settings).state.$data as SceneDataLayerSet).state.layers;
    expect(layers.map((layer) => layer.state.name)).toEqual(['Deploys', 'Alerts about this partner']);
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
  const rows = reportRows(
    [
      { ...span('2026-12'), requests: 1_000_000, good: 976_000 },
      { ...span('2026-11'), requests: 15_000_000, good: 14_400_000 },
      span('2026-10'),
      { ...span('2026-02'), requests: 1000, good: 900 },
    ],
    0.95,
    now,
    // The last day: 6 requests a second, 0.3 of them bad.
    { requests: 6, good: 5.7 }
  );

  it('counts the bad requests against those the contract allows for the requests so far', () => {
    expect(rows.map((r) => [r.month, r.compliance, r.met, r.badRequests, r.allowedBadRequests])).toEqual([
      ['2026-12', 0.976, true, 24_000, 50_000],
      ['2026-11', 0.96, true, 600_000, 750_000],
      ['2026-02', 0.9, false, 100, 50],
    ]);
  });

  it('projects the running month to its end at the last day’s pace, and only that month', () => {
    const left = 30 * 86400;
    expect(rows.map((r) => r.projected)).toEqual([
      { badRequests: 24_000 + 0.3 * left, allowedBadRequests: 0.05 * (1_000_000 + 6 * left) },
      undefined,
      undefined,
    ]);
    expect(toCsv(rows).split('\n').slice(1, 3)).toEqual([
      '2026-12,2026-12-01 00:00,2027-01-01 00:00,0.97600,0.95,true,24000,50000,801600,827600',
      '2026-11,2026-11-01 00:00,2026-12-01 00:00,0.96000,0.95,true,600000,750000,,',
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
      'At month end, at the last day’s pace',
    ]) {
      expect(report).toHaveTextContent(column);
    }
    expect(report).not.toHaveTextContent(/minute/i);
  });
});
