import { PARCEL_STATUSES } from '../../src/catalog/areas/parcels';
import type { Flows, ModelContext } from './context';
import type { HistogramHandle, Series } from './registry';
import { METRIC } from '../../src/catalog/metricNames';

const HOUR_STEPS = 60;
/** Hours after payment at which a parcel reaches each status (created after the night's fraud check). */
const LAG_HOURS: Record<string, number> = {
  created: 8,
  dispatched: 14,
  in_transit: 20,
  ready_for_pickup: 30,
  delivered: 44,
};
const RETURNED_SHARE = 0.01;
const HELD_BY_FRAUD = 0.008;
const BUFFER = 48 * HOUR_STEPS;

interface TenantSeries {
  deployment: string;
  /** Paid orders of the last 48 hours, one slot per step. */
  paid: Float64Array;
  changes: Record<string, Series>;
  inStatus: Record<string, Series>;
  created: Series;
  stuck: Series;
  toLocker: HistogramHandle;
  /** Status changes InPost made while our status sync was down; they arrive when it recovers. */
  unseen: Record<string, number>;
  cumulative: Record<string, number>;
}

/** Parcels to InPost lockers: each paid order moves through the statuses over a day or two. */
export class ParcelsModel {
  private readonly tenants = new Map<string, TenantSeries>();

  constructor(
    ctx: ModelContext,
    private readonly syncFailing: (deployment: string, t: number) => boolean
  ) {
    const { registry } = ctx;
    for (const tenant of ctx.tenants) {
      const where = { tenant: tenant.id, deployment: tenant.deployment };
      const byStatus = (name: string) =>
        Object.fromEntries(PARCEL_STATUSES.map((status) => [status, registry.counter(name, { ...where, status })]));
      this.tenants.set(tenant.id, {
        deployment: tenant.deployment,
        paid: new Float64Array(BUFFER),
        changes: byStatus(METRIC.shopParcelStatusChangesTotal),
        inStatus: Object.fromEntries(
          PARCEL_STATUSES.map((status) => [status, registry.gauge(METRIC.shopParcelsInStatus, { ...where, status })])
        ),
        created: registry.counter(METRIC.shopParcelsCreatedTotal, where),
        stuck: registry.gauge(METRIC.shopParcelsStuck, where),
        toLocker: registry.histogram(METRIC.shopParcelPaymentToLockerSeconds, where),
        unseen: Object.fromEntries(PARCEL_STATUSES.map((s) => [s, 0])),
        cumulative: Object.fromEntries(PARCEL_STATUSES.map((s) => [s, 0])),
      });
    }
  }

  step(t: number, step: number, flows: Flows): void {
    for (const [id, series] of this.tenants) {
      series.paid[step % BUFFER] = flows.get(id)!.paidOrders * (1 - HELD_BY_FRAUD);
      const lagged = (hours: number) => series.paid[(step - hours * HOUR_STEPS + BUFFER * 4) % BUFFER];
      const moved: Record<string, number> = Object.fromEntries(
        Object.entries(LAG_HOURS).map(([status, hours]) => [status, lagged(hours)])
      );
      moved.returned = lagged(LAG_HOURS.delivered) * RETURNED_SHARE;
      moved.delivered *= 1 - RETURNED_SHARE;
      const stalled = this.syncFailing(series.deployment, t);
      for (const status of PARCEL_STATUSES) {
        // Parcels are created by us; every later status is learnt from InPost by the status sync.
        if (stalled && status !== 'created') {
          series.unseen[status] += moved[status];
          continue;
        }
        const seen = moved[status] + series.unseen[status];
        series.unseen[status] = 0;
        series.changes[status].value += seen;
        series.cumulative[status] += seen;
        if (status === 'created') {
          series.created.value += seen;
        }
        if (status === 'ready_for_pickup') {
          series.toLocker.observe(seen, { median: LAG_HOURS.ready_for_pickup * 3600, sigma: 0.25 });
        }
      }
      const c = series.cumulative;
      const inStatus: Record<string, number> = {
        created: c.created - c.dispatched,
        dispatched: c.dispatched - c.in_transit,
        in_transit: c.in_transit - c.ready_for_pickup,
        ready_for_pickup: c.ready_for_pickup - c.delivered - c.returned,
        delivered: c.delivered,
        returned: c.returned,
      };
      PARCEL_STATUSES.forEach((status) => (series.inStatus[status].value = Math.max(0, Math.round(inStatus[status]))));
      series.stuck.value = Math.round(inStatus.in_transit * 0.004 + inStatus.ready_for_pickup * 0.01);
    }
  }
}
