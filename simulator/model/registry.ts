import { findMetric, type MetricDef } from '../../src/catalog';
import { escapeString } from '../../src/queries/escape';
import { cdf, mean, type LogNormal } from '../distribution';

/** One exposed series; `value` is NaN while the series does not exist (e.g. an old build's version). */
export interface Series {
  index: number;
  /** Full sample name with its labels, as it appears in the exposition: `name{a="b"}`. */
  key: string;
  /** The labels, `__name__` included, sorted by name as remote write wants them. */
  labels: Array<[string, string]>;
  value: number;
  /** Counters and histogram parts: they only grow, and start again from zero when the process restarts. */
  cumulative: boolean;
  /** What the series had counted when its process last restarted; it exposes `value - offset`. */
  offset: number;
  deployment?: string;
}

export interface Family {
  def: MetricDef;
  series: Series[];
}

// The exposition format escapes label values exactly as PromQL strings do.
function labelText(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([name, value]) => `${name}="${escapeString(value)}"`)
    .join(',');
}

function sortedLabels(name: string, labels: Record<string, string>): Array<[string, string]> {
  return Object.entries({ __name__: name, ...labels }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export class HistogramHandle {
  constructor(
    private readonly buckets: Series[],
    private readonly bounds: number[],
    private readonly sum: Series,
    private readonly count: Series
  ) {}

  /** Adds `count` observations drawn from `distribution`: each bucket grows by its cumulative share. */
  observe(count: number, distribution: LogNormal): void {
    if (count <= 0) {
      return;
    }
    this.bounds.forEach((bound, i) => (this.buckets[i].value += count * cdf(distribution, bound)));
    this.count.value += count;
    this.sum.value += count * mean(distribution);
  }
}

/** Every series the simulator emits, grouped by metric family in catalog order. */
export class Registry {
  readonly families = new Map<string, Family>();
  readonly all: Series[] = [];

  private add(def: MetricDef, name: string, labels: Record<string, string>, initial: number): Series {
    let family = this.families.get(def.name);
    if (!family) {
      family = { def, series: [] };
      this.families.set(def.name, family);
    }
    const series: Series = {
      index: this.all.length,
      key: `${name}{${labelText(labels)}}`,
      labels: sortedLabels(name, labels),
      value: initial,
      cumulative: def.type !== 'gauge',
      offset: 0,
      deployment: labels.deployment,
    };
    family.series.push(series);
    this.all.push(series);
    return series;
  }

  private def(name: string, type: MetricDef['type']): MetricDef {
    const def = findMetric(name);
    if (!def || def.type !== type) {
      throw new Error(`${name} is not a ${type} of the metric contract`);
    }
    return def;
  }

  counter(name: string, labels: Record<string, string>): Series {
    return this.add(this.def(name, 'counter'), name, labels, 0);
  }

  gauge(name: string, labels: Record<string, string>, initial = 0): Series {
    return this.add(this.def(name, 'gauge'), name, labels, initial);
  }

  histogram(name: string, labels: Record<string, string>): HistogramHandle {
    const def = this.def(name, 'histogram');
    const bounds = [...(def.buckets ?? []), Infinity];
    const buckets = bounds.map((bound) =>
      this.add(def, `${name}_bucket`, { ...labels, le: bound === Infinity ? '+Inf' : String(bound) }, 0)
    );
    const sum = this.add(def, `${name}_sum`, labels, 0);
    const count = this.add(def, `${name}_count`, labels, 0);
    return new HistogramHandle(buckets, bounds, sum, count);
  }
}
