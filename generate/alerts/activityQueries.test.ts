/** @jest-environment node */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { requireBinary } from '../../simulator/prometheus/binaries';
import { run } from '../../simulator/prometheus/processes';
import { ALERTS } from '../../src/catalog/alerts';
import { firingCount, firingSamples, mostStartsInAnHour } from '../../src/queries/alertActivity';

const BLIK = '{alertname="PaymentMethodFailing", alertstate="firing", method="blik"';
const PROMETHEUS = (values: string) => ({ series: `ALERTS${BLIK}}`, values });
const GRAFANA = (state: string, values: string) => ({
  series: `GRAFANA_ALERTS${BLIK}, grafana_alertstate="${state}", rule_uid="shoppulse-blik"}`,
  values,
});

/** The three 30-day figures of PaymentMethodFailing at minute 90 of `input_series`, as promtool evaluates them. */
async function figuresAt(inputSeries: object[], expected: { samples: number; starts: number; mostInAnHour: number }) {
  const alerts = ALERTS.filter((alert) => alert.id === 'PaymentMethodFailing');
  const figure = (expr: string, value: number) => ({
    expr,
    eval_time: '90m',
    exp_samples: [{ labels: '{alertname="PaymentMethodFailing"}', value }],
  });
  const dir = mkdtempSync(join(tmpdir(), 'shoppulse-activity-'));
  try {
    const file = join(dir, 'activity.test.yaml');
    const test = {
      interval: '1m',
      input_series: inputSeries,
      promql_expr_test: [
        figure(firingSamples(alerts), expected.samples),
        figure(firingCount(alerts), expected.starts),
        figure(mostStartsInAnHour(alerts), expected.mostInAnHour),
      ],
    };
    writeFileSync(file, stringify({ rule_files: [], evaluation_interval: '1m', tests: [test] }));
    await run(requireBinary('promtool'), ['test', 'rules', file]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the Alerts page’s 30-day figures from either history', () => {
  it('counts one firing of a Grafana rule that turned from alerting to recovering, for all its minutes', async () => {
    // Firing from minute 10: alerting for 20 evaluations, then recovering for 5.
    await figuresAt([GRAFANA('alerting', '_x10 1x19'), GRAFANA('recovering', '_x30 1x4')], {
      samples: 25,
      starts: 1,
      mostInAnHour: 1,
    });
  });

  it('counts a firing that stops and starts again within the hour twice, from GRAFANA_ALERTS alone', async () => {
    await figuresAt([GRAFANA('alerting', '_x10 1x4 _x5 1x4')], { samples: 10, starts: 2, mostInAnHour: 2 });
  });

  it("takes Prometheus' figure for a template installed both ways, not their sum", async () => {
    await figuresAt([PROMETHEUS('_x10 1x4 _x5 1x4'), GRAFANA('alerting', '_x11 1x3')], {
      samples: 10,
      starts: 2,
      mostInAnHour: 2,
    });
  });
});
