import type { AlertCondition, AlertDef } from '../catalog/alerts';
import { CONTRACTS, type Contracts, contractOf, errorBudgetOf } from '../catalog/contracts';
import { BUDGET_WINDOW, type SloWindow, slaRecord } from '../catalog/slo';
import { conditionExpr } from './alerts';
import { perContract } from './perContract';
import { CONTRACT_LABELS, type LabelNames, type Matcher, selector } from './selector';

/** Which contracts an SLA alert judges by, and which ones the Prometheus recording rules it reads were made with. */
export interface SlaAlertScope {
  /** The contracts to judge by: those saved on the configuration page. */
  contracts?: Contracts;
  /** The contracts the recording rules divided their burn rates and budgets by: the catalog's, which ship as rules/. */
  recordedWith?: Contracts;
  names?: LabelNames;
}

/** Whether every partner's budget is the one the recorded burn rates and budgets were divided by. */
export function sameBudgets(contracts: Contracts, recordedWith: Contracts = CONTRACTS): boolean {
  const partners = new Set([...Object.keys(contracts), ...Object.keys(recordedWith)]);
  return [...partners].every(
    (partner) => errorBudgetOf(contractOf(partner, contracts)) === errorBudgetOf(contractOf(partner, recordedWith))
  );
}

type BudgetCondition = Extract<AlertCondition, { kind: 'burnRate' | 'budgetExhausted' }>;

const readsBudget = (condition: AlertCondition): condition is BudgetCondition =>
  condition.kind === 'burnRate' || condition.kind === 'budgetExhausted';

/** One budget's part of an SLA alert: the recorded error ratios (which no target enters) over that budget. */
function overBudget(condition: BudgetCondition, budget: number, partners: Matcher[], names: LabelNames): string {
  const burnRate = (window: SloWindow) => `${selector(slaRecord.errorRatio(window), partners, names)} / ${budget}`;
  if (condition.kind === 'budgetExhausted') {
    return `(1 - ${burnRate(BUDGET_WINDOW)} <= 0)`;
  }
  const { long, short, factor } = condition;
  return `(${burnRate(long)} > ${factor} and ${burnRate(short)} > ${factor})`;
}

/**
 * An alert's PromQL, judging each partner by its contract in `contracts`. While every partner's budget is the one
 * the recording rules were made with, it is the catalog's expression itself (`alertExpr`), reading the recorded
 * burn rates and budget. Otherwise an SLA alert reads the error ratios instead, divided by each partner's own budget,
 * so a target saved on the configuration page takes effect without new recording rules. The threshold stays the
 * one the rules were made with: only they can tell a good request from a slow one.
 */
export function alertExprForContracts(alert: AlertDef, scope: SlaAlertScope = {}): string {
  const { contracts = CONTRACTS, recordedWith = CONTRACTS, names = CONTRACT_LABELS } = scope;
  const { condition } = alert;
  if (!readsBudget(condition) || sameBudgets(contracts, recordedWith)) {
    return conditionExpr(condition);
  }
  return perContract(errorBudgetOf, (budget, partners) => overBudget(condition, budget, partners, names), contracts);
}
