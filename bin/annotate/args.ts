import { parseArgs } from 'node:util';
import type { Change } from '../../src/annotations/tags';

export const USAGE = `Usage: node shoppulse-annotate.js --kind deploy|config --deployment NAME[,NAME...] [--service NAME]
         [--version VERSION] [--text TEXT] [--time ISO|UNIX_MS]
       node shoppulse-annotate.js --kind maintenance --from ISO|UNIX_MS --to ISO|UNIX_MS
         [--deployment NAME[,NAME...]] [--partner NAME] [--service NAME] [--text TEXT]
Posts one Grafana annotation per deployment, tagged with the ShopPulse change scheme.
  --kind        deploy, config or maintenance (a planned window, posted as a region from --from to --to)
  --deployment  where the change happened; repeat it or separate names with commas
  --partner     the partner a maintenance window is for (maintenance only; give it, --deployment or both)
  --service     the service that changed
  --version     the version deployed (required for deploy)
  --text        the annotation text (default: "Deploy SERVICE VERSION on DEPLOYMENT", "Config change SERVICE on
                DEPLOYMENT" or "Maintenance for PARTNER on DEPLOYMENT")
  --time        when it happened, as an ISO date or unix milliseconds (default: now)
  --from, --to  when a maintenance window opens and closes, as ISO dates with a time zone or unix milliseconds
A maintenance annotation only marks the window on the dashboards: the SLA rules exclude it once it is declared in
src/catalog/maintenance.ts and the rules are regenerated (npm run generate); the command prints the declaration.
Environment: GRAFANA_URL (Grafana's base URL) and GRAFANA_TOKEN (a service account token that may write annotations).`;

// Below this a number is far more likely unix seconds (e.g. from `date +%s`) than a time in 1970.
const EARLIEST_UNIX_MS = 1e11;
// Without a zone Date.parse reads a date-time in the machine's local time, which a CI runner rarely shares.
const ZONED = /(Z|[+-]\d{2}:?\d{2})$/i;

export class UsageError extends Error {}

export interface AnnotateArgs {
  changes: Change[];
  time: number;
  /** The end of a region (maintenance windows): `time` is its start. */
  timeEnd?: number;
  text?: string;
}

type Options = ReturnType<typeof readOptions>;

export function parseAnnotateArgs(argv: string[]): AnnotateArgs {
  const values = readOptions(argv);
  const kind = values.kind;
  if (kind !== 'deploy' && kind !== 'config' && kind !== 'maintenance') {
    throw new UsageError(
      kind === undefined ? '--kind is required' : `--kind must be deploy, config or maintenance, not "${kind}"`
    );
  }
  const deployments = [
    ...new Set((values.deployment ?? []).flatMap((list) => list.split(',')).map((name) => name.trim())),
  ].filter((name) => name !== '');
  const service = nonEmpty('service', values.service);
  const text = nonEmpty('text', values.text);
  if (kind === 'maintenance') {
    return { ...maintenanceArgs(values, deployments, service), text };
  }
  const misplaced = (['partner', 'from', 'to'] as const).find((option) => values[option] !== undefined);
  if (misplaced) {
    throw new UsageError(`--${misplaced} only belongs to --kind maintenance`);
  }
  if (deployments.length === 0) {
    throw new UsageError('--deployment is required');
  }
  return {
    changes: changesFor(kind, deployments, service, nonEmpty('version', values.version)),
    time: values.time === undefined ? Date.now() : parseTime('time', values.time),
    text,
  };
}

/** A window from --from to --to, for a partner, on deployments, or both: one region per deployment. */
function maintenanceArgs(values: Options, deployments: string[], service: string | undefined) {
  const misplaced = (['version', 'time'] as const).find((option) => values[option] !== undefined);
  if (misplaced) {
    throw new UsageError(`--${misplaced} does not belong to --kind maintenance: it takes --from and --to`);
  }
  const partner = nonEmpty('partner', values.partner);
  if (partner === undefined && deployments.length === 0) {
    throw new UsageError('--kind maintenance needs --partner, --deployment or both: whose requests the window covers');
  }
  const [from, to] = (['from', 'to'] as const).map((option) => {
    const text = values[option];
    if (text === undefined) {
      throw new UsageError(
        `--${option} is required for --kind maintenance: when the window ${option === 'from' ? 'opens' : 'closes'}, ` +
          'e.g. 2025-06-01T02:00:00Z'
      );
    }
    return parseWindowTime(option, text);
  });
  if (to <= from) {
    throw new UsageError(`--to (${iso(to)}) must be after --from (${iso(from)})`);
  }
  const changes: Change[] = (deployments.length ? deployments : [undefined]).map((deployment) => ({
    kind: 'maintenance',
    deployment,
    partner,
    service,
  }));
  return { changes, time: from, timeEnd: to };
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
        partner: { type: 'string' },
        service: { type: 'string' },
        version: { type: 'string' },
        text: { type: 'string' },
        time: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
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

/** The instant as the catalog declares it: UTC, whole seconds. */
export const iso = (unixMs: number) => new Date(unixMs).toISOString().replace('.000Z', 'Z');

// A window's ends go into the SLA rules as whole UTC seconds, so they must name one unambiguously.
function parseWindowTime(option: 'from' | 'to', text: string): number {
  const trimmed = nonEmpty(option, text)!;
  if (!/^\d+$/.test(trimmed) && !ZONED.test(trimmed)) {
    throw new UsageError(`--${option} "${trimmed}" has no time zone: end it with Z (UTC) or an offset such as +02:00`);
  }
  const unixMs = parseTime(option, trimmed);
  if (unixMs % 1000 !== 0) {
    throw new UsageError(`--${option} ${iso(unixMs)} has a fraction of a second: the SLA rules take whole seconds`);
  }
  return unixMs;
}

function parseTime(option: string, text: string): number {
  if (/^\d+$/.test(text)) {
    const unixMs = Number(text);
    if (unixMs < EARLIEST_UNIX_MS) {
      throw new UsageError(
        `--${option} ${text} looks like unix seconds: give milliseconds (${text}000) or an ISO date`
      );
    }
    return unixMs;
  }
  const unixMs = Date.parse(text);
  if (Number.isNaN(unixMs)) {
    throw new UsageError(`--${option} "${text}" is neither an ISO date nor unix milliseconds`);
  }
  return unixMs;
}
