import { BY_PARTNER } from '../catalog';
import { BAND_EDGES, BAND_HOUR, type BandEdge } from '../catalog/bands';
import { type KpiDef, findKpi } from '../catalog/business';
import { IMPACT_KPIS } from '../catalog/changes';
import { kpiBandExpr } from './bands';
import { type ShopFilters, kpiExpr } from './business';
import { CONTRACT_LABELS, type LabelNames } from './selector';

/**
 * A KPI over the hour up to each point, per partner and deployment, or the same hour `offset` earlier: read at a
 * change it is the hour before, an hour later the hour after. Reads the 5-minute records, 12 samples a point.
 */
export function kpiHourExpr(kpi: KpiDef, filters: ShopFilters, names: LabelNames = CONTRACT_LABELS, offset?: string) {
  return kpiExpr(kpi, { filters, names, range: BAND_HOUR, resolution: '5m', offset }, BY_PARTNER);
}

/** The records an hour is summed from change every 5 minutes: a finer step reads the same samples again. */
export const IMPACT_STEP_SECONDS = 300;

export const IMPACT_REFS = {
  now: (kpiId: string) => `impact:${kpiId}`,
  lastWeek: (kpiId: string) => `impact:${kpiId}:1w`,
  band: (kpiId: string, edge: BandEdge) => `impact:${kpiId}:${edge}`,
};

/** Every expression the business check of a change reads, by refId: the range queries of the changes panel add them. */
export function impactExprs(filters: ShopFilters, names: LabelNames = CONTRACT_LABELS): Array<[string, string]> {
  const judged = IMPACT_KPIS.judged.map(findKpi);
  const shown = IMPACT_KPIS.shown.map(findKpi);
  return [
    ...[...judged, ...shown].flatMap((kpi): Array<[string, string]> => [
      [IMPACT_REFS.now(kpi.id), kpiHourExpr(kpi, filters, names)],
      [IMPACT_REFS.lastWeek(kpi.id), kpiHourExpr(kpi, filters, names, '1w')],
    ]),
    ...judged.flatMap((kpi) =>
      BAND_EDGES.map((edge): [string, string] => [
        IMPACT_REFS.band(kpi.id, edge),
        kpiBandExpr(kpi, edge, filters, names, BY_PARTNER),
      ])
    ),
  ];
}
