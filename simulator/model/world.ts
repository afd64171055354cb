import { Noise } from '../random';
import type { ResolvedScenario } from '../scenario/resolve';
import { tenantsAtScale } from '../topology';
import { CommerceModel } from './commerce';
import { type Flows, type ModelContext, STEP_SECONDS } from './context';
import { GatewayModel } from './gateway';
import { InfrastructureModel } from './infra';
import { JobsModel } from './jobs';
import { ParcelsModel } from './parcels';
import { PlatformModel } from './platform';
import { Registry, type Series } from './registry';
import { ServicesModel } from './services';

export interface WorldOptions {
  seed: number;
  scenario: ResolvedScenario;
  scale: number;
  /** Unix seconds where the simulation begins; counters start at zero here. */
  start: number;
}

/** The whole shop, advanced one scrape interval at a time; the same options always give the same series. */
export class World {
  readonly registry = new Registry();
  private readonly ctx: ModelContext;
  private readonly parts: Array<{ step(t: number, step: number, flows: Flows): void }>;
  private stepIndex = 0;
  /** Deployments Prometheus cannot scrape at `time` (`all` for every series), from the scenario's scrape gaps. */
  private unscraped = new Set<string>();
  /** Scraping paused on command (the live simulator's SIGUSR1): nothing is exposed. */
  paused = false;
  time: number;

  constructor(options: WorldOptions) {
    this.ctx = {
      registry: this.registry,
      noise: new Noise(options.seed),
      scenario: options.scenario,
      tenants: tenantsAtScale(options.scale),
    };
    this.time = options.start;
    const jobs = new JobsModel(this.ctx, options.start);
    const inpostFailing = (deployment: string, t: number) => jobs.failing('inpost_status_sync', deployment, t);
    const platform = new PlatformModel(this.ctx, options.start);
    this.parts = [
      new GatewayModel(this.ctx),
      new CommerceModel(this.ctx),
      new ServicesModel(this.ctx),
      new ParcelsModel(this.ctx, inpostFailing),
      jobs,
      new InfrastructureModel(this.ctx, options.start, inpostFailing),
      { step: (t: number) => platform.step(t) },
    ];
  }

  /** Scenario changes (deploys, config, flags) with from < time <= to. */
  scenarioEvents(from: number, to: number) {
    return this.ctx.scenario.events.filter((event) => event.time > from && event.time <= to);
  }

  /**
   * The shop's processes restart, as after a crash or a stop: every counter and histogram of `deployment` (of the
   * whole shop when none is named) starts again from zero. Gauges keep their values.
   */
  restart(deployment?: string): void {
    for (const series of this.registry.all) {
      if (series.cumulative && (deployment === undefined || series.deployment === deployment)) {
        series.offset = series.value;
      }
    }
  }

  /** A series' value as Prometheus would scrape it now: since its process's last restart, NaN when not scraped. */
  exposed(series: Series): number {
    const gap = this.paused || this.unscraped.has('all') || this.unscraped.has(series.deployment ?? '');
    return gap ? NaN : series.value - series.offset;
  }

  /** Advances to the next scrape: the series then hold their values at `this.time`. */
  advance(): void {
    for (const restart of this.ctx.scenario.restarts) {
      if (restart.time > this.time && restart.time <= this.time + STEP_SECONDS) {
        (restart.deployments.length ? restart.deployments : [undefined]).forEach((d) => this.restart(d));
      }
    }
    this.time += STEP_SECONDS;
    this.stepIndex++;
    this.unscraped = new Set(this.ctx.scenario.active('scrape_gap', this.time).map((gap) => gap.deployment ?? 'all'));
    const flows: Flows = new Map(
      this.ctx.tenants.map((tenant) => [tenant.id, { requests: 0, sessions: 0, paidOrders: 0, emailsQueued: 0 }])
    );
    for (const part of this.parts) {
      part.step(this.time, this.stepIndex, flows);
    }
  }
}
