// jsdom, the default: @grafana/data reads `window` as it loads.
import { type DataFrame, FieldType } from '@grafana/data';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type PromQueryShape,
  type PrometheusApiAnswer,
  PrometheusQueryError,
  framesForRequest,
  framesFromPrometheus,
} from './promFrames';

// Answers as a real Prometheus (2.42) gave them. range-sla, instant-orders, instant-revenue and heatmap-buckets are
// recorded from one holding the project's 8-day test history (to 2026-11-24T19:00:00Z, default scenario) for the
// queries below: the range ones up to 1795546800 at a 60s step, the instant ones at 1795544100.123. So were the error,
// empty, scalar and string ones. Hand-written for cases that history lacks: range-nan (no NaN), INFO, inline answers.
const answer = (name: string): PrometheusApiAnswer =>
  JSON.parse(readFileSync(join(__dirname, 'fixtures', `${name}.json`), 'utf8'));

const SLA = 'shoppulse:sla_error_ratio:ratio_rate5m';
// Two partners, so that a range query gives two series: each partner runs on one deployment (dep-a, dep-b).
const PARTNERS = '{tenant=~"kwiatex|sportowo"}';
const slaQuery = (legendFormat?: string): PromQueryShape => ({
  refId: 'A',
  expr: `${SLA}${PARTNERS}`,
  range: true,
  legendFormat,
});
const slaFrames = (legendFormat?: string) =>
  framesFromPrometheus(answer('range-sla'), slaQuery(legendFormat), { stepMs: 60_000 });
const names = (frame: DataFrame) => frame.fields.map((field) => field.name);

describe('a range query in time_series format', () => {
  it('gives one frame per series, shaped as the back end writes it and the front end reads it', () => {
    const frames = slaFrames('{{deployment}}');
    expect(frames).toHaveLength(2);
    expect(frames[0]).toEqual({
      refId: 'A',
      meta: {
        type: 'timeseries-multi',
        typeVersion: [0, 1],
        custom: { resultType: 'matrix', calculatedMinStep: 60_000 },
        executedQueryString: `Expr: ${SLA}${PARTNERS}\nStep: 1m0s`,
      },
      fields: [
        {
          name: 'Time',
          type: FieldType.time,
          typeInfo: { frame: 'time.Time' },
          config: { interval: 60_000 },
          values: [1795546560000, 1795546620000, 1795546680000, 1795546740000, 1795546800000],
          entities: {},
        },
        {
          name: SLA,
          type: FieldType.number,
          typeInfo: { frame: 'float64' },
          labels: { __name__: SLA, deployment: 'dep-a', tenant: 'kwiatex' },
          config: { displayNameFromDS: 'dep-a' },
          values: [
            0.018282971991506303, 0.017790655760446694, 0.017725893887317823, 0.018994083008810114, 0.02004407733647029,
          ],
          entities: {},
        },
      ],
      length: 5,
    });
    expect(frames[0].name).toBeUndefined();
  });

  it('puts the executed query and the step on the first frame only, and keeps NaN', () => {
    const [, second] = slaFrames();
    expect(second.meta).toEqual({ type: 'timeseries-multi', typeVersion: [0, 1], custom: { resultType: 'matrix' } });
    expect(second.fields[1].values).toEqual([
      0.27019472514831144, 0.26977643977254073, 0.2699913411969532, 0.27190432562663547, 0.2725404593166101,
    ]);
    expect(second.fields[0].config.interval).toBe(60_000);
    // Hand-written: a ratio is NaN over a window without requests (0/0), which the recorded history never has.
    const [nan] = framesFromPrometheus(answer('range-nan'), slaQuery(), { stepMs: 60_000 });
    expect(nan.fields[1].values).toEqual([0.0588, NaN, 0.026666666666666668]);
    expect(nan.fields[1]).toMatchObject({ entities: { NaN: [1] } });
  });

  it('names series as Grafana does without a legend, with a missing label, and for __auto', () => {
    expect(slaFrames()[1].fields[1].config.displayNameFromDS).toBe(`${SLA}{deployment="dep-b", tenant="sportowo"}`);
    expect(slaFrames('{{ tenant }}/{{nope}}')[1].fields[1].config.displayNameFromDS).toBe('sportowo/');
    expect(slaFrames('{{nope}}')[1].fields[1].config).toEqual({});

    const auto = slaFrames('__auto');
    expect(auto[0].fields[1].config).toEqual({});
    const [first] = framesForRequest([{ query: slaQuery('__auto'), frames: auto }]);
    // The front end names the field as @grafana/data names a `Value` field with these labels.
    expect(first.fields[1].config.displayNameFromDS).toBe(`{__name__="${SLA}", deployment="dep-a", tenant="kwiatex"}`);
    expect(first.fields[1].name).toBe(SLA);
  });

  it('names a series without labels by the expression', () => {
    const sum = {
      status: 'success',
      data: { resultType: 'matrix', result: [{ metric: {}, values: [[1735689600, '3']] }] },
    } as const;
    const query = { refId: 'A', expr: 'sum(rate(shop_orders_paid_total[5m]))' };
    const [frame] = framesFromPrometheus(sum as unknown as PrometheusApiAnswer, query, { stepMs: 15_000 });
    expect(names(frame)).toEqual(['Time', 'Value']);
    expect(frame.fields[1].labels).toEqual({});
    expect(frame.fields[1].config.displayNameFromDS).toBe(query.expr);
    expect(frame.meta?.executedQueryString).toBe(`Expr: ${query.expr}\nStep: 15s`);
  });

  it('marks the frames for graphs once the request is processed, in the order of the queries', () => {
    const frames = framesForRequest([{ query: slaQuery(), frames: slaFrames() }]);
    expect(frames.map((frame) => frame.meta?.preferredVisualisationType)).toEqual(['graph', 'graph']);
    expect(frames.map((frame) => frame.fields[1].labels?.deployment)).toEqual(['dep-a', 'dep-b']);
  });
});

