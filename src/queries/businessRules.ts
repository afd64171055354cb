import { DEPLOYMENT_LABEL, TENANT_LABEL } from '../catalog';
import { type BusinessResolution, RECORDED_COUNTERS, businessRecord } from '../catalog/business';
import { increase, sumBy } from './functions';
import type { RecordingRule } from './slaRules';
import { CONTRACT_LABELS, type LabelNames, selector } from './selector';

/**
 * Each business counter's increase over one evaluation interval, by partner and deployment. Evaluated exactly
 * that often, consecutive increases tile time, so a sum over a range is the counter's growth over it.
 */
export function businessRecordingRules(
  resolution: BusinessResolution,
  names: LabelNames = CONTRACT_LABELS
): RecordingRule[] {
  return RECORDED_COUNTERS.map((counter) => ({
    record: businessRecord(counter.metric, resolution),
    expr: sumBy(
      [TENANT_LABEL, DEPLOYMENT_LABEL, ...counter.keep],
      increase(selector(counter.metric, [], names), resolution),
      names
    ),
  }));
}
