import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { recordRulesOverHistory } from './recordRules';

const USAGE =
  'Usage: tsx simulator/prometheus/recordRulesCli.ts --data TSDB_DIR --summary HISTORY_SUMMARY.json RULE_FILE...';

/** Records rules over the history a Prometheus storage holds (the compose demo's step after the import). */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { data: { type: 'string' }, summary: { type: 'string' } },
  });
  if (!values.data || !values.summary || positionals.length === 0) {
    console.error(USAGE);
    process.exit(2);
  }
  const { start, end } = JSON.parse(readFileSync(values.summary, 'utf8')) as { start: number; end: number };
  const dir = mkdtempSync(join(tmpdir(), 'shoppulse-record-'));
  try {
    const seconds = await recordRulesOverHistory({ dir, dataDir: values.data, ruleFiles: positionals, start, end });
    console.log(`Recorded ${positionals.join(', ')} over the history in ${seconds.toFixed(0)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
