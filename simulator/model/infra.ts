import { DEPENDENCIES } from '../../src/catalog/areas/dependencies';
import { QUEUES } from '../../src/catalog/areas/queue';
import { hashString } from '../random';
import { type Flows, type ModelContext, STEP_SECONDS } from './context';
import type { HistogramHandle, Series } from './registry';
import { METRIC } from '../../src/catalog/metricNames';

const GIB = 1024 ** 3;
const DEPENDENCY_MEDIAN: Record<string, number> = {
  card_gateway: 0.35,
  blik: 0.25,
  transfer_provider: 0.4,
  inpost_api: 0.3,
  blob_storage: 0.05,
  smtp: 0.2,
};
const NORMAL_CONSUMERS: Record<string, number> = {
  emails: 3,
  'parcel-status': 2,
  'fraud-check': 1,
  reports: 1,
  'order-events': 2,
};

interface DeploymentSeries {
  deployment: string;
  stream: number;
  pg: Record<string, Series>;
  disk: Record<string, { avail: Series; size: Series }>;
  es: Record<string, Series>;
  blobUsed: Series;
  queues: Record<string, { ready: Series; unacked: Series; consumers: Series; published: Series; backlog: number }>;
  dependencies: Record<string, { ok: Series; error: Series; timeout: Series; latency: HistogramHandle }>;
}

/** What the shop runs on and calls: database, disks, Elasticsearch, RabbitMQ, blob storage and outside providers. */
export class InfrastructureModel {
  private readonly deployments: DeploymentSeries[];

  constructor(
    private readonly ctx: ModelContext,
    private readonly start: number,
    private readonly inpostFailing: (deployment: string, t: number) => boolean
  ) {
    const { registry } = ctx;
    this.deployments = [...new Set(ctx.tenants.map((t) => t.deployment))].map((deployment) => {
      const db = { deployment, datname: 'shop' };
      const disk = (mountpoint: string, size: number) => ({
        avail: registry.gauge(METRIC.nodeFilesystemAvailBytes, { deployment, mountpoint }),
        size: registry.gauge(METRIC.nodeFilesystemSizeBytes, { deployment, mountpoint }, size),
      });
      return {
        deployment,
        stream: hashString(`infra/${deployment}`),
        pg: {
          up: registry.gauge(METRIC.pgUp, { deployment }, 1),
          backends: registry.gauge(METRIC.pgStatDatabaseNumbackends, db),
          max: registry.gauge(METRIC.pgSettingsMaxConnections, { deployment }, 200),
          commit: registry.counter(METRIC.pgStatDatabaseXactCommit, db),
          rollback: registry.counter(METRIC.pgStatDatabaseXactRollback, db),
          deadlocks: registry.counter(METRIC.pgStatDatabaseDeadlocks, db),
        },
        disk: { '/': disk('/', 100 * GIB), '/var/lib/postgresql': disk('/var/lib/postgresql', 500 * GIB) },
        es: {
          ...Object.fromEntries(
            ['green', 'yellow', 'red'].map((color) => [
              color,
              registry.gauge(
                METRIC.elasticsearchClusterHealthStatus,
                { deployment, cluster: 'shop-search', color },
                color === 'green' ? 1 : 0
              ),
            ])
          ),
          queries: registry.counter(METRIC.elasticsearchIndicesSearchQueryTotal, {
            deployment,
            cluster: 'shop-search',
          }),
          time: registry.counter(METRIC.elasticsearchIndicesSearchQueryTimeSeconds, {
            deployment,
            cluster: 'shop-search',
          }),
        },
        blobUsed: registry.gauge(METRIC.shopBlobStorageUsedBytes, { deployment }),
        queues: Object.fromEntries(
          QUEUES.map((queue) => {
            const labels = { deployment, vhost: '/', queue };
            return [
              queue,
              {
                ready: registry.gauge(METRIC.rabbitmqQueueMessagesReady, labels),
                unacked: registry.gauge(METRIC.rabbitmqQueueMessagesUnacked, labels),
                consumers: registry.gauge(METRIC.rabbitmqQueueConsumers, labels, NORMAL_CONSUMERS[queue]),
                published: registry.counter(METRIC.rabbitmqQueueMessagesPublishedTotal, labels),
                backlog: 0,
              },
            ];
          })
        ),
        dependencies: Object.fromEntries(
          DEPENDENCIES.map((dependency) => [
            dependency,
            {
              ok: registry.counter(METRIC.shopDependencyRequestsTotal, { deployment, dependency, outcome: 'ok' }),
              error: registry.counter(METRIC.shopDependencyRequestsTotal, { deployment, dependency, outcome: 'error' }),
              timeout: registry.counter(METRIC.shopDependencyRequestsTotal, {
                deployment,
                dependency,
                outcome: 'timeout',
              }),
              latency: registry.histogram(METRIC.shopDependencyRequestDurationSeconds, { deployment, dependency }),
            },
          ])
        ),
      };
    });
  }

