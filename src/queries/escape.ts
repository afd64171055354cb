const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
// RE2 metacharacters; Prometheus anchors =~ matchers, so escaping these makes a value match only itself.
const REGEX_META = /[\\.+*?()|[\]{}^$]/g;

export function assertMetricName(name: string): string {
  if (!METRIC_NAME.test(name)) {
    throw new Error(`"${name}" is not a valid Prometheus metric name`);
  }
  return name;
}

export function assertLabelName(name: string): string {
  if (!LABEL_NAME.test(name) || name.startsWith('__')) {
    throw new Error(`"${name}" is not a valid Prometheus label name`);
  }
  return name;
}

/** Makes any text safe inside a double-quoted PromQL string. */
export function escapeString(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** Makes a literal value safe to use in an =~ or !~ matcher, before string escaping. */
export function escapeRegex(value: string): string {
  return value.replace(REGEX_META, '\\$&');
}
