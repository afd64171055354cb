import { changeTags, type Change } from '../../src/annotations/tags';
import { parseAnnotateArgs, UsageError, USAGE, type AnnotateArgs } from './args';
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
      const id = await postAnnotation(target, { time: args.time, tags, text: args.text ?? defaultText(change) });
      streams.stdout.write(`Annotation ${id} added on ${change.deployment}: ${tags.join(' ')}\n`);
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

function defaultText(change: Change): string {
  const words =
    change.kind === 'deploy' ? ['Deploy', change.service, change.version] : ['Config change', change.service];
  return [...words, 'on', change.deployment].filter((word) => word !== undefined).join(' ');
}