  step(t: number, step: number, flows: Flows): void {
    const { noise, scenario } = this.ctx;
    const days = (t - this.start) / 86400;
    for (const d of this.deployments) {
      const tenants = this.ctx.tenants
        .filter((tenant) => tenant.deployment === d.deployment)
        .map((tenant) => flows.get(tenant.id)!);
      const total = (key: 'requests' | 'sessions' | 'paidOrders' | 'emailsQueued') =>
        tenants.reduce((sum, flow) => sum + flow[key], 0);
      const rps = total('requests') / STEP_SECONDS;
      d.pg.backends.value = Math.round(15 + rps * 0.6 * noise.jitter(d.stream, step, 0.1));
      d.pg.commit.value += total('requests') * 2;
      d.pg.rollback.value += total('requests') * 0.002;
      d.pg.deadlocks.value += noise.uniform(d.stream + 1, step) < 0.005 ? 1 : 0;
      d.disk['/'].avail.value = Math.round(62 * GIB - days * 0.05 * GIB);
      d.disk['/var/lib/postgresql'].avail.value = Math.round(230 * GIB - days * 1.2 * GIB);
      d.blobUsed.value = Math.round(1800 * GIB + days * 4 * GIB);
      const slowSearch = scenario
        .active('route_degraded', t)
        .find((i) => i.deployment === d.deployment && i.route === '/api/search');
      const searches = total('sessions') * 2.5;
      d.es.queries.value += searches;
      d.es.time.value += searches * 0.015 * (slowSearch ? slowSearch.latencyFactor : 1);
      this.stepQueues(d, t, step, total('emailsQueued'), total('paidOrders'));
      const calls: Record<string, number> = {
        card_gateway: total('paidOrders') * 0.45 * 2.5,
        blik: total('paidOrders') * 0.4 * 3,
        transfer_provider: total('paidOrders') * 0.15 * 2,
        inpost_api: 14 + total('paidOrders') * 0.5,
        blob_storage: total('requests') * 0.2 * 0.15,
        smtp: total('emailsQueued'),
      };
      for (const [dependency, count] of Object.entries(calls)) {
        const series = d.dependencies[dependency];
        const outage = scenario.active('dependency_outage', t).find((i) => i.dependency === dependency);
        const errorRatio = dependency === 'inpost_api' && this.inpostFailing(d.deployment, t) ? 0.6 : 0.002;
        const timeoutRatio = outage ? outage.timeoutRatio : 0.001;
        series.ok.value += count * (1 - errorRatio - timeoutRatio);
        series.error.value += count * errorRatio;
        series.timeout.value += count * timeoutRatio;
        series.latency.observe(count, {
          median: outage ? outage.latencySeconds : DEPENDENCY_MEDIAN[dependency],
          sigma: 0.5,
        });
      }
    }
  }

  private stepQueues(d: DeploymentSeries, t: number, step: number, emails: number, orders: number): void {
    const published: Record<string, number> = {
      emails,
      'parcel-status': orders * 4,
      'fraud-check': orders,
      reports: step % 1440 === 0 ? 1 : 0,
      'order-events': orders * 3,
    };
    for (const [queue, series] of Object.entries(d.queues)) {
      const down = this.ctx.scenario
        .active('consumer_down', t)
        .some((i) => i.deployment === d.deployment && i.queue === queue);
      series.published.value += published[queue];
      series.consumers.value = down ? 0 : NORMAL_CONSUMERS[queue];
      // A dead consumer lets the queue grow; after the restart it drains at a few times the normal pace.
      series.backlog = down
        ? series.backlog + published[queue]
        : Math.max(0, series.backlog - Math.max(published[queue] * 4, 50));
      series.ready.value = Math.round(
        series.backlog + (published[queue] / STEP_SECONDS) * 2 * this.ctx.noise.jitter(d.stream + 7, step, 0.5)
      );
      series.unacked.value = down
        ? 0
        : Math.round(NORMAL_CONSUMERS[queue] * 2 * this.ctx.noise.uniform(d.stream + 8, step));
    }
  }
}
