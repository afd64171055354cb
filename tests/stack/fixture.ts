import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HISTORY_RULE_FILES } from '../../simulator/prometheus/recordRules';

/**
 * The history every integration test reads: eight days, so "the same time last week" exists, ending on a
 * Tuesday at 20:00 Warsaw time, the evening peak, with the default scenario's headline incident running.
 */
export const FIXTURE = {
  days: 8,
  end: Date.parse('2026-11-24T19:00:00Z') / 1000,
  seed: 42,
  scenarioFile: 'simulator/scenarios/default.yaml',
  recordedRuleFiles: HISTORY_RULE_FILES,
};

export const STACK_FILE = join(process.cwd(), 'node_modules', '.cache', 'shoppulse-test-stack.json');

export interface StackInfo {
  url: string;
  start: number;
  end: number;
}

/** The running stack, as the global set-up left it. */
export function stackInfo(): StackInfo {
  return JSON.parse(readFileSync(STACK_FILE, 'utf8'));
}
