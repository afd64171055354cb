import { AT_RISK_BUDGET_REMAINING } from '../slo';
import type { LocalizedText, PageId } from '../types';
import type { Amount } from './types';
import { METRIC } from '../metricNames';

export type RiskRule =
  /** A partner's rolling-month error budget is below this share. */
  | { kind: 'slaBudgetBelow'; threshold: number }
  /** A partner's calendar month, at the last day's pace, ends below its contract's target. */
  | { kind: 'slaMonthProjectedMiss' }
  /** The share of `bad` in `all` over `window`, per `by`, above `threshold`. */
  | { kind: 'shareAbove'; bad: Amount; all: Amount; by: string; window: string; threshold: number }
  /** As above, but `factor` times the same window a week earlier (when it has data) and at least `floor`. */
  | { kind: 'shareAboveUsual'; bad: Amount; all: Amount; by: string; window: string; factor: number; floor: number }
  /** A counter's increase over `window` is `factor` times a week earlier and at least `floor`. */
  | { kind: 'totalAboveUsual'; amount: Amount; by: string; window: string; factor: number; floor: number }
  /** A gauge is `factor` times its value a week earlier and at least `floor`. */
  | { kind: 'levelAboveUsual'; gauge: string; by: string; factor: number; floor: number }
  /**
   * A scheduled job is past the job_overdue health check's line on a deployment of the selection. `backlog` is what
   * came in since its last success and waits for it: KPIs that are totals, whose values `text` names by id.
   */
  | { kind: 'jobOverdue'; job: string; backlog: { kpis: string[]; text: LocalizedText } };

export interface RiskDef {
  id: string;
  /** Said when the risk is real; the label values that make it true are listed after it. */
  statement: LocalizedText;
  /** Said when it is not. */
  calm: LocalizedText;
  description: LocalizedText;
  /** The page whose panels show why. */
  evidence: PageId;
  rule: RiskRule;
  /** A risk that, while true, leaves this one unknown: no fraud holds because the check did not run is no news. */
  unknownWhile?: string;
}

