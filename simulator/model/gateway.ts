import { hashString } from '../random';
import { PEAK_REQUESTS_PER_SECOND, ROUTES } from '../topology';
import { type Flows, type ModelContext, STEP_SECONDS, seasonality } from './context';
import type { HistogramHandle, Series } from './registry';
import { METRIC } from '../../src/catalog/metricNames';

const CODES = ['2xx', '4xx', '5xx'] as const;
const NORMAL_ERROR_RATIO = { '4xx': 0.03, '5xx': 0.002 };
const SIGMA = 0.55;
const CACHE_SHARES = { hit: 0.85, miss: 0.1, expired: 0.04, bypass: 0.01 };

interface RouteSeries {
  route: (typeof ROUTES)[number];
  histograms: Record<(typeof CODES)[number], HistogramHandle>;
}

interface TenantSeries {
  stream: number;
  requests: Record<'2xx' | '3xx' | '4xx' | '5xx', Series>;
  routes: RouteSeries[];
  cache: Record<keyof typeof CACHE_SHARES, Series>;
}

/** The Nginx gateway: every customer request, its latency per route and status class, and its file cache. */
export class GatewayModel {
  private readonly tenants: Map<string, TenantSeries>;
  private readonly connections: Map<string, Record<string, Series>>;

  constructor(private readonly ctx: ModelContext) {
    const { registry } = ctx;
    this.tenants = new Map(
      ctx.tenants.map((tenant) => {
        const where = { tenant: tenant.id, deployment: tenant.deployment };
        const counter = (code: string) => registry.counter(METRIC.nginxVtsServerRequestsTotal, { ...where, code });
        return [
          tenant.id,
          {
            stream: hashString(`gateway/${tenant.id}`),
            requests: { '2xx': counter('2xx'), '3xx': counter('3xx'), '4xx': counter('4xx'), '5xx': counter('5xx') },
            routes: ROUTES.map((route) => ({
              route,
              histograms: Object.fromEntries(
                CODES.map((code) => [
                  code,
                  registry.histogram(METRIC.nginxVtsServerRequestDurationSeconds, {
                    ...where,
                    route: route.route,
                    code,
                  }),
                ])
              ) as RouteSeries['histograms'],
            })),
            cache: Object.fromEntries(
              Object.keys(CACHE_SHARES).map((status) => [
                status,
                registry.counter(METRIC.nginxVtsServerCacheTotal, { ...where, status }),
              ])
            ) as TenantSeries['cache'],
          },
        ];
      })
    );
    this.connections = new Map(
      [...new Set(ctx.tenants.map((t) => t.deployment))].map((deployment) => [
        deployment,
        Object.fromEntries(
          ['active', 'reading', 'writing', 'waiting'].map((status) => [
            status,
            registry.gauge(METRIC.nginxVtsMainConnections, { deployment, status }),
          ])
        ),
      ])
    );
  }

  step(t: number, step: number, flows: Flows): void {
    const { noise, scenario } = this.ctx;
    const busy = seasonality(t);
    const perDeployment = new Map<string, number>();
    for (const tenant of this.ctx.tenants) {
      const series = this.tenants.get(tenant.id)!;
      const requests =
        PEAK_REQUESTS_PER_SECOND * tenant.share * busy * STEP_SECONDS * noise.jitter(series.stream, step, 0.08);
      flows.get(tenant.id)!.requests = requests;
      perDeployment.set(tenant.deployment, (perDeployment.get(tenant.deployment) ?? 0) + requests / STEP_SECONDS);
      const cache = scenario.active('cache_degraded', t).find((i) => i.deployment === tenant.deployment);
      const redirects = requests * 0.02;
      series.requests['3xx'].value += redirects;
      for (const { route, histograms } of series.routes) {
        const degraded = scenario
          .active('route_degraded', t)
          .find((i) => i.deployment === tenant.deployment && i.route === route.route);
        const slowCache = route.route === '/static' && cache ? cache.latencyFactor : 1;
        const routeRequests = (requests - redirects) * route.share;
        const errors = {
          '4xx': NORMAL_ERROR_RATIO['4xx'],
          '5xx': degraded ? degraded.errorRatio : NORMAL_ERROR_RATIO['5xx'],
        };
        const median =
          route.median * (degraded?.latencyFactor ?? 1) * slowCache * noise.jitter(series.stream + 1, step, 0.05);
        for (const code of CODES) {
          const share = code === '2xx' ? 1 - errors['4xx'] - errors['5xx'] : errors[code];
          const count = routeRequests * share;
          // Errors are answered faster than work that succeeds, except time-outs under a degraded route.
          histograms[code].observe(count, { median: code === '4xx' ? median * 0.5 : median, sigma: SIGMA });
          series.requests[code].value += count;
        }
      }
      const cacheable = requests * 0.35;
      const hit = cache ? cache.hitRatio : CACHE_SHARES.hit;
      const missScale = (1 - hit) / (1 - CACHE_SHARES.hit);
      series.cache.hit.value += cacheable * hit;
      series.cache.miss.value += cacheable * CACHE_SHARES.miss * missScale;
      series.cache.expired.value += cacheable * CACHE_SHARES.expired * missScale;
      series.cache.bypass.value += cacheable * CACHE_SHARES.bypass * missScale;
    }
    for (const [deployment, rps] of perDeployment) {
      const gauges = this.connections.get(deployment)!;
      gauges.active.value = Math.round(rps * 4 + 20);
      gauges.reading.value = Math.round(rps * 0.2);
      gauges.writing.value = Math.round(rps * 0.6);
      gauges.waiting.value = Math.round(rps * 3.2 + 20);
    }
  }
}
