import Ajv, { type ErrorObject } from 'ajv';
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { scenarioSchema } from './schema';
import type { ScenarioFile } from './types';

export class ScenarioError extends Error {}

const validate = new Ajv({ allErrors: true, strict: false }).compile<ScenarioFile>(scenarioSchema);

/** A misspelt key explains more than the required key it was meant to be, and deeper errors more than their parents. */
function mostUseful(errors: ErrorObject[]): ErrorObject {
  const score = (e: ErrorObject) =>
    (e.keyword === 'additionalProperties' ? 1000 : 0) +
    e.instancePath.split('/').length -
    (e.keyword === 'if' ? 100 : 0);
  return [...errors].sort((a, b) => score(b) - score(a))[0];
}

function lineOf(doc: ReturnType<typeof parseDocument>, counter: LineCounter, instancePath: string): number {
  const path = instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  // Walk up to the nearest node that exists (a missing property is reported on its parent).
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) {
      return counter.linePos(node.range[0]).line;
    }
  }
  return 1;
}

/** Parses and validates a scenario; errors name the file and the line at fault. */
export function parseScenario(text: string, file: string): ScenarioFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length) {
    const error = doc.errors[0];
    throw new ScenarioError(`${file}:${error.linePos?.[0].line ?? 1}: ${error.message.split('\n')[0]}`);
  }
  const data = doc.toJS() ?? {};
  if (!validate(data)) {
    const error = mostUseful(validate.errors!);
    const where = error.instancePath || '/';
    const detail = 'allowedValues' in error.params ? `: ${(error.params.allowedValues as string[]).join(', ')}` : '';
    const unknownKey = 'additionalProperty' in error.params ? String(error.params.additionalProperty) : undefined;
    const path = unknownKey ? `${error.instancePath}/${unknownKey}` : error.instancePath;
    const extra = unknownKey ? ` (${unknownKey})` : '';
    throw new ScenarioError(`${file}:${lineOf(doc, counter, path)}: ${where} ${error.message}${extra}${detail}`);
  }
  return data;
}

export function loadScenario(file: string): ScenarioFile {
  return parseScenario(readFileSync(file, 'utf8'), file);
}
