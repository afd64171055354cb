/** @jest-environment node */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { SLA } from '../../src/catalog';
import type { MaintenanceWindow } from '../../src/catalog/maintenance';
import { slaRulesYaml } from '../../src/alerting/slaRuleFile';
import { partnerMaintenanceExpr } from '../../src/queries/maintenanceAnnotations';
import { DASHBOARD_LABELS } from '../../src/queries/selector';
import { requireBinary } from '../../simulator/prometheus/binaries';
import { withContractLabelNames } from '../dashboards/shared';

/** promtool's series start at the epoch: hour `h` of a test. */
const hour = (h: number) => `1970-01-01T0${h}:00:00Z`;
const window = (scope: Partial<MaintenanceWindow>, from: number, to: number): MaintenanceWindow => ({
  ...scope,
  from: hour(from),
  to: hour(to),
  reason: 'planned work',
});

const WINDOWS = [
  window({ partner: 'sportowo' }, 2, 4),
  window({ deployment: 'dep-b' }, 5, 6),
  window({ partner: 'kwiatex', deployment: 'dep-a' }, 2, 4),
  // sportowo's neighbour on dep-b: its window is not sportowo's.
  window({ partner: 'bobasek', deployment: 'dep-b' }, 2, 3),
  // dep-c is switched off for its maintenance: lasek sends nothing from 01:00 on.
  window({ deployment: 'dep-c' }, 1, 7),
];

/** 200 good requests a minute for 8 hours; `minutes` shorter when the deployment goes quiet. */
const traffic = (tenant: string, deployment: string, minutes = 8 * 60) =>
  ['0.2', '+Inf'].map((le) => ({
    series: `${SLA.metric}_bucket{tenant="${tenant}",deployment="${deployment}",route="/",code="2xx",le="${le}"}`,
    values: `0+200x${minutes}${minutes < 8 * 60 ? ' stale' : ''}`,
  }));

const ACTIVE = 'shoppulse:sla_maintenance:active';
/** The windows `expr` finds at `evalTime`, each a series of the recorded window with its labels. */
const finds = (evalTime: string, expr: string, windows: string[]) => ({
  expr,
  eval_time: evalTime,
  exp_samples: windows.map((labels) => ({ labels: `${ACTIVE}${labels}`, value: 1 })),
});

/** The partner page's query, and the dashboard's as Grafana sends it for the partner picked. */
const pageAndDashboard = (partner: string) => [
  partnerMaintenanceExpr(partner),
  withContractLabelNames(partnerMaintenanceExpr({ variable: 'partner' }, DASHBOARD_LABELS)).replaceAll(
    '$partner',
    partner
  ),
];

function promtool(windows: MaintenanceWindow[], tests: object[]) {
  const dir = mkdtempSync(join(tmpdir(), 'shoppulse-maintenance-layer-'));
  try {
    const sla = slaRulesYaml({}, windows);
    writeFileSync(join(dir, 'sla.rules.yaml'), sla);
    const file = {
      rule_files: ['sla.rules.yaml'],
      evaluation_interval: '1m',
      group_eval_order: parse(sla).groups.map((group: { name: string }) => group.name),
      tests: tests.map((test) => ({ interval: '1m', ...test })),
    };
    writeFileSync(join(dir, 'layer.test.yaml'), stringify(file, { lineWidth: 0 }));
    execFileSync(requireBinary('promtool'), ['test', 'rules', join(dir, 'layer.test.yaml')], { stdio: 'pipe' });
  } catch (error) {
    // promtool says which expression got what: show it rather than "Command failed".
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(stdout === undefined ? String(error) : `${stdout}${stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the Maintenance annotation layer (promtool)', () => {
  it('draws the windows the rules applied to the partner, on the page and the dashboard alike', () => {
    const checks = (partner: string, expected: Array<[string, string[]]>) =>
      pageAndDashboard(partner).flatMap((expr) => expected.map(([at, windows]) => finds(at, expr, windows)));
    promtool(WINDOWS, [
      {
        input_series: [
          ...traffic('kwiatex', 'dep-a'),
          ...traffic('sportowo', 'dep-b'),
          ...traffic('bobasek', 'dep-b'),
          ...traffic('lasek', 'dep-c', 60),
        ],
        promql_expr_test: [
          // Its own window, then its deployment's; not the neighbour's, nothing once a window is over.
          ...checks('sportowo', [
            ['1h', []],
            ['2h30m', ['{tenant="sportowo"}']],
            ['4h', []],
            ['5h30m', ['{deployment="dep-b"}']],
            ['6h', []],
          ]),
          ...checks('bobasek', [
            ['2h30m', ['{tenant="bobasek",deployment="dep-b"}']],
            ['3h30m', []],
            ['5h30m', ['{deployment="dep-b"}']],
          ]),
          ...checks('kwiatex', [
            ['3h', ['{tenant="kwiatex",deployment="dep-a"}']],
            ['5h30m', []],
          ]),
          // Hours after lasek's last request, its deployment's window still shows.
          ...checks('lasek', [
            ['1h30m', ['{deployment="dep-c"}']],
            ['6h30m', ['{deployment="dep-c"}']],
            ['7h', []],
          ]),
        ],
      },
    ]);
  });
});
