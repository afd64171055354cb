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
import { Registry } from './registry';
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

  /** Advances to the next scrape: the series then hold their values at `this.time`. */
  advance(): void {
    this.time += STEP_SECONDS;
    this.stepIndex++;
    const flows: Flows = new Map(
      this.ctx.tenants.map((tenant) => [tenant.id, { requests: 0, sessions: 0, paidOrders: 0, emailsQueued: 0 }])
    );
    for (const part of this.parts) {
      part.step(this.time, this.stepIndex, flows);
    }
  }
}
