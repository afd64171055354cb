import { metricsRead } from './promqlMetrics';

describe('metricsRead', () => {
  it('finds every series a query selects, inside functions, offsets, subqueries and binary operators', () => {
    const expr =
      'sum by (le) (rate(a_bucket{tenant="x"}[$__rate_interval])) / on (deployment) group_left count(b offset 1w)' +
      ' and max_over_time(c[$__range:1m]) @ end() unless d{code=~"5.."}';
    expect(metricsRead(expr)).toEqual(['a_bucket', 'b', 'c', 'd']);
  });

  it('reads a label name, a string or a function name as nothing', () => {
    expect(metricsRead('label_replace(vector(1), "rate", "sum", "", "")')).toEqual([]);
  });

  it("reads the series of a picker's label_values query", () => {
    expect(metricsRead('label_values(shop_sessions_total{deployment="a"}, tenant)')).toEqual(['shop_sessions_total']);
  });

  it('refuses what Prometheus would refuse', () => {
    expect(() => metricsRead('sum(rate(x[5m])')).toThrow(/Not PromQL/);
    expect(() => metricsRead('rate(x[$__unknown])')).toThrow(/Not PromQL/);
  });
});

describe('metricsRead with a __name__ matcher', () => {
  it('reads each name the matcher lists', () => {
    expect(metricsRead('{__name__=~"a:b|c_total",tenant="x"}')).toEqual(['a:b', 'c_total']);
  });

  it('refuses a pattern whose names it cannot know', () => {
    expect(() => metricsRead('{__name__=~"shop_.+"}')).toThrow(/must list the names/);
  });
});
