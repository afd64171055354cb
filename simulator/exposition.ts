import type { Family, Series } from './model/registry';

/**
 * Enough digits for counters that grow by fractions, without the noise of full double precision. History, remote
 * write and scrapes all round alike: rounding never goes down as a counter goes up, so where two of them meet in one
 * series Prometheus never reads a lower value, which it would take for a counter reset.
 */
export function roundedValue(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function formatValue(value: number): string {
  return String(roundedValue(value));
}

/**
 * The family header. OpenMetrics wants counters named without `_total` and with it on the samples;
 * exporters' counters that lack the suffix (postgres_exporter) are declared `unknown`, as Prometheus itself would.
 */
export function familyHeader(family: Family, openMetrics: boolean): string {
  const { def } = family;
  let name: string = def.name;
  let type: string = def.type;
  if (openMetrics && def.type === 'counter') {
    if (name.endsWith('_total')) {
      name = name.slice(0, -'_total'.length);
    } else {
      type = 'unknown';
    }
  }
  return `# HELP ${name} ${def.help.en}\n# TYPE ${name} ${type}\n`;
}

/** The Prometheus text format of the values a scrape sees now (`valueOf`: NaN leaves a series out). */
export function renderText(families: Iterable<Family>, valueOf: (series: Series) => number): string {
  let out = '';
  for (const family of families) {
    out += familyHeader(family, false);
    for (const series of family.series) {
      const value = valueOf(series);
      if (!Number.isNaN(value)) {
        out += `${series.key} ${formatValue(value)}\n`;
      }
    }
  }
  return out;
}
