import { alertmanagerConfig, alertmanagerTemplates } from './alerts/alertmanager';
import { annotationRulesTests } from './alerts/annotationTests';
import { grafanaAlertingProvisioning } from './alerts/grafana';
import { alertRulesFile } from './alerts/rulesFile';
import { alertRulesTests } from './alerts/rulesTests';
import { runbooksDoc } from './alerts/runbooks';
import { businessDoc } from './docs/businessDoc';
import { contractsDoc } from './docs/contractsDoc';
import { metricsDoc } from './docs/metricsDoc';
import { signalsDoc } from './docs/signalsDoc';
import { dashboardFiles } from './dashboards';
import { pluginIncludes } from './plugin/pluginIncludes';
import { bandRulesFile } from './rules/bandRules';
import { businessRulesFile } from './rules/businessRules';
import { slaRulesFile } from './rules/slaRules';
import { metricUsageFile } from './usage/metricUsageFile';
import { findDrift, renderAll, REPO_ROOT, writeAll } from './run';
import type { Generator } from './types';

/**
 * Every generator of the project. To add one: write a module exporting a `Generator`
 * (see ./types.ts) and add it here; `npm run generate` and the drift check pick it up.
 */
export const GENERATORS: Generator[] = [
  metricsDoc,
  businessDoc,
  contractsDoc,
  signalsDoc,
  slaRulesFile,
  businessRulesFile,
  bandRulesFile,
  alertRulesFile,
  alertRulesTests,
  annotationRulesTests,
  runbooksDoc,
  alertmanagerConfig,
  alertmanagerTemplates,
  grafanaAlertingProvisioning,
  dashboardFiles,
  pluginIncludes,
  metricUsageFile,
];

/**
 * `npx tsx generate/index.ts` writes every generated file;
 * `--check` writes nothing and exits 1 when a committed file differs from what the generators produce;
 * `--list` writes nothing and prints the path of every generated file;
 * `--root <dir>` works on another copy of the repository (used by the tests).
 */
async function main(args: string[]): Promise<number> {
  const rootIndex = args.indexOf('--root');
  const root = rootIndex >= 0 ? args[rootIndex + 1] : REPO_ROOT;
  const files = await renderAll(GENERATORS);

  if (args.includes('--list')) {
    files.forEach((file) => console.log(file.path));
    return 0;
  }
  if (!args.includes('--check')) {
    await writeAll(files, root);
    files.forEach((file) => console.log(`wrote ${file.path}`));
    return 0;
  }

  const drifted = await findDrift(files, root);
  if (drifted.length === 0) {
    console.log(`${files.length} generated file(s) up to date`);
    return 0;
  }
  console.error('Generated files differ from their sources:');
  drifted.forEach((path) => console.error(`  ${path}`));
  console.error('Run `npm run generate` and commit the result.');
  return 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    }
  );
}
