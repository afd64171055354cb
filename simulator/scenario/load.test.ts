/** @jest-environment node */
import { loadScenario, parseScenario } from './load';

const VALID = `events:
  - kind: deploy
    at: -2h
    service: backend
    deployment: dep-b
    version: 2.15.0
incidents:
  - kind: route_degraded
    deployment: dep-b
    route: /api/search
    from: -2h
    latencyFactor: 6
    errorRatio: 0.08
`;

describe('scenario files', () => {
  it('accepts the shipped scenarios', () => {
    expect(loadScenario('simulator/scenarios/default.yaml').incidents?.length).toBeGreaterThan(5);
    expect(parseScenario(VALID, 'ok.yaml').events).toHaveLength(1);
  });

  it.each([
    ['an unknown kind', VALID.replace('kind: route_degraded', 'kind: meteor_strike'), 'bad.yaml:8:', 'kind'],
    ['a time that is not a duration', VALID.replace('at: -2h', 'at: two hours ago'), 'bad.yaml:3:', '/events/0/at'],
    [
      'a missing field',
      VALID.replace('    version: 2.15.0\n', ''),
      'bad.yaml:2:',
      "must have required property 'version'",
    ],
    [
      'a wrong type',
      VALID.replace('latencyFactor: 6', 'latencyFactor: slow'),
      'bad.yaml:12:',
      '/incidents/0/latencyFactor must be number',
    ],
    [
      'an unknown deployment',
      VALID.replace('deployment: dep-b\n    route', 'deployment: dep-z\n    route'),
      'bad.yaml:9:',
      'dep-a, dep-b, dep-c',
    ],
    [
      'a misspelt property',
      VALID.replace('errorRatio', 'errorRate'),
      'bad.yaml:13:',
      'must NOT have additional properties (errorRate)',
    ],
    ['broken YAML', 'events:\n  - kind: deploy\n   at: -2h', 'bad.yaml:3:', ''],
  ])('rejects %s with the file and line at fault', (_, text, where, detail) => {
    expect(() => parseScenario(text, 'bad.yaml')).toThrow(where);
    expect(() => parseScenario(text, 'bad.yaml')).toThrow(detail);
  });
});
