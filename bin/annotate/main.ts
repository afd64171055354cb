import { changeTags, type Change } from '../../src/annotations/tags';
import { iso, parseAnnotateArgs, UsageError, USAGE, type AnnotateArgs } from './args';
import { AnnotateError, postAnnotation } from '../../src/annotations/grafana';
import { readGrafanaTarget } from './grafana';

export interface Output {
  write(text: string): unknown;
}

export interface Streams {
  stdout: Output;
  stderr: Output;
}

/** Runs the command with argv (without node and the script) and returns the exit code. */
export async function main(argv: string[], env: NodeJS.ProcessEnv, streams: Streams = process): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    streams.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let args: AnnotateArgs;
  try {
    args = parseAnnotateArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      streams.stderr.write(`${error.message}\n\n${USAGE}\n`);
      return 1;
    }
    throw error;
  }
  try {
    const target = readGrafanaTarget(env);
    for (const change of args.changes) {
      const tags = changeTags(change);
      const text = args.text ?? defaultText(change);
      const id = await postAnnotation(target, { time: args.time, timeEnd: args.timeEnd, tags, text });
      streams.stdout.write(`Annotation ${id} added ${where(change)}: ${tags.join(' ')}\n`);
    }
    if (args.timeEnd !== undefined) {
      streams.stdout.write(declaration(args, args.timeEnd));
    }
    return 0;
  } catch (error) {
    if (error instanceof AnnotateError) {
      streams.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

const where = (change: Change) =>
  [
    change.kind === 'maintenance' && change.partner && `for ${change.partner}`,
    change.deployment && `on ${change.deployment}`,
  ]
    .filter(Boolean)
    .join(' ');

function defaultText(change: Change): string {
  if (change.kind === 'maintenance') {
    return ['Maintenance', change.service && `of ${change.service}`, where(change)].filter(Boolean).join(' ');
  }
  const words =
    change.kind === 'deploy' ? ['Deploy', change.service, change.version] : ['Config change', change.service];
  return [...words, 'on', change.deployment].filter((word) => word !== undefined).join(' ');
}

/**
 * The annotation only marks the window; the SLA rules are generated from the catalog, so the command says what to
 * declare there, one entry per annotation, its names quoted whatever they hold.
 */
function declaration(args: AnnotateArgs, timeEnd: number): string {
  const entries = args.changes.map((change) => {
    const fields = {
      ...(change.kind === 'maintenance' && change.partner !== undefined && { partner: change.partner }),
      ...(change.deployment !== undefined && { deployment: change.deployment }),
      from: iso(args.time),
      to: iso(timeEnd),
      reason: args.text ?? defaultText(change),
    };
    return `  { ${Object.entries(fields)
      .map(([field, value]) => `${field}: ${JSON.stringify(value)}`)
      .join(', ')} },\n`;
  });
  return (
    'The SLA rules exclude this window only once it is declared: add to MAINTENANCE_WINDOWS in ' +
    `src/catalog/maintenance.ts\n${entries.join('')}then run \`npm run generate\` and load the regenerated ` +
    'rules/shoppulse-sla.rules.yaml.\n'
  );
}
