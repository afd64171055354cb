import { of } from 'rxjs';
import { waitFor } from '@testing-library/react';
import { type DataFrame, FieldType, LoadingState, getFieldDisplayName, toDataFrame } from '@grafana/data';
import { type EmbeddedScene, type SceneDataTransformer, VizPanel, sceneGraph } from '@grafana/scenes';
import { resolveSettings } from '../../settings';
import { type PromRequest, fakeGrafanaRuntime, renderScene } from '../../testing/sceneTesting';
import { KNOWN_PARTNERS } from './queries';
import { partnerScene } from './partnerScene';
import { partnersListScene } from './partnersListScene';

const PARTNERS = [
  { tenant: 'sportowo', deployment: 'dep-b' },
  { tenant: 'kwiatex', deployment: 'dep-a' },
];
const BAD_BY_ROUTE = [
  { route: '/api/products', value: 33012.6 },
  { route: '/api/checkout', value: 97804.2 },
  { route: '/static', value: 6120 },
  { route: '/api/search', value: 81377.9 },
];

/** Prometheus keeps a series' `__name__` only when the expression selects series without computing anything. */
const keepsMetricName = (expr: string) => /^[a-zA-Z_:][\w:]*(\{[^}]*\})?$/.test(expr.trim());

/**
 * A table-format instant query as Grafana's Prometheus data source answers it: one frame per query, a Time field,
 * one string field per label (sorted, `__name__` among them when Prometheus kept it) and the value, named
 * `Value #<refId>` when the request had more than one table query and `Value` when it had one.
 */
function tableFrame(refId: string, expr: string, time: number, tableQueries: number): DataFrame {
  const answers: Array<{ labels: Record<string, string>; value: number }> =
    refId === 'badByRoute'
      ? BAD_BY_ROUTE.map(({ route, value }) => ({ labels: { route }, value }))
      : PARTNERS.map((labels) => ({ labels, value: 0.5 }));
  const rows = answers.map(({ labels, value }) => ({
    labels: keepsMetricName(expr) ? { __name__: expr.replace(/\{.*/, ''), ...labels } : labels,
    value,
  }));
  return toDataFrame({
    refId,
    fields: [
      { name: 'Time', type: FieldType.time, values: rows.map(() => time) },
      ...Object.keys(rows[0].labels)
        .sort()
        .map((name) => ({ name, type: FieldType.string, values: rows.map((row) => row.labels[name]) })),
      {
        name: tableQueries > 1 ? `Value #${refId}` : 'Value',
        type: FieldType.number,
        values: rows.map((row) => row.value),
      },
    ],
  });
}

/** A time-series query: one frame per series, its labels on the value field. */
function seriesFrame(refId: string, time: number, labels: Record<string, string>): DataFrame {
  return toDataFrame({
    refId,
    fields: [
      { name: 'Time', type: FieldType.time, values: [time] },
      { name: 'Value', type: FieldType.number, values: [0.97], labels },
    ],
  });
}

function answer(request: PromRequest) {
  const time = request.range.to.valueOf();
  const isTable = (target: PromRequest['targets'][number]) => (target as { format?: string }).format === 'table';
  const tableQueries = request.targets.filter(isTable).length;
  const series = request.targets.flatMap((target) => {
    if (isTable(target)) {
      return [tableFrame(target.refId, target.expr, time, tableQueries)];
    }
    return target.refId === KNOWN_PARTNERS
      ? PARTNERS.map(({ tenant }) => seriesFrame(target.refId, time, { tenant }))
      : [seriesFrame(target.refId, time, {})];
  });
  return of({ state: LoadingState.Done, series, timeRange: request.range });
}

beforeAll(() => fakeGrafanaRuntime(answer));

const settings = resolveSettings({ datasourceUid: 'prom' });

/** The frames a table panel of the rendered scene gets, after its transformations. */
async function tableOf(scene: EmbeddedScene, title: string) {
  renderScene(scene);
  let panel: VizPanel | undefined;
  await waitFor(() => {
    panel = sceneGraph.findObject(scene, (o) => o instanceof VizPanel && o.state.title === title) as VizPanel;
    expect((panel?.state.$data as SceneDataTransformer | undefined)?.state.data?.state).toBe(LoadingState.Done);
  });
  const frames = (panel!.state.$data as SceneDataTransformer).state.data!.series;
  expect(frames).toHaveLength(1);
  const [table] = frames;
  return { panel: panel!, table, columns: table.fields.map((field) => getFieldDisplayName(field, table)) };
}

describe('the partners list', () => {
  it('shows one row per partner with every column, and no recording-rule names', async () => {
    const { table, columns } = await tableOf(partnersListScene(settings), 'Partners, worst first');
    expect(columns).toEqual([
      'Deployment',
      'Partner',
      'Good requests, 30 days',
      'Good requests, this month',
      'Budget left',
      'Bad requests left',
      '≈ orders',
      '≈ złoty',
      'Burn rate, last hour',
      'Status',
    ]);
    expect(table.length).toBe(PARTNERS.length);
    for (const field of table.fields) {
      expect(field.values.every((value) => value !== undefined && value !== null)).toBe(true);
    }
  });
});

describe('the routes that cost a partner the most budget', () => {
  it('counts bad requests per route in whole numbers, most first, without a Time column', async () => {
    const { panel, table, columns } = await tableOf(
      partnerScene('sportowo', settings),
      'Routes that cost the most budget'
    );
    expect(columns).toEqual(['Route', 'Bad requests']);
    expect(table.fields[0].values).toEqual(['/api/checkout', '/api/search', '/api/products', '/static']);
    expect(panel.state.fieldConfig.defaults).toMatchObject({ unit: 'locale', decimals: 0 });
  });
});
