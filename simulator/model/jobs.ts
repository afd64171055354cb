import { JOBS } from '../../src/catalog/areas/jobs';
import { hashString } from '../random';
import { warsawTime } from '../time';
import type { Flows, ModelContext } from './context';
import type { Series } from './registry';
import { METRIC } from '../../src/catalog/metricNames';

interface Schedule {
  /** Minutes between runs, or the local time of a nightly run in minutes after midnight. */
  everyMinutes?: number;
  dailyAtMinute?: number;
  durationSeconds: number;
}

/** When each job runs, Warsaw time. The fraud check must finish before parcels are handed over in the morning. */
export const SCHEDULES: Record<string, Schedule> = {
  send_emails: { everyMinutes: 5, durationSeconds: 20 },
  inpost_status_sync: { everyMinutes: 15, durationSeconds: 45 },
  fraud_check: { dailyAtMinute: 60, durationSeconds: 40 * 60 },
  backup: { dailyAtMinute: 120, durationSeconds: 30 * 60 },
  index_maintenance: { dailyAtMinute: 180, durationSeconds: 20 * 60 },
  daily_report: { dailyAtMinute: 360, durationSeconds: 90 },
};

interface JobSeries {
  job: string;
  deployment: string;
  success: Series;
  failure: Series;
  lastSuccess: Series;
  lastRun: Series;
  lastDuration: Series;
  items: Series;
  /** A run that started and has not finished yet. */
  running?: { start: number; end: number; failed: boolean };
  stream: number;
}

/** Background jobs: scheduled runs, their outcome and timestamps; the nightly fraud check's verdicts too. */
export class JobsModel {
  private readonly jobs: JobSeries[] = [];
  private readonly fraud: Map<
    string,
    { checked: Record<string, Series>; heldValue: Series; ordersSinceCheck: number; orderValue: number }
  >;

  constructor(
    private readonly ctx: ModelContext,
    start: number
  ) {
    const { registry } = ctx;
    for (const deployment of new Set(ctx.tenants.map((t) => t.deployment))) {
      for (const job of JOBS) {
        const labels = { deployment, job };
        const interval = SCHEDULES[job].everyMinutes ? SCHEDULES[job].everyMinutes! * 60 : 86400;
        this.jobs.push({
          job,
          deployment,
          success: registry.counter(METRIC.shopJobRunsTotal, { ...labels, outcome: 'success' }),
          failure: registry.counter(METRIC.shopJobRunsTotal, { ...labels, outcome: 'failure' }),
          lastSuccess: registry.gauge(METRIC.shopJobLastSuccessTimestampSeconds, labels, start - interval),
          lastRun: registry.gauge(METRIC.shopJobLastRunTimestampSeconds, labels, start - interval),
          lastDuration: registry.gauge(METRIC.shopJobLastDurationSeconds, labels, SCHEDULES[job].durationSeconds),
          items: registry.counter(METRIC.shopJobItemsProcessedTotal, labels),
          stream: hashString(`job/${deployment}/${job}`),
        });
      }
    }
    this.fraud = new Map(
      ctx.tenants.map((tenant) => {
        const where = { tenant: tenant.id, deployment: tenant.deployment };
        return [
          tenant.id,
          {
            checked: {
              cleared: registry.counter(METRIC.shopFraudCheckedOrdersTotal, { ...where, verdict: 'cleared' }),
              held: registry.counter(METRIC.shopFraudCheckedOrdersTotal, { ...where, verdict: 'held' }),
            },
            heldValue: registry.counter(METRIC.shopFraudHeldValuePlnTotal, where),
            ordersSinceCheck: 0,
            orderValue: tenant.orderValue,
          },
        ];
      })
    );
  }

  /** True when job on deployment is failing at t (the InPost sync stall shows up in the InPost API calls too). */
  failing(job: string, deployment: string, t: number): boolean {
    return this.ctx.scenario
      .active('job_failing', t)
      .some((i) => i.job === job && (!i.deployment || i.deployment === deployment));
  }

  step(t: number, step: number, flows: Flows): void {
    for (const tenant of this.ctx.tenants) {
      this.fraud.get(tenant.id)!.ordersSinceCheck += flows.get(tenant.id)!.paidOrders;
    }
    const { hour } = warsawTime(t);
    const minuteOfDay = Math.round(hour * 60);
    for (const job of this.jobs) {
      this.finishRun(job, t, step);
      const schedule = SCHEDULES[job.job];
      const due = schedule.everyMinutes
        ? minuteOfDay % schedule.everyMinutes === 0
        : minuteOfDay === schedule.dailyAtMinute;
      const skipped = this.ctx.scenario
        .active('job_skipped', t)
        .some((i) => i.job === job.job && (!i.deployment || i.deployment === job.deployment));
      if (due && !skipped && !job.running) {
        const failed = this.failing(job.job, job.deployment, t);
        const duration = (failed ? 0.25 : 1) * schedule.durationSeconds * this.ctx.noise.jitter(job.stream, step, 0.15);
        job.running = { start: t, end: t + duration, failed };
        job.lastRun.value = t;
        this.finishRun(job, t, step);
      }
    }
  }

  private finishRun(job: JobSeries, t: number, step: number): void {
    const run = job.running;
    if (!run || run.end > t + 60) {
      return;
    }
    job.running = undefined;
    job.lastDuration.value = Math.round(run.end - run.start);
    if (run.failed) {
      job.failure.value += 1;
      return;
    }
    job.success.value += 1;
    job.lastSuccess.value = Math.round(run.end);
    job.items.value +=
      job.job === 'fraud_check'
        ? this.checkFraud(job.deployment, step)
        : this.ctx.noise.count(job.job === 'index_maintenance' ? 42 : 150, job.stream, step);
  }

  private checkFraud(deployment: string, step: number): number {
    let checkedOrders = 0;
    for (const tenant of this.ctx.tenants.filter((t) => t.deployment === deployment)) {
      const fraud = this.fraud.get(tenant.id)!;
      const held = this.ctx.noise.count(fraud.ordersSinceCheck * 0.008, hashString(`fraud/${tenant.id}`), step);
      fraud.checked.held.value += held;
      fraud.checked.cleared.value += fraud.ordersSinceCheck - held;
      fraud.heldValue.value += held * fraud.orderValue * 1.6;
      checkedOrders += fraud.ordersSinceCheck;
      fraud.ordersSinceCheck = 0;
    }
    return checkedOrders;
  }
}
