import { of } from 'rxjs';
import { waitFor } from '@testing-library/react';
import { type DataFrame, FieldType, LoadingState, getFieldDisplayName, toDataFrame } from '@grafana/data';
import { SceneDataTransformer, VizPanel, sceneGraph } from '@grafana/scenes';
import { resolveSettings } from '../../settings';
import { type PromRequest, fakeGrafanaRuntime, renderScene } from '../../testing/sceneTesting';
import { partnersListScene } from './partnersListScene';

const PARTNERS = [
  { tenant: 'sportowo', deployment: 'dep-b' },
  { tenant: 'kwiatex', deployment: 'dep-a' },
];

/** Prometheus keeps a series' `__name__` only when the expression selects series without computing anything. */
const keepsMetricName = (expr: string) => /^[a-zA-Z_:][\w:]*(\{[^}]*\})?$/.test(expr.trim());

/**
 * A table-format instant query as Grafana's Prometheus data source answers it: one frame per query, a Time field,
 * one string field per label (sorted, `__name__` among them when Prometheus kept it) and the value as `Value #<refId>`.
 */
function tableFrame(refId: string, expr: string, time: number): DataFrame {
  const rows = PARTNERS.map((labels) =>
    keepsMetricName(expr) ? { __name__: expr.replace(/\{.*/, ''), ...labels } : labels
  );
  const labelNames = Object.keys(rows[0]).sort();
  return toDataFrame({
    refId,
    fields: [
      { name: 'Time', type: FieldType.time, values: rows.map(() => time) },
      ...labelNames.map((name) => ({
        name,
        type: FieldType.string,
        values: rows.map((row) => (row as Record<string, string>)[name]),
      })),
      { name: `Value #${refId}`, type: FieldType.number, values: rows.map(() => 0.5) },
    ],
  });
}

function answer(request: PromRequest) {
  const time = request.range.to.valueOf();
  const series = request.targets.map((target) => tableFrame(target.refId, target.expr, time));
  return of({ state: LoadingState.Done, series, timeRange: request.range });
}

beforeAll(() => fakeGrafanaRuntime(answer));

describe('the partners list', () => {
  it('shows one row per partner with every column, and no recording-rule names', async () => {
    const scene = partnersListScene(resolveSettings({ datasourceUid: 'prom' }));
    renderScene(scene);
    const panel = sceneGraph.findObject(scene, (o) => o instanceof VizPanel) as VizPanel;
    const transformer = panel.state.$data as SceneDataTransformer;
    await waitFor(() => expect(transformer.state.data?.state).toBe(LoadingState.Done));
    const frames = transformer.state.data!.series;
    expect(frames).toHaveLength(1);
    const [table] = frames;
    expect(table.fields.map((field) => getFieldDisplayName(field, table))).toEqual([
      'Deployment',
      'Partner',
      'Good requests, 30 days',
      'Good requests, this month',
      'Budget left',
      'Burn rate, last hour',
      'Status',
    ]);
    expect(table.length).toBe(PARTNERS.length);
    for (const field of table.fields) {
      expect(field.values.every((value) => value !== undefined && value !== null)).toBe(true);
    }
  });
});