const revenue: PromQueryShape = {
  refId: 'A',
  expr: `shoppulse:shop_revenue_pln:increase1h${PARTNERS}`,
  instant: true,
  format: 'table',
};
const orders: PromQueryShape = {
  refId: 'B',
  expr: `shoppulse:shop_orders_paid:increase1h${PARTNERS}`,
  instant: true,
  format: 'table',
};
const instant = (query: PromQueryShape, name: string, infos?: string[]) => ({
  query,
  frames: framesFromPrometheus({ ...answer(name), infos }, query, { stepMs: 15_000 }),
});
// Hand-written: Prometheus 2.42 sends no infos; this is one a newer Prometheus gives for `rate` of a recorded increase.
const INFO =
  'PromQL info: metric might not be a counter, name does not end in _total/_sum/_count/_bucket: "shoppulse:shop_orders_paid:increase1h" (1:6)';

describe('an instant query', () => {
  it('gives numeric-multi frames of one row in time_series format, time in milliseconds', () => {
    const query = { ...revenue, format: 'time_series' as const };
    const frames = framesForRequest([instant(query, 'instant-revenue')]);
    expect(frames).toHaveLength(2);
    expect(frames[0].meta).toMatchObject({
      type: 'numeric-multi',
      typeVersion: [0, 1],
      preferredVisualisationType: 'graph',
    });
    expect(names(frames[0])).toEqual(['Time', 'shoppulse:shop_revenue_pln:increase1h']);
    expect(frames[1].fields[0].values).toEqual([1795544100123]);
    expect(frames[1].fields[1].values).toEqual([37697.95220338964]);
  });

  it('gives one table per query, the value named Value #<refId> when two table queries answered', () => {
    const [a, b] = framesForRequest([instant(revenue, 'instant-revenue'), instant(orders, 'instant-orders', [INFO])]);
    expect(a.refId).toBe('A');
    expect(names(a)).toEqual(['Time', '__name__', 'deployment', 'tenant', 'Value #A']);
    expect(names(b)).toEqual(['Time', '__name__', 'deployment', 'tenant', 'Value #B']);
    expect(b.fields.map((field) => field.type)).toEqual(['time', 'string', 'string', 'string', 'number']);
    expect(b.fields[1].values).toEqual([
      'shoppulse:shop_orders_paid:increase1h',
      'shoppulse:shop_orders_paid:increase1h',
    ]);
    expect(b.fields[2]).toMatchObject({ config: { filterable: true }, values: ['dep-a', 'dep-b'] });
    expect(b.fields[4].values).toEqual([98.64406779661016, 180]);
    expect(a.fields[0]).toMatchObject({ config: { interval: 15_000 }, values: [1795544100123, 1795544100123] });
    expect(a.length).toBe(2);
    expect(a.meta).toMatchObject({
      type: 'numeric-multi',
      preferredVisualisationType: 'rawPrometheus',
      executedQueryString: `Expr: shoppulse:shop_revenue_pln:increase1h${PARTNERS}\nStep: 15s`,
    });
    expect(a.meta?.notices).toBeUndefined();
    // Prometheus' infos travel as notices of severity info, which Go's JSON leaves out.
    expect(b.meta?.notices).toEqual([{ text: INFO }]);
  });

  it('names the value Value when one table query answered, and fills missing labels with ""', () => {
    const mixed = {
      status: 'success',
      data: {
        resultType: 'vector',
        result: [
          { metric: { tenant: 'kwiatex' }, value: [1735693200, '-Inf'] },
          { metric: { deployment: 'dep-b', tenant: 'sportowo' }, value: [1735693200, '+Inf'] },
        ],
      },
    } as unknown as PrometheusApiAnswer;
    const query = { ...revenue, expr: 'sum by (tenant, deployment) (x)' };
    const [table] = framesForRequest([{ query, frames: framesFromPrometheus(mixed, query, { stepMs: 15_000 }) }]);
    expect(names(table)).toEqual(['Time', 'tenant', 'deployment', 'Value']);
    expect(table.fields[2].values).toEqual(['', 'dep-b']);
    // Grafana's table transform reads -Inf back as +Inf; the time series frame kept it.
    expect(table.fields[3].values).toEqual([Infinity, Infinity]);
  });

  it('gives a scalar one frame named by the expression, and as a table a Time and a Value', () => {
    const query = { refId: 'S', expr: 'scalar(vector(0.25))', instant: true };
    const [frame] = framesFromPrometheus(answer('scalar'), query, { stepMs: 15_000 });
    expect(frame.meta).toMatchObject({ type: 'numeric-multi', typeVersion: [0, 1], custom: { resultType: 'scalar' } });
    expect(frame.fields[1]).toMatchObject({
      name: 'Value',
      labels: {},
      values: [0.25],
      config: { displayNameFromDS: query.expr },
    });
    const [table] = framesForRequest([instant({ ...query, format: 'table' }, 'scalar')]);
    expect(names(table)).toEqual(['Time', 'Value']);
  });

  it('keeps a string result as text', () => {
    const [frame] = framesFromPrometheus(
      answer('string'),
      { refId: 'T', expr: '"hi"', instant: true },
      { stepMs: 1_000 }
    );
    expect(frame.meta).toMatchObject({
      type: 'timeseries-multi',
      typeVersion: [0, 0],
      custom: { resultType: 'string' },
    });
    expect(frame.fields[1]).toMatchObject({ name: 'Value', type: FieldType.string, values: ['hi'] });
  });
});

