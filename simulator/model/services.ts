import { hashString } from '../random';
import { ROUTES } from '../topology';
import type { Flows, ModelContext } from './context';
import type { HistogramHandle, Series } from './registry';
import { METRIC } from '../../src/catalog/metricNames';

// The back end's routes behind the gateway's /api routes, with the method they are called with.
// `failure` is the status code its failed requests get; routes that rarely fail expose only 200 to keep cardinality low.
const BACKEND_ROUTES = [
  { service: 'backend', method: 'GET', route: '/api/search', gateway: '/api/search', failure: '500' },
  { service: 'backend', method: 'GET', route: '/api/products/{id}', gateway: '/api/products', failure: undefined },
  { service: 'backend', method: 'POST', route: '/api/cart', gateway: '/api/cart', failure: undefined },
  { service: 'backend', method: 'POST', route: '/api/checkout', gateway: '/api/checkout', failure: '500' },
  { service: 'management', method: 'PATCH', route: '/orders/{id}', gateway: undefined, failure: undefined },
  { service: 'files', method: 'GET', route: '/files/{path}', gateway: '/static', failure: '404' },
];
const PAGES = ['home', 'product', 'cart', 'checkout'];
const VITALS_PAGES = ['home', 'checkout'];
const STAFF_ACTIONS = { change_address: 0.01, cancel: 0.006, refund: 0.004, resend_parcel: 0.002 };

interface RouteSeries {
  spec: (typeof BACKEND_ROUTES)[number];
  ok: HistogramHandle;
  failed?: HistogramHandle;
}

interface TenantSeries {
  stream: number;
  routes: RouteSeries[];
  active: Record<string, Series>;
  pageViews: Record<string, Series>;
  pageErrors: Record<string, Series>;
  vitals: Array<{ lcp: HistogramHandle; inp: HistogramHandle; cls: HistogramHandle }>;
  files: Record<string, Series>;
  staff: Record<string, Series>;
}

/** The shop's own services behind the gateway: REST back end, management system, file service, and the browsers' view. */
export class ServicesModel {
  private readonly tenants = new Map<string, TenantSeries>();

  constructor(private readonly ctx: ModelContext) {
    const { registry } = ctx;
    for (const tenant of ctx.tenants) {
      const where = { tenant: tenant.id, deployment: tenant.deployment };
      const http = (spec: RouteSeries['spec'], code: string) =>
        registry.histogram(METRIC.httpServerRequestDurationSeconds, {
          ...where,
          service: spec.service,
          http_request_method: spec.method,
          http_route: spec.route,
          http_response_status_code: code,
        });
      const byPage = (name: string) =>
        Object.fromEntries(PAGES.map((page) => [page, registry.counter(name, { ...where, page })]));
      this.tenants.set(tenant.id, {
        stream: hashString(`services/${tenant.id}`),
        routes: BACKEND_ROUTES.map((spec) => ({
          spec,
          ok: http(spec, '200'),
          failed: spec.failure ? http(spec, spec.failure) : undefined,
        })),
        active: Object.fromEntries(
          ['backend', 'management', 'files'].map((service) => [
            service,
            registry.gauge(METRIC.httpServerActiveRequests, { ...where, service }),
          ])
        ),
        pageViews: byPage(METRIC.shopFrontendPageViewsTotal),
        pageErrors: byPage(METRIC.shopFrontendPageErrorsTotal),
        vitals: VITALS_PAGES.map((page) => ({
          lcp: registry.histogram(METRIC.shopFrontendLcpSeconds, { ...where, page }),
          inp: registry.histogram(METRIC.shopFrontendInpSeconds, { ...where, page }),
          cls: registry.histogram(METRIC.shopFrontendCls, { ...where, page }),
        })),
        files: Object.fromEntries(
          ['ok', 'not_found', 'error'].map((outcome) => [
            outcome,
            registry.counter(METRIC.shopFilesServedTotal, { ...where, outcome }),
          ])
        ),
        staff: Object.fromEntries(
          Object.keys(STAFF_ACTIONS).map((action) => [
            action,
            registry.counter(METRIC.shopStaffOrderChangesTotal, { ...where, action }),
          ])
        ),
      });
    }
  }

  step(t: number, step: number, flows: Flows): void {
    const { scenario, noise } = this.ctx;
    for (const tenant of this.ctx.tenants) {
      const series = this.tenants.get(tenant.id)!;
      const flow = flows.get(tenant.id)!;
      const active: Record<string, number> = { backend: 0, management: 0, files: 0 };
      for (const { spec, ok, failed } of series.routes) {
        const gatewayRoute = ROUTES.find((r) => r.route === spec.gateway);
        const requests = gatewayRoute ? flow.requests * gatewayRoute.share : flow.paidOrders * 0.3;
        const degraded = scenario
          .active('route_degraded', t)
          .find((i) => i.deployment === tenant.deployment && i.route === spec.gateway);
        const errorRatio = !failed ? 0 : degraded ? degraded.errorRatio : 0.003;
        const median = (gatewayRoute?.median ?? 0.08) * 0.85 * (degraded?.latencyFactor ?? 1);
        ok.observe(requests * (1 - errorRatio), { median, sigma: 0.55 });
        failed?.observe(requests * errorRatio, { median: median * 1.5, sigma: 0.7 });
        active[spec.service] += (requests / 60) * median;
      }
      Object.entries(active).forEach(
        ([service, value]) => (series.active[service].value = Math.round(value + noise.uniform(series.stream, step)))
      );
      const views = flow.sessions * 6;
      PAGES.forEach((page, i) => {
        const pageViews = views * [0.35, 0.4, 0.15, 0.1][i];
        series.pageViews[page].value += pageViews;
        series.pageErrors[page].value += pageViews * (page === 'checkout' ? 0.002 : 0.0008);
      });
      series.vitals.forEach((vital, i) => {
        const sampled = views * 0.1 * (i === 0 ? 0.35 : 0.1);
        vital.lcp.observe(sampled, { median: i === 0 ? 1.6 : 2.1, sigma: 0.45 });
        vital.inp.observe(sampled, { median: 0.12, sigma: 0.5 });
        vital.cls.observe(sampled, { median: 0.04, sigma: 0.8 });
      });
      const files = flow.requests * 0.2;
      series.files.ok.value += files * 0.995;
      series.files.not_found.value += files * 0.004;
      series.files.error.value += files * 0.001;
      Object.entries(STAFF_ACTIONS).forEach(
        ([action, share]) => (series.staff[action].value += flow.paidOrders * share)
      );
    }
  }
}
