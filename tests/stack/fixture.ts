import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALERT_RULE_FILES } from '../../simulator/prometheus/alertHistory';
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
  /** The alerts Prometheus would have raised over the incidents, for the Alerts page's activity. */
  alertHistory: { ruleFiles: ALERT_RULE_FILES, lastDays: 8 },
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

/**
 * FIXTURE's end with four more weeks before it: the expected ranges of its last 8 days read the same hours of the 4
 * weeks before. In a Prometheus of its own, so the other tests' months and weeks stay as they are.
 */
export const BASELINE_FIXTURE = { ...FIXTURE, days: 30, alertHistory: undefined };
