import { hashString } from '../random';
import { REQUESTS_PER_SESSION, type Tenant } from '../topology';
import type { Flows, ModelContext } from './context';
import type { HistogramHandle, Series } from './registry';
import { METRIC } from '../../src/catalog/metricNames';

type Method = 'card' | 'blik' | 'transfer';
type Outcome = 'success' | 'declined' | 'error' | 'timeout' | 'abandoned';

const METHOD_SHARE: Record<Method, number> = { card: 0.45, blik: 0.4, transfer: 0.15 };
const OUTCOMES: Record<Method, Record<Outcome, number>> = {
  card: { success: 0.92, declined: 0.05, error: 0.01, timeout: 0.005, abandoned: 0.015 },
  blik: { success: 0.95, declined: 0.01, error: 0.005, timeout: 0.01, abandoned: 0.025 },
  transfer: { success: 0.97, declined: 0.005, error: 0.005, timeout: 0.005, abandoned: 0.015 },
};
const DECLINE_REASONS: Record<Method, Record<string, number>> = {
  card: { insufficient_funds: 0.45, card_expired: 0.2, three_ds_failed: 0.25, limit_exceeded: 0.1 },
  blik: { code_expired: 0.5, rejected_by_user: 0.35, limit_exceeded: 0.15 },
  transfer: { bank_unavailable: 0.6, rejected_by_user: 0.4 },
};
const CONFIRMATION_MEDIAN: Record<Method, number> = { card: 6, blik: 12, transfer: 35 };
const THREE_DS = { frictionless: 0.7, challenge_passed: 0.24, challenge_failed: 0.04, not_enrolled: 0.02 };
/** The pages a shopper needs to find something to buy: when they fail or crawl, fewer carts are filled. */
const SHOPPING_ROUTES = ['/api/search', '/api/products'];
/** Carts lost per extra multiple of a shopping route's usual latency, on top of its failed requests. */
const CARTS_LOST_PER_SLOWDOWN = 0.06;
/** Even a broken catalogue leaves shoppers who come back to a product they already know. */
const MOST_CARTS_LOST = 0.5;

/** Where the dependency outage of a provider shows up. */
export const PROVIDER: Record<Method, string> = { card: 'card_gateway', blik: 'blik', transfer: 'transfer_provider' };

interface MethodSeries {
  started: Series;
  outcomes: Record<Outcome, Series>;
  paid: Series;
  revenue: Series;
  failedValue: Series;
  declines: Record<string, Series>;
  confirmation: HistogramHandle;
}

interface TenantSeries {
  tenant: Tenant;
  stream: number;
  counters: Record<string, Series>;
  methods: Record<Method, MethodSeries>;
  threeDs: Record<string, Series>;
  emails: Record<string, Record<string, Series>>;
}

const EMAIL_TEMPLATES = ['order_confirmation', 'parcel_ready', 'password_reset', 'newsletter'];
const SIMPLE_COUNTERS = [
  METRIC.shopSessionsTotal,
  METRIC.shopCartsCreatedTotal,
  METRIC.shopCheckoutsStartedTotal,
  METRIC.shopOrdersReturningCustomersTotal,
  METRIC.shopAccountsCreatedTotal,
  METRIC.shopShoppingListsCreatedTotal,
];

/** Customers' path from a visit to a paid order, with payments by method and the e-mails they trigger. */
export class CommerceModel {
  private readonly tenants: TenantSeries[];

  constructor(private readonly ctx: ModelContext) {
    const { registry } = ctx;
    this.tenants = ctx.tenants.map((tenant) => {
      const where = { tenant: tenant.id, deployment: tenant.deployment };
      const methods = Object.fromEntries(
        (Object.keys(METHOD_SHARE) as Method[]).map((method) => {
          const labels = { ...where, method };
          return [
            method,
            {
              started: registry.counter(METRIC.shopPaymentsStartedTotal, labels),
              outcomes: Object.fromEntries(
                (Object.keys(OUTCOMES[method]) as Outcome[]).map((outcome) => [
                  outcome,
                  registry.counter(METRIC.shopPaymentsTotal, { ...labels, outcome }),
                ])
              ),
              paid: registry.counter(METRIC.shopOrdersPaidTotal, labels),
              revenue: registry.counter(METRIC.shopRevenuePlnTotal, labels),
              failedValue: registry.counter(METRIC.shopPaymentFailedValuePlnTotal, labels),
              declines: Object.fromEntries(
                Object.keys(DECLINE_REASONS[method]).map((reason) => [
                  reason,
                  registry.counter(METRIC.shopPaymentDeclinesTotal, { ...labels, reason }),
                ])
              ),
              confirmation: registry.histogram(METRIC.shopPaymentConfirmationDurationSeconds, labels),
            },
          ];
        })
      ) as Record<Method, MethodSeries>;
      return {
        tenant,
        stream: hashString(`commerce/${tenant.id}`),
        counters: {
          ...Object.fromEntries(SIMPLE_COUNTERS.map((name) => [name, registry.counter(name, where)])),
          found: registry.counter(METRIC.shopProductSearchesTotal, { ...where, result: 'found' }),
          noResults: registry.counter(METRIC.shopProductSearchesTotal, { ...where, result: 'no_results' }),
        },
        methods,
        threeDs: Object.fromEntries(
          Object.keys(THREE_DS).map((result) => [
            result,
            registry.counter(METRIC.shopPayment3dsTotal, { ...where, result }),
          ])
        ),
        emails: Object.fromEntries(
          EMAIL_TEMPLATES.map((template) => [
            template,
            Object.fromEntries(
              ['sent', 'failed', 'bounced'].map((outcome) => [
                outcome,
                registry.counter(METRIC.shopEmailsSentTotal, { ...where, template, outcome }),
              ])
            ),
          ])
        ),
      };
    });
  }

