import { SERVICES } from '../../src/catalog/areas/platform';
import { FEATURE_FLAGS } from '../scenario/resolve';
import type { ModelContext } from './context';
import type { Series } from './registry';
import { METRIC } from '../../src/catalog/metricNames';

/** What runs where: build versions, configuration reloads, feature flags and certificates. */
export class PlatformModel {
  private readonly builds: Array<{ series: Series; from: number; until: number }> = [];
  private readonly reloads: Array<{ series: Series; service: string; deployment: string }> = [];
  private readonly flags: Array<{ series: Series; deployment: string; flag: string }> = [];

  constructor(
    private readonly ctx: ModelContext,
    private readonly start: number
  ) {
    const { registry, scenario } = ctx;
    for (const deployment of new Set(ctx.tenants.map((t) => t.deployment))) {
      for (const service of SERVICES) {
        const versions = scenario.versions(service, deployment);
        versions.forEach(({ version, from }, i) => {
          const series = registry.gauge(METRIC.shopBuildInfo, { deployment, service, version }, NaN);
          this.builds.push({ series, from, until: versions[i + 1]?.from ?? Infinity });
        });
        this.reloads.push({
          series: registry.gauge(METRIC.shopConfigLastReloadSuccessTimestampSeconds, { deployment, service }),
          service,
          deployment,
        });
      }
      for (const flag of FEATURE_FLAGS) {
        this.flags.push({
          series: registry.gauge(METRIC.shopFeatureFlagEnabled, { deployment, flag }),
          deployment,
          flag,
        });
      }
    }
    for (const tenant of ctx.tenants) {
      registry.gauge(
        METRIC.probeSslEarliestCertExpiry,
        { tenant: tenant.id, deployment: tenant.deployment, instance: `https://${tenant.id}.example` },
        scenario.certificateExpiry(tenant.id)
      );
    }
  }

  step(t: number): void {
    const { scenario } = this.ctx;
    // An old version's series disappears at the deploy, the new one appears: that change is what marks a deploy.
    this.builds.forEach((build) => (build.series.value = t >= build.from && t < build.until ? 1 : NaN));
    this.reloads.forEach(
      (r) => (r.series.value = scenario.lastConfigReload(r.service, r.deployment, t, this.start - 5 * 86400))
    );
    this.flags.forEach((f) => (f.series.value = scenario.flagEnabled(f.deployment, f.flag, t) ? 1 : 0));
  }
}
