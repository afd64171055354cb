import { parser } from '@prometheus-io/lezer-promql';

// Grafana replaces its macros before Prometheus sees a query; any duration parses the same way.
const GRAFANA_MACROS: Array<[RegExp, string]> = [
  [/\$__rate_interval\b/g, '4m'],
  [/\$__interval\b/g, '1m'],
  [/\$__range\b/g, '1h'],
];

/** A picker's `label_values(<selector>, <label>)`: Grafana asks Prometheus for the selector's series. */
const LABEL_VALUES = /^label_values\((.+),\s*[\w]+\)$/s;

/** The names a `__name__=~"a|b"` matcher (seriesNamed) selects; any other `__name__` matcher reads unknowable series. */
function namesMatched(matcher: string): string[] {
  const alternatives = /^__name__\s*=~\s*"([a-zA-Z_:][a-zA-Z0-9_:]*(?:\|[a-zA-Z_:][a-zA-Z0-9_:]*)*)"$/.exec(matcher);
  if (!alternatives) {
    throw new Error(`A __name__ matcher must list the names it selects (a|b), not ${matcher}`);
  }
  return alternatives[1].split('|');
}

/**
 * The series names a query reads, parsed with Prometheus' own grammar (the one its UI uses). Throws on text that is
 * not PromQL, so a query Prometheus would refuse is not counted as reading nothing.
 */
export function metricsRead(query: string): string[] {
  const promql = GRAFANA_MACROS.reduce(
    (text, [macro, duration]) => text.replace(macro, duration),
    LABEL_VALUES.exec(query.trim())?.[1] ?? query
  );
  const names = new Set<string>();
  let errorAt: number | undefined;
  parser.parse(promql).iterate({
    enter: (node) => {
      if (node.type.isError) {
        errorAt ??= node.from;
      } else if (node.name === 'Identifier' && node.node.parent?.name === 'VectorSelector') {
        names.add(promql.slice(node.from, node.to));
      } else if (node.name === 'UnquotedLabelMatcher' && promql.slice(node.from, node.to).startsWith('__name__')) {
        namesMatched(promql.slice(node.from, node.to)).forEach((name) => names.add(name));
      }
    },
  });
  if (errorAt !== undefined) {
    throw new Error(`Not PromQL at character ${errorAt}: ${promql}`);
  }
  return [...names].sort();
}