/** Plain statements on the Business page that turn red when true. */
export const RISKS: RiskDef[] = [
  {
    id: 'sla_at_risk',
    statement: {
      en: 'A partner’s promise is at risk this month',
      pl: 'Obietnica dla partnera jest zagrożona w tym miesiącu',
    },
    calm: { en: 'Every partner’s promise is safe this month', pl: 'Obietnice dla wszystkich partnerów są bezpieczne' },
    description: {
      en: 'Red when a partner has used up more than three quarters of the slow or failed requests we may have in 30 days.',
      pl: 'Czerwone, gdy partner zużył ponad trzy czwarte wolnych lub nieudanych zapytań, na które możemy sobie pozwolić w 30 dni.',
    },
    evidence: 'partners',
    rule: { kind: 'slaBudgetBelow', threshold: AT_RISK_BUDGET_REMAINING },
  },
  {
    id: 'sla_month_missed',
    statement: {
      en: 'A partner’s month is set to miss its SLA',
      pl: 'Miesiąc partnera zmierza do niedotrzymania SLA',
    },
    calm: {
      en: 'Every partner’s month is on course for its SLA',
      pl: 'Miesiąc każdego partnera zmierza do dotrzymania SLA',
    },
    description: {
      en: 'Red when, at the last day’s pace, a partner’s calendar month ends below the share of good requests its contract promises; beside it, the service credit the month would cost.',
      pl: 'Czerwone, gdy w tempie ostatniej doby miesiąc kalendarzowy partnera kończy się poniżej udziału dobrych żądań z umowy; obok rabat, który ten miesiąc by kosztował.',
    },
    evidence: 'partners',
    rule: { kind: 'slaMonthProjectedMiss' },
  },
  {
    id: 'payments_failing',
    statement: {
      en: 'A way of paying fails more than usual',
      pl: 'Jedna z metod płatności zawodzi częściej niż zwykle',
    },
    calm: { en: 'Payments work as usual', pl: 'Płatności działają jak zwykle' },
    description: {
      en: 'Red when, in the last hour, a way of paying failed at least 15 times in 100 and twice as often as in the same hour last week (or, without last week’s data, just 15 times in 100).',
      pl: 'Czerwone, gdy w ostatniej godzinie metoda płatności zawiodła co najmniej 15 razy na 100 i dwa razy częściej niż tydzień temu o tej porze (a bez danych z zeszłego tygodnia po prostu 15 razy na 100).',
    },
    evidence: 'what-changed',
    rule: {
      kind: 'shareAboveUsual',
      bad: { metric: METRIC.shopPaymentsTotal, except: { outcome: 'success' } },
      all: { metric: METRIC.shopPaymentsTotal },
      by: 'method',
      window: '1h',
      factor: 2,
      floor: 0.15,
    },
  },
  {
    id: 'fraud_check_missed',
    statement: { en: 'The nightly fraud check did not run', pl: 'Nocna kontrola oszustw się nie odbyła' },
    calm: { en: 'The nightly fraud check ran', pl: 'Nocna kontrola oszustw się odbyła' },
    description: {
      en: 'Red when the night check has not finished for more than a day and two hours (as the FraudCheckNotFinished alert), with the orders paid since it last finished and their money: they leave unchecked.',
      pl: 'Czerwone, gdy nocna kontrola nie zakończyła się od ponad doby i dwóch godzin (jak alert FraudCheckNotFinished), z zamówieniami opłaconymi od jej ostatniego zakończenia i ich wartością: wyjadą bez kontroli.',
    },
    evidence: 'what-changed',
    rule: {
      kind: 'jobOverdue',
      job: 'fraud_check',
      backlog: {
        kpis: ['orders_paid', 'revenue'],
        text: {
          en: '{orders_paid} orders worth {revenue} leave unchecked',
          pl: 'bez kontroli wyjadą zamówienia: {orders_paid}, warte {revenue}',
        },
      },
    },
  },
  {
    id: 'fraud_above_normal',
    statement: {
      en: 'More orders held for fraud than usual',
      pl: 'Więcej zamówień wstrzymanych za oszustwo niż zwykle',
    },
    calm: { en: 'Fraud holds are normal', pl: 'Wstrzymań za oszustwo jest tyle co zwykle' },
    description: {
      en: 'Red when the night check held twice as many orders in the last day as on the same day last week (and at least 10).',
      pl: 'Czerwone, gdy nocna kontrola wstrzymała w ostatniej dobie dwa razy więcej zamówień niż tydzień temu (i co najmniej 10).',
    },
    evidence: 'business',
    rule: {
      kind: 'totalAboveUsual',
      amount: { metric: METRIC.shopFraudCheckedOrdersTotal, where: { verdict: 'held' } },
      by: 'tenant',
      window: '1d',
      factor: 2,
      floor: 10,
    },
    unknownWhile: 'fraud_check_missed',
  },
  {
    id: 'parcels_stuck',
    statement: { en: 'Parcels are stuck on the way', pl: 'Paczki utknęły w drodze' },
    calm: { en: 'Parcels move as usual', pl: 'Paczki jadą jak zwykle' },
    description: {
      en: 'Red when twice as many parcels have not moved for two days as a week ago (and at least 20).',
      pl: 'Czerwone, gdy paczek, które nie ruszyły się od dwóch dni, jest dwa razy więcej niż tydzień temu (i co najmniej 20).',
    },
    evidence: 'what-changed',
    rule: { kind: 'levelAboveUsual', gauge: METRIC.shopParcelsStuck, by: 'deployment', factor: 2, floor: 20 },
  },
  {
    id: 'emails_failing',
    statement: { en: 'E-mails to customers are failing', pl: 'E-maile do klientów nie dochodzą' },
    calm: { en: 'E-mails to customers arrive', pl: 'E-maile do klientów dochodzą' },
    description: {
      en: 'Red when more than 10 in 100 e-mails to customers (order confirmations, parcel notices) failed in the last 30 minutes.',
      pl: 'Czerwone, gdy w ostatnich 30 minutach nie doszło ponad 10 na 100 e-maili do klientów (potwierdzenia, powiadomienia o paczkach).',
    },
    evidence: 'what-changed',
    rule: {
      kind: 'shareAbove',
      bad: { metric: METRIC.shopEmailsSentTotal, except: { outcome: 'sent' } },
      all: { metric: METRIC.shopEmailsSentTotal },
      by: 'deployment',
      window: '30m',
      threshold: 0.1,
    },
  },
];

export function findRisk(id: string): RiskDef {
  const risk = RISKS.find((candidate) => candidate.id === id);
  if (!risk) {
    throw new Error(`No risk "${id}"`);
  }
  return risk;
}
