import { KPIS, RISKS, type RiskDef, findKpi } from '../../catalog/business';
import { CONTRACTS, type Contracts } from '../../catalog/contracts';
import { backlogExpr, partnerBreakdown, riskExpr, totalOf } from '../../queries';
import { filterOptionQueries } from '../../queries/presence';
import type { LabelNames } from '../../queries/selector';
import { kpiQueries, rangeContext } from '../../queries/kpiQueries';
import { type QueryBuilder, instantQuery, tableQuery } from '../../queries/query';

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

/** Every query the Business page runs, by panel: what the integration tests and the benchmark run too. */
export function businessPageQueries(names: LabelNames): Array<{ panel: string; build: QueryBuilder }> {
  return [
    { panel: 'risks', build: riskQueries(names) },
    ...KPIS.map((kpi) => ({ panel: kpi.id, build: kpiQueries(kpi, names, { risksAskedElsewhere: true }) })),
    { panel: 'partners', build: partnerQueries(names) },
  ];
}

/** Every query the Business page issues: its panels and the pickers' options. */
export function businessQueryList(names: LabelNames): QueryBuilder[] {
  return [...businessPageQueries(names).map((panel) => panel.build), filterOptionQueries(names)];
}
