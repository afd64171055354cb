import { KPIS, type KpiDef, RISKS, type RiskDef, findKpi } from '../../catalog/business';
import { CONTRACTS, type Contracts } from '../../catalog/contracts';
import { backlogExpr, partnerBreakdown, riskExpr, totalOf } from '../../queries';
import { filterOptionQueries } from '../../queries/presence';
import type { LabelNames } from '../../queries/selector';
import { kpiQueries, rangeContext } from '../../queries/kpiQueries';
import { type QueryBuilder, groupedQueries, instantQuery, rangeQuery, tableQuery } from '../../queries/query';
import { BAND_EDGES, BANDS_RECORDED_EVERY } from '../../catalog/bands';
import { BANDED, bandLegend, kpiBandExpr, kpiLastHourExpr } from '../../queries/bands';

/** The refId of one total of a risk's backlog. */
export const backlogRefId = (risk: RiskDef, kpiId: string) => `${risk.id}:${kpiId}`;

/** One query per risk, answering with the places where its statement is true; one more per total of its backlog. */
export function riskQueries(names: LabelNames, contracts: Contracts = CONTRACTS): QueryBuilder {
  return ({ filters, to }) =>
    RISKS.flatMap((risk) => [
      instantQuery(risk.id, riskExpr(risk, filters, names, { time: to, contracts })),
      ...(risk.rule.kind === 'jobOverdue' ? risk.rule.backlog.kpis : []).map((kpiId) =>
        instantQuery(backlogRefId(risk, kpiId), backlogExpr(risk, kpiId, filters, names))
      ),
    ]);
}

/** Revenue, orders and share of revenue per partner, as three instant queries merged on the partner label. */
export function partnerQueries(names: LabelNames): QueryBuilder {
  return (context) => {
    const range = rangeContext(context, names);
    const revenue = partnerBreakdown(totalOf(findKpi('revenue')), range);
    const orders = partnerBreakdown(totalOf(findKpi('orders_paid')), range);
    return [
      tableQuery('revenue', revenue.perPartner),
      tableQuery('orders', orders.perPartner),
      tableQuery('share', revenue.share),
    ];
  };
}

/** The panel of a banded KPI hour by hour: its refIds in a request shared with the other banded KPIs. */
export const hourByHourGroup = (kpiId: string) => `${kpiId}:hourly`;

/**
 * Each banded KPI's total of the hour before every point, between the edges of its expected range (refIds `value`,
 * `low` and `high`, as bandsBehindSeries draws them). The records change every 5 minutes: a finer step reads the
 * same samples again.
 */
export function hourByHourQueries(
  names: LabelNames,
  kpis: KpiDef[] = BANDED.kpis(),
  titleOf = (kpi: KpiDef) => kpi.title.en
): QueryBuilder {
  return groupedQueries(
    kpis.map((kpi): [string, QueryBuilder] => [
      hourByHourGroup(kpi.id),
      ({ filters }) => {
        const legend = titleOf(kpi);
        return [
          rangeQuery('value', kpiLastHourExpr(kpi, filters, names), legend),
          ...BAND_EDGES.map((edge) =>
            rangeQuery(edge, kpiBandExpr(kpi, edge, filters, names), bandLegend(legend, edge))
          ),
        ].map((query) => ({ ...query, interval: BANDS_RECORDED_EVERY }));
      },
    ])
  );
}

/** Every query the Business page runs, by panel: what the integration tests and the benchmark run too. */
export function businessPageQueries(names: LabelNames): Array<{ panel: string; build: QueryBuilder }> {
  return [
    { panel: 'risks', build: riskQueries(names) },
    ...KPIS.map((kpi) => ({ panel: kpi.id, build: kpiQueries(kpi, names, { risksAskedElsewhere: true }) })),
    { panel: 'hourByHour', build: hourByHourQueries(names) },
    { panel: 'partners', build: partnerQueries(names) },
  ];
}

/** Every query the Business page issues: its panels and the pickers' options. */
export function businessQueryList(names: LabelNames): QueryBuilder[] {
  return [...businessPageQueries(names).map((panel) => panel.build), filterOptionQueries(names)];
}
