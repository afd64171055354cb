import { execFileSync } from 'node:child_process';
import { ALERTS } from '../../src/catalog/alerts';
import { receiverOf } from './alertmanager';

const CONFIG = 'alertmanager/alertmanager.yml';

/** amtool proves the generated configuration: it parses, and every alert reaches the receiver its level and recipient name. */
function main(): number {
  execFileSync('amtool', ['check-config', CONFIG], { stdio: 'inherit' });
  let failed = 0;
  const cases = [
    ...ALERTS.map((alert) => ({
      alert,
      labels: [
        `alertname=${alert.id}`,
        `level=${alert.level}`,
        `recipient=${alert.recipient}`,
        'tenant=sportowo',
        'deployment=dep-b',
      ],
    })),
  ];
  for (const { alert, labels } of cases) {
    const receiver = receiverOf(alert);
    try {
      execFileSync(
        'amtool',
        ['config', 'routes', 'test', `--config.file=${CONFIG}`, `--verify.receivers=${receiver}`, ...labels],
        { stdio: 'pipe' }
      );
      console.log(`ok      ${alert.id} → ${receiver}`);
    } catch (error) {
      failed++;
      console.log(
        `FAILED  ${alert.id} should reach ${receiver}: ${String((error as { stdout?: Buffer }).stdout ?? error).trim()}`
      );
    }
  }
  console.log(`${cases.length - failed} routes reach their receiver, ${failed} do not`);
  return failed === 0 ? 0 : 1;
}

process.exit(main());
