import { JOBS } from '../../src/catalog/areas/jobs';
import { DEPENDENCIES } from '../../src/catalog/areas/dependencies';
import { QUEUES } from '../../src/catalog/areas/queue';
import { SERVICES } from '../../src/catalog/areas/platform';
import { DEPLOYMENTS, ROUTES } from '../topology';

const duration = { type: 'string', pattern: '^-?\\d+(\\.\\d+)?(s|m|h|d|w)$' };
const deployment = { enum: DEPLOYMENTS };
const deployments = { anyOf: [deployment, { type: 'array', items: deployment, minItems: 1 }] };
const text = { type: 'string', minLength: 1 };
const ratio = { type: 'number', minimum: 0, maximum: 1 };
const factor = { type: 'number', exclusiveMinimum: 0 };

function kind(name: string, properties: Record<string, object>, required: string[]) {
  return {
    if: { properties: { kind: { const: name } }, required: ['kind'] },
    then: {
      properties: { kind: { const: name }, ...properties },
      required: ['kind', ...required],
      additionalProperties: false,
    },
  };
}

const window = { from: duration, to: duration };

const event = {
  type: 'object',
  required: ['kind'],
  properties: { kind: { enum: ['deploy', 'config', 'feature_flag', 'restart'] } },
  allOf: [
    kind(
      'deploy',
      {
        at: duration,
        service: { enum: SERVICES },
        deployment: deployments,
        version: text,
      },
      ['at', 'service', 'deployment', 'version']
    ),
    kind('config', { at: duration, service: { enum: SERVICES }, deployment, key: text, from: text, to: text }, [
      'at',
      'service',
      'deployment',
      'key',
      'from',
      'to',
    ]),
    kind('feature_flag', { at: duration, deployment, flag: text, enabled: { type: 'boolean' } }, [
      'at',
      'deployment',
      'flag',
      'enabled',
    ]),
    kind('restart', { at: duration, deployment: deployments }, ['at']),
  ],
};

const incident = {
  type: 'object',
  required: ['kind'],
  properties: {
    kind: {
      enum: [
        'route_degraded',
        'dependency_outage',
        'consumer_down',
        'cache_degraded',
        'job_skipped',
        'job_failing',
        'scrape_gap',
      ],
    },
  },
  allOf: [
    kind(
      'route_degraded',
      { ...window, deployment, route: { enum: ROUTES.map((r) => r.route) }, latencyFactor: factor, errorRatio: ratio },
      ['from', 'deployment', 'route', 'latencyFactor', 'errorRatio']
    ),
    kind(
      'dependency_outage',
      { ...window, dependency: { enum: DEPENDENCIES }, timeoutRatio: ratio, latencySeconds: factor },
      ['from', 'dependency', 'timeoutRatio', 'latencySeconds']
    ),
    kind('consumer_down', { ...window, deployment, queue: { enum: QUEUES } }, ['from', 'deployment', 'queue']),
    kind('cache_degraded', { ...window, deployment, hitRatio: ratio, latencyFactor: factor }, [
      'from',
      'deployment',
      'hitRatio',
      'latencyFactor',
    ]),
    kind('job_skipped', { ...window, job: { enum: JOBS }, deployment }, ['from', 'job']),
    kind('job_failing', { ...window, job: { enum: JOBS }, deployment }, ['from', 'job']),
    kind('scrape_gap', { ...window, deployment }, ['from']),
  ],
};

/** JSON schema of a scenario file. */
export const scenarioSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    description: { type: 'string' },
    events: { type: 'array', items: event },
    incidents: { type: 'array', items: incident },
    certificates: { type: 'object', additionalProperties: duration },
  },
};
