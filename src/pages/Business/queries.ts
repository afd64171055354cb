import { FUNNEL_STEPS, KPIS, type KpiDef, RISKS, findKpi } from '../../catalog/business';
import { kpiExpr, partnerBreakdown, riskExpr } from '../../queries';
import type { LabelNames } from '../../queries/selector';
import { instantQuery, kpiQueries, rangeContext } from '../../scenes/kpiQueries';
import type { QueryBuilder } from '../../scenes/ShopQueryRunner';

/** One query per funnel step, each the step's count over the range. */
export function funnelQueries(names: LabelNames): QueryBuilder {
  return (context) => FUNNEL_STEPS.map((id) => instantQuery(id, kpiExpr(findKpi(id), rangeContext(context, names))));
}

/** One query per risk; each answers with the places where its statement is true. */
export function riskQueries(names: LabelNames): QueryBuilder {
  return ({ filters }) => RISKS.map((risk) => instantQuery(risk.id, riskExpr(risk, filters, names)));
}

function totalOf(kpi: KpiDef) {
  if (kpi.formula.kind !== 'total') {
    throw new Error(`${kpi.id} is not a total`);
  }
  return kpi.formula.amount;
}

/** Revenue, orders and share of revenue per partner, as three instant queries merged on the partner label. */
export function partnerQueries(names: LabelNames): QueryBuilder {
  return (context) => {
    const range = rangeContext(context, names);
    const revenue = partnerBreakdown(totalOf(findKpi('revenue')), range);
    const orders = partnerBreakdown(totalOf(findKpi('orders_paid')), range);
    return [
      { ...instantQuery('revenue', revenue.perPartner), format: 'table' },
      { ...instantQuery('orders', orders.perPartner), format: 'table' },
      { ...instantQuery('share', revenue.share), format: 'table' },
    ];
  };
}

/** Every query the Business page runs, by panel: what the integration tests and the benchmark run too. */
export function businessPageQueries(names: LabelNames): Array<{ panel: string; build: QueryBuilder }> {
  return [
    { panel: 'risks', build: riskQueries(names) },
    ...KPIS.map((kpi) => ({ panel: kpi.id, build: kpiQueries(kpi, names) })),
    { panel: 'funnel', build: funnelQueries(names) },
    { panel: 'partners', build: partnerQueries(names) },
  ];
}
