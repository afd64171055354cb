import { worldAt } from '../../simulator/history';
import type { Series } from '../../simulator/model/registry';
import type { Amount } from '../../src/catalog/business';
import { FIXTURE } from '../stack/fixture';

/** Sums of the simulator's own counters over periods, stepping the model without Prometheus. */
export function modelTotals(amounts: Amount[], periods: Array<[number, number]>): number[][] {
  const first = Math.min(...periods.map(([from]) => from));
  const world = worldAt({ ...FIXTURE, scale: 1, start: first });
  const matches = (series: Series, amount: Amount) =>
    Object.entries(amount.where ?? {}).every(([label, value]) =>
      series.labels.some(([name, v]) => name === label && v === value)
    );
  const read = () =>
    amounts.map((amount) =>
      world.registry.families
        .get(amount.metric)!
        .series.filter((series) => matches(series, amount))
        .reduce((sum, series) => sum + (Number.isNaN(series.value) ? 0 : series.value), 0)
    );
  const times = new Set(periods.flat());
  const snapshots = new Map<number, number[]>();
  while (world.time < Math.max(...times)) {
    if (times.has(world.time)) {
      snapshots.set(world.time, read());
    }
    world.advance();
  }
  snapshots.set(world.time, read());
  return periods.map(([from, to]) => snapshots.get(to)!.map((value, i) => value - snapshots.get(from)![i]));
}
