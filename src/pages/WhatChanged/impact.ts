import { countNoiseShare, outsideBand } from '../../catalog/bands';
import { IMPACT_KPIS } from '../../catalog/changes';
import { IMPACT_REFS } from '../../queries/deployImpact';
import type { Change, Points } from './changes';

const HOUR = 3_600_000;

/** A KPI for one partner: the hour before the change, the hour after, the same hour a week earlier, its range. */
export interface HourReading {
  before?: number;
  after?: number;
  lastWeek?: number;
  /** The expected range of the hour after (the same hour of the past weeks). */
  low?: number;
  high?: number;
  /** The top of the expected range of the hour before. */
  highBefore?: number;
}

/**
 * The two ways a judged KPI can fall outside what the same hours of past weeks did: below the range of the hour
 * after (by more than the margin), and a fall from the hour before that is steeper than those weeks ever fell.
 */
export type BusinessTest = 'belowRange' | 'steeperFall';

export interface PartnerImpact {
  tenant: string;
  readings: Record<string, HourReading>;
  failed: Array<{ kpiId: string; test: BusinessTest }>;
  /** A judged KPI fell below its expected range. */
  hit: boolean;
  /** Both tests failed for one judged KPI. */
  suspect: boolean;
}

export interface ChangeImpact {
  /** The hour after the change is not over yet. */
  tooRecent: boolean;
  /** The change's deployment's partners, the hardest hit first. */
  partners: PartnerImpact[];
  suspect: boolean;
}

/** The value of the series at time t: its last point at or before t (points are range-query steps). */
export function valueAt(points: Points | undefined, t: number): number | undefined {
  if (!points) {
    return undefined;
  }
  let found: number | undefined;
  for (let i = 0; i < points.times.length && points.times[i] <= t; i++) {
    found = Number.isFinite(points.values[i]) ? points.values[i] : undefined;
  }
  return found;
}

/** `noiseShare`: the chance variation of the hour, as a share, from the partner's orders (money follows them). */
function failedTests(reading: HourReading, noiseShare: number): BusinessTest[] {
  const { before, after, low, high, highBefore } = reading;
  if (after === undefined || low === undefined || high === undefined) {
    return [];
  }
  const tests: BusinessTest[] = [];
  const noise = noiseShare * low;
  if (outsideBand(after, low, high, noise) === 'below') {
    tests.push('belowRange');
  }
  // The gentlest fall the past weeks allow: from the top of the hour before's range to the bottom of the hour after's.
  const gentlest = highBefore !== undefined && highBefore > 0 ? (low - noise) / highBefore : undefined;
  if (before !== undefined && before > 0 && gentlest !== undefined && after / before < gentlest) {
    tests.push('steeperFall');
  }
  return tests;
}

/** How much a KPI moved against the same hour a week earlier (−0.12 for 12% fewer); undefined without both. */
export function againstLastWeek(reading: HourReading): number | undefined {
  const { after, lastWeek } = reading;
  return after !== undefined && lastWeek !== undefined && lastWeek > 0 ? after / lastWeek - 1 : undefined;
}

/**
 * The business check of a change: for each partner of its deployment, orders and money in the hour after it against
 * the hour before and against the same hour of past weeks. `series` holds the changes panel's frames by refId.
 */
export function judgeImpact(change: Change, series: (refId: string) => Points[], rangeEnd: number): ChangeImpact {
  const tooRecent = change.at + HOUR > rangeEnd;
  const here = (refId: string) => series(refId).filter((points) => points.labels.deployment === change.deployment);
  const tenants = [
    ...new Set(here(IMPACT_REFS.now(IMPACT_KPIS.judged[0])).map((points) => points.labels.tenant ?? '')),
  ];
  if (tooRecent) {
    return { tooRecent, partners: [], suspect: false };
  }
  const partners = tenants.map((tenant): PartnerImpact => {
    const of = (refId: string) => here(refId).find((points) => points.labels.tenant === tenant);
    const readings: Record<string, HourReading> = {};
    for (const kpiId of [...IMPACT_KPIS.judged, ...IMPACT_KPIS.shown]) {
      readings[kpiId] = {
        before: valueAt(of(IMPACT_REFS.now(kpiId)), change.at),
        after: valueAt(of(IMPACT_REFS.now(kpiId)), change.at + HOUR),
        lastWeek: valueAt(of(IMPACT_REFS.lastWeek(kpiId)), change.at + HOUR),
        low: valueAt(of(IMPACT_REFS.band(kpiId, 'low')), change.at + HOUR),
        high: valueAt(of(IMPACT_REFS.band(kpiId, 'high')), change.at + HOUR),
        highBefore: valueAt(of(IMPACT_REFS.band(kpiId, 'high')), change.at),
      };
    }
    const noiseShare = countNoiseShare(readings[IMPACT_KPIS.judged[0]].low ?? 0);
    const failed = IMPACT_KPIS.judged.flatMap((kpiId) =>
      failedTests(readings[kpiId], noiseShare).map((test) => ({ kpiId, test }))
    );
    const hit = failed.some(({ test }) => test === 'belowRange');
    const suspect = IMPACT_KPIS.judged.some((kpiId) => failed.filter((each) => each.kpiId === kpiId).length === 2);
    return { tenant, readings, failed, hit, suspect };
  });
  const fall = (partner: PartnerImpact) => againstLastWeek(partner.readings[IMPACT_KPIS.judged[0]]) ?? 0;
  partners.sort((a, b) => fall(a) - fall(b));
  return { tooRecent, partners, suspect: partners.some((partner) => partner.suspect) };
}

/** The money the hour after lost against the same hour a week earlier, for the partners it hit; 0 when none. */
export function revenueLost(impact: ChangeImpact): number {
  return impact.partners
    .filter((partner) => partner.hit)
    .reduce((sum, { readings: { revenue } }) => sum + Math.max(0, (revenue.lastWeek ?? 0) - (revenue.after ?? 0)), 0);
}
