import { parseArgs } from 'node:util';
import type { Change } from '../../src/annotations/tags';

export const USAGE = `Usage: node shoppulse-annotate.js --kind deploy|config --deployment NAME[,NAME...] [--service NAME]
         [--version VERSION] [--text TEXT] [--time ISO|UNIX_MS]
Posts one Grafana annotation per deployment, tagged with the ShopPulse change scheme.
  --kind        deploy or config
  --deployment  where the change happened; repeat it or separate names with commas
  --service     the service that changed
  --version     the version deployed (required for deploy)
  --text        the annotation text (default: "Deploy SERVICE VERSION on DEPLOYMENT" or "Config change SERVICE on DEPLOYMENT")
  --time        when it happened, as an ISO date or unix milliseconds (default: now)
Environment: GRAFANA_URL (Grafana's base URL) and GRAFANA_TOKEN (a service account token that may write annotations).`;

// Below this a number is far more likely unix seconds (e.g. from `date +%s`) than a time in 1970.
const EARLIEST_UNIX_MS = 1e11;

export class UsageError extends Error {}

export interface AnnotateArgs {
  changes: Change[];
  time: number;
  text?: string;
}

export function parseAnnotateArgs(argv: string[]): AnnotateArgs {
  const values = readOptions(argv);
  const kind = values.kind;
  if (kind !== 'deploy' && kind !== 'config') {
    throw new UsageError(kind === undefined ? '--kind is required' : `--kind must be deploy or config, not "${kind}"`);
  }
  const deployments = [
    ...new Set((values.deployment ?? []).flatMap((list) => list.split(',')).map((name) => name.trim())),
  ].filter((name) => name !== '');
  if (deployments.length === 0) {
    throw new UsageError('--deployment is required');
  }
  return {
    changes: changesFor(kind, deployments, nonEmpty('service', values.service), nonEmpty('version', values.version)),
    time: values.time === undefined ? Date.now() : parseTime(values.time),
    text: nonEmpty('text', values.text),
  };
}

function changesFor(
  kind: 'deploy' | 'config',
  deployments: string[],
  service: string | undefined,
  version: string | undefined
): Change[] {
  if (kind === 'config') {
    if (version !== undefined) {
      throw new UsageError('--version only belongs to --kind deploy');
    }
    return deployments.map((deployment) => ({ kind, deployment, service }));
  }
  if (version === undefined) {
    throw new UsageError('--version is required for --kind deploy');
  }
  return deployments.map((deployment) => ({ kind, deployment, service, version }));
}

function readOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        kind: { type: 'string' },
        deployment: { type: 'string', multiple: true },
        service: { type: 'string' },
        version: { type: 'string' },
        text: { type: 'string' },
        time: { type: 'string' },
      },
    }).values;
  } catch (error) {
    // parseArgs reports unknown options, missing values and stray arguments as TypeErrors.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

// An empty value usually means an unset CI variable, so it is refused rather than tagged as "version:".
function nonEmpty(option: string, value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (trimmed === '') {
    throw new UsageError(`--${option} is empty (is the variable you passed set?)`);
  }
  return trimmed;
}

function parseTime(text: string): number {
  if (/^\d+$/.test(text)) {
    const unixMs = Number(text);
    if (unixMs < EARLIEST_UNIX_MS) {
      throw new UsageError(`--time ${text} looks like unix seconds: give milliseconds (${text}000) or an ISO date`);
    }
    return unixMs;
  }
  const unixMs = Date.parse(text);
  if (Number.isNaN(unixMs)) {
    throw new UsageError(`--time "${text}" is neither an ISO date nor unix milliseconds`);
  }
  return unixMs;
}
