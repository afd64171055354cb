/** The demo shop's layout: four partners on three deployments (dep-b hosts two). */
export interface Tenant {
  id: string;
  deployment: string;
  /** Share of the shop's traffic. */
  share: number;
  /** Average paid order value, PLN. */
  orderValue: number;
}

export const DEPLOYMENTS = ['dep-a', 'dep-b', 'dep-c'];

const BASE_TENANTS: Tenant[] = [
  { id: 'kwiatex', deployment: 'dep-a', share: 0.2, orderValue: 145 },
  { id: 'sportowo', deployment: 'dep-b', share: 0.35, orderValue: 210 },
  { id: 'bobasek', deployment: 'dep-b', share: 0.15, orderValue: 120 },
  { id: 'techmania', deployment: 'dep-c', share: 0.3, orderValue: 390 },
];

/** Gateway routes with their share of requests and median latency in seconds. */
export const ROUTES = [
  { route: '/api/search', share: 0.3, median: 0.06 },
  { route: '/api/products', share: 0.3, median: 0.05 },
  { route: '/api/cart', share: 0.15, median: 0.07 },
  { route: '/api/checkout', share: 0.05, median: 0.11 },
  { route: '/static', share: 0.2, median: 0.02 },
];

/** `--scale N` repeats every partner N times (kwiatex, kwiatex-2, ...) to multiply cardinality for benchmarks. */
export function tenantsAtScale(scale: number): Tenant[] {
  const tenants: Tenant[] = [];
  for (let copy = 1; copy <= scale; copy++) {
    for (const tenant of BASE_TENANTS) {
      tenants.push({ ...tenant, id: copy === 1 ? tenant.id : `${tenant.id}-${copy}`, share: tenant.share / scale });
    }
  }
  return tenants;
}

/** Requests per second at the gateway for the whole shop at the evening peak. */
export const PEAK_REQUESTS_PER_SECOND = 120;
/** Gateway requests a visit makes. */
export const REQUESTS_PER_SESSION = 25;
