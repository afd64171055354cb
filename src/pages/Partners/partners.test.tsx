import { of } from 'rxjs';
import { screen } from '@testing-library/react';
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
import { type PromRequest, fakeGrafanaRuntime, renderScene } from '../../testing/sceneTesting';
import { partnerUrl } from './PartnerGate';
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

  it('shows the SLA panels of a known partner', async () => {
    renderScene(partnerScene('sportowo', settings));
    expect(await screen.findByTestId(testIds.partners.burnRates)).toHaveTextContent('1h / 5m');
    expect(screen.getByTestId(testIds.partners.report)).toBeInTheDocument();
  });

  it('keeps a hostile partner name inside every selector of every query', () => {
    const hostile = 'x"} or vector(1) or {a="';
    const scene = partnerScene(hostile, settings);
    const runners = sceneGraph.findAllObjects(scene, (o) => o instanceof SceneQueryRunner) as SceneQueryRunner[];
    expect(runners.length).toBeGreaterThan(10);
    for (const runner of runners) {
      runner.runQueries();
      for (const query of runner.state.queries as PromQuery[]) {
        expect(query.expr).not.toContain('tenant="x"}');
        if (query.expr.includes('tenant=')) {
          expect(query.expr).toContain('tenant="x\\"} or vector(1) or {a=\\""');
        }
      }
    }
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
  it('says whether each month met the target and how much budget it used', () => {
    const rows = reportRows(
      [
        { month: '2026-11', compliance: 0.96 },
        { month: '2026-10', compliance: undefined },
        { month: '2026-02', compliance: 0.9 },
      ],
      0.95
    );
    expect(rows.map((r) => [r.month, r.met, r.budgetMinutesUsed, r.budgetMinutes])).toEqual([
      ['2026-11', true, 1728, 2160],
      ['2026-02', false, 4032, 2016],
    ]);
    expect(toCsv(rows).split('\n')[1]).toBe('2026-11,0.96000,0.95,true,1728,2160');
  });
});