describe('a heatmap query', () => {
  const query: PromQueryShape = {
    refId: 'H',
    expr: 'sum by (le) (rate(nginx_vts_server_request_duration_seconds_bucket{tenant="sportowo"}[5m]))',
    format: 'heatmap',
    legendFormat: '{{le}}',
  };

  it('merges the buckets into one heatmap-rows frame, sorted by le, counts per bucket', () => {
    const frames = framesForRequest([
      { query, frames: framesFromPrometheus(answer('heatmap-buckets'), query, { stepMs: 60_000 }) },
    ]);
    expect(frames).toHaveLength(1);
    const [heatmap] = frames;
    expect(heatmap.meta?.type).toBe('heatmap-rows');
    // Prometheus sorts the series by their labels as text, which puts +Inf first.
    expect(heatmap.name).toBe('0.025');
    expect(names(heatmap)).toEqual(['Time', '0.025', '0.05', '0.1', '0.2', '0.3', '0.5', '1', '2.5', '5', '+Inf']);
    expect(heatmap.fields[0].values).toEqual([1795546680000, 1795546740000, 1795546800000]);
    // Each the recorded rate of its `le` less that of the bucket below (floats subtracted as JavaScript does).
    expect(heatmap.fields.slice(1).map((field) => field.values)).toEqual([
      [7.370676666665527, 7.393320000000541, 7.467256666666891],
      [9.240389999999937, 9.295546666667322, 9.362726666665669],
      [9.232250000000612, 9.31313333333226, 9.356186666669153],
      [5.375093333334235, 5.42122999999885, 5.4479166666636765],
      [3.337693333331309, 3.3565866666700614, 3.381856666665989],
      [4.5452600000031325, 4.5826999999997895, 4.605896666668421],
      [3.05293333333006, 3.0916266666651495, 3.095010000000265],
      [0.39488666666515115, 0.40201333333286016, 0.4006499999998283],
      [0.002710000002608126, 0.002770000000516859, 0.002746666667064801],
      [0.000006666667758281619, 0.00001666666884858614, 0.000003333334426258716],
    ]);
    expect(heatmap.fields[10].config.displayNameFromDS).toBe('+Inf');
  });

  it('gives no frame for an empty result', () => {
    const frames = framesFromPrometheus(answer('empty-matrix'), query, { stepMs: 60_000 });
    expect(framesForRequest([{ query, frames }])).toEqual([]);
  });
});

describe('an empty result and an error', () => {
  it('gives one frame without fields that carries the executed query', () => {
    const query = { refId: 'A', expr: 'absent_nothing' };
    const frames = framesFromPrometheus(answer('empty-matrix'), query, { stepMs: 3_600_000 });
    expect(frames).toEqual([
      {
        refId: 'A',
        meta: {
          typeVersion: [0, 0],
          custom: { calculatedMinStep: 3_600_000 },
          executedQueryString: 'Expr: absent_nothing\nStep: 1h0m0s',
        },
        fields: [],
        length: 0,
      },
    ]);
    expect(framesForRequest([{ query: { ...query, format: 'table' }, frames }])).toEqual(frames);
  });

  it('throws the error with the message Grafana shows', () => {
    const query = { refId: 'E', expr: 'sum(rate(shop_orders_paid_total[5m])' };
    let error: unknown;
    try {
      framesFromPrometheus(answer('error'), query, { stepMs: 90_000 });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(PrometheusQueryError);
    const { message, refId, frames } = error as PrometheusQueryError;
    expect(message).toBe('bad_data: invalid parameter "query": 1:37: parse error: unclosed left parenthesis');
    expect(refId).toBe('E');
    expect(frames[0].meta?.executedQueryString).toBe(`Expr: ${query.expr}\nStep: 1m30s`);
  });
});
