import type { Desired } from './plan';

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
  y: 31_536_000_000,
};
const DURATION = /^(?:\d+(?:ms|[smhdwy]))+$/;

/** A Prometheus duration ("1h30m", "0m") in milliseconds, or the text itself when it is not one. */
export function durationValue(text: unknown): unknown {
  if (typeof text !== 'string' || !DURATION.test(text)) {
    return text;
  }
  return [...text.matchAll(/(\d+)(ms|[smhdwy])/g)].reduce(
    (sum, [, count, unit]) => sum + Number(count) * UNIT_MS[unit],
    0
  );
}

/**
 * A notification template as Grafana keeps it: trimmed, and wrapped in a `define` of its name when it has none
 * (grafana/grafana `definitions.NotificationTemplate.Validate`).
 */
export function storedTemplate(name: string, text: string): string {
  const content = text.trim();
  if (/\{\{\s*define/.test(content)) {
    return content;
  }
  const indented = content
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  return `{{ define "${name}" }}\n${indented}\n{{ end }}`;
}

const ROUTE_DURATIONS = ['group_wait', 'group_interval', 'repeat_interval'];

function comparableRoute(route: Record<string, unknown>): Record<string, unknown> {
  const routes = route.routes as Array<Record<string, unknown>> | undefined;
  return {
    ...route,
    ...Object.fromEntries(ROUTE_DURATIONS.filter((field) => field in route).map((f) => [f, durationValue(route[f])])),
    ...(routes ? { routes: routes.map(comparableRoute) } : {}),
  };
}

/**
 * An object in the form it can be compared in, whichever side it comes from: Grafana returns durations in
 * Prometheus' canonical form (`0m` as `0s`, `60m` as `1h`) and templates trimmed, and sets a rule's organisation
 * from the request, whatever the body said.
 */
export function comparable(kind: Desired<unknown>['kind'], body: unknown): unknown {
  if (body === null || typeof body !== 'object') {
    return body;
  }
  const object = body as Record<string, unknown>;
  switch (kind) {
    case 'template':
      return { ...object, template: storedTemplate(String(object.name), String(object.template ?? '')) };
    case 'notification policy':
      return comparableRoute(object);
    case 'rule group':
      return {
        ...object,
        rules: ((object.rules as Array<Record<string, unknown>> | undefined) ?? []).map(({ orgID, ...rule }) => ({
          ...rule,
          for: durationValue(rule.for),
        })),
      };
    default:
      return body;
  }
}