  /** The share of carts a degraded search or product page costs the deployment at time t. */
  private cartsLost(deployment: string, t: number): number {
    const losses = this.ctx.scenario
      .active('route_degraded', t)
      .filter((incident) => incident.deployment === deployment && SHOPPING_ROUTES.includes(incident.route))
      .map((incident) => incident.errorRatio + CARTS_LOST_PER_SLOWDOWN * (incident.latencyFactor - 1));
    return Math.min(MOST_CARTS_LOST, Math.max(0, ...losses));
  }

  step(t: number, step: number, flows: Flows): void {
    const { noise, scenario } = this.ctx;
    for (const series of this.tenants) {
      const flow = flows.get(series.tenant.id)!;
      const s = series.stream;
      const sessions = noise.count(flow.requests / REQUESTS_PER_SESSION, s, step);
      const carts = noise.count(sessions * 0.12 * (1 - this.cartsLost(series.tenant.deployment, t)), s + 1, step);
      const checkouts = noise.count(carts * 0.34, s + 2, step);
      flow.sessions = sessions;
      series.counters[METRIC.shopSessionsTotal].value += sessions;
      series.counters.found.value += sessions * 2.3;
      series.counters.noResults.value += sessions * 0.2;
      series.counters[METRIC.shopCartsCreatedTotal].value += carts;
      series.counters[METRIC.shopCheckoutsStartedTotal].value += checkouts;
      series.counters[METRIC.shopAccountsCreatedTotal].value += noise.count(sessions * 0.006, s + 3, step);
      series.counters[METRIC.shopShoppingListsCreatedTotal].value += noise.count(sessions * 0.004, s + 4, step);

      let paidOrders = 0;
      let methodIndex = 0;
      for (const method of Object.keys(METHOD_SHARE) as Method[]) {
        methodIndex++;
        const m = series.methods[method];
        const started = noise.count(checkouts * 0.9 * METHOD_SHARE[method], s + 10 * methodIndex, step);
        const outage = scenario.active('dependency_outage', t).find((i) => i.dependency === PROVIDER[method]);
        const shares = { ...OUTCOMES[method] };
        if (outage) {
          shares.timeout = outage.timeoutRatio;
          shares.success = Math.max(0, OUTCOMES[method].success - outage.timeoutRatio);
        }
        const paid = noise.count(started * shares.success, s + 10 * methodIndex + 1, step);
        const value = series.tenant.orderValue * noise.jitter(s + 10 * methodIndex + 2, step, 0.15);
        m.started.value += started;
        m.outcomes.success.value += paid;
        m.paid.value += paid;
        m.revenue.value += paid * value;
        const failedShare = 1 - shares.success;
        let failed = 0;
        for (const outcome of ['declined', 'error', 'timeout', 'abandoned'] as const) {
          const count = ((started - paid) * shares[outcome]) / failedShare;
          m.outcomes[outcome].value += count;
          failed += count;
          if (outcome === 'declined') {
            Object.entries(DECLINE_REASONS[method]).forEach(
              ([reason, share]) => (m.declines[reason].value += count * share)
            );
          }
        }
        m.failedValue.value += failed * value;
        m.confirmation.observe(started, { median: CONFIRMATION_MEDIAN[method] * (outage ? 3 : 1), sigma: 0.6 });
        if (method === 'card') {
          Object.entries(THREE_DS).forEach(([result, share]) => (series.threeDs[result].value += started * share));
        }
        paidOrders += paid;
      }
      flow.paidOrders = paidOrders;
      series.counters[METRIC.shopOrdersReturningCustomersTotal].value += paidOrders * 0.4;
      this.sendEmails(series, flow, t, step);
    }
  }

  private sendEmails(
    series: TenantSeries,
    flow: Flows extends Map<string, infer F> ? F : never,
    t: number,
    step: number
  ): void {
    const consumerDown = this.ctx.scenario
      .active('consumer_down', t)
      .some((i) => i.deployment === series.tenant.deployment && i.queue === 'emails');
    const newsletter = step % 1440 === 600 ? flow.sessions * 40 : 0;
    const wanted = {
      order_confirmation: flow.paidOrders,
      parcel_ready: flow.paidOrders * 0.9,
      password_reset: flow.sessions * 0.002,
      newsletter,
    };
    flow.emailsQueued = Object.values(wanted).reduce((a, b) => a + b, 0);
    if (consumerDown) {
      return;
    }
    for (const [template, count] of Object.entries(wanted)) {
      series.emails[template].sent.value += count * 0.985;
      series.emails[template].failed.value += count * 0.005;
      series.emails[template].bounced.value += count * 0.01;
    }
  }
}
