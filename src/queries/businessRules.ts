import { DEPLOYMENT_LABEL, TENANT_LABEL } from '../catalog';
import { type BusinessResolution, RECORDED_COUNTERS, businessRecord } from '../catalog/business';
import { increase, sumBy } from './functions';
import type { RecordingRule } from './slaRules';
import { CONTRACT_LABELS, type LabelNames, selector } from './selector';

/**
 * Each business counter's increase over one evaluation interval, by partner and deployment. Evaluated exactly
 * that often, consecutive increases tile time, so a sum over a range is the counter's growth over it. The daily
 * resolution sums the last 24 hourly increases, evaluated every hour after them in the same group.
 */
export function businessRecordingRules(
  resolution: BusinessResolution,
  names: LabelNames = CONTRACT_LABELS
): RecordingRule[] {
  if (resolution === '1d') {
    return RECORDED_COUNTERS.map((counter) => ({
      record: businessRecord(counter.metric, '1d'),
      expr: `sum_over_time(${businessRecord(counter.metric, '1h')}[1d])`,
    }));
  }
  return RECORDED_COUNTERS.map((counter) => ({
    record: businessRecord(counter.metric, resolution),
    expr: sumBy(
      [TENANT_LABEL, DEPLOYMENT_LABEL, ...counter.keep],
      increase(selector(counter.metric, [], names), resolution),
      names
    ),
  }));
}
