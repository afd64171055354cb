import { dashboardQueries, DASHBOARD_FILES } from '../../generate/dashboards/queries';
import { withContractLabelNames } from '../../generate/dashboards/shared';
import { query, queryRange } from '../stack/client';
import { stackInfo } from '../stack/fixture';

const { url, end } = stackInfo();
const HOUR = 3600;

/** The pickers as a user leaves them: every partner and deployment, or one partner (on the broken deployment). */
const PICKS = {
  'all partners': { partner: '.+', deployment: '.+' },
  sportowo: { partner: 'sportowo', deployment: '.+' },
};

/** A dashboard query as Grafana sends it over the last 6 hours, with the pickers' values in place. */
function interpolated(expr: string, pick: { partner: string; deployment: string }): string {
  return withContractLabelNames(expr)
    .replaceAll('$__rate_interval', '4m')
    .replaceAll('$__range', '6h')
    .replaceAll('$partner', pick.partner)
    .replaceAll('$deployment', pick.deployment);
}

/** A picker's `label_values(<selector>, <label>)`: what Prometheus is asked for is the selector's series. */
const LABEL_VALUES = /^label_values\((.+), *\w+\)$/;

async function answers(expr: string): Promise<number> {
  const series = LABEL_VALUES.exec(expr)?.[1] ?? expr;
  const instant = await query(url, series, end);
  if (instant.length > 0) {
    return instant.length;
  }
  // Annotations and time series are drawn over the range: a deploy two hours ago is no series at its end.
  return (await queryRange(url, series, end - 24 * HOUR, end, 300)).length;
}

/**
 * Prometheus writes `ALERTS` only while it evaluates alert rules; the test stack imports history and evaluates none.
 * The layer's query is the pages' own (a unit test checks that), and promtool proves the rules fire (rules/tests/).
 */
const ALERTS_LAYER = 'annotation "Alerts firing"';
/**
 * The rules record `shoppulse:sla_maintenance:active` only while a window is declared, and the demo declares none;
 * promtool proves the layer's query finds declared windows (generate/rules/maintenanceAnnotation.test.ts).
 */
const MAINTENANCE_LAYER = 'annotation "Maintenance"';
const WITHOUT_DATA_HERE = [ALERTS_LAYER, MAINTENANCE_LAYER];

describe.each(Object.entries(PICKS))('every bundled dashboard query returns data (%s)', (_, pick) => {
  it.each(DASHBOARD_FILES)('%s', async (file) => {
    const empty: string[] = [];
    for (const { where, expr } of dashboardQueries(file).filter((q) => !WITHOUT_DATA_HERE.includes(q.where))) {
      if ((await answers(interpolated(expr, pick))) === 0) {
        empty.push(`${where}: ${expr}`);
      }
    }
    expect(empty).toEqual([]);
  });
});
