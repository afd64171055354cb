/** @jest-environment node */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHistory } from './history';

const END = Date.parse('2026-11-24T19:00:00Z') / 1000;

describe('history', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shoppulse-history-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, seed: number) => {
    const summary = writeHistory({
      seed,
      scenarioFile: 'simulator/scenarios/default.yaml',
      days: 1 / 12,
      end: END,
      scale: 1,
      out: join(dir, name),
    });
    return { summary, text: summary.files.map((file) => readFileSync(file, 'utf8')).join('') };
  };

  it('writes the same samples for the same seed and scenario, and others for another seed', () => {
    const first = write('a', 42);
    const again = write('b', 42);
    const other = write('c', 7);
    expect(again.text).toBe(first.text);
    expect(other.text).not.toBe(first.text);
  });

  it('writes OpenMetrics that promtool can import: families whole, seconds timestamps, # EOF last', () => {
    const { summary, text } = write('d', 42);
    expect(text.endsWith('# EOF\n')).toBe(true);
    expect(text).toContain('# TYPE shop_orders_paid counter\nshop_orders_paid_total{');
    // postgres_exporter counters have no _total suffix: OpenMetrics only allows them as `unknown`.
    expect(text).toContain('# TYPE pg_stat_database_xact_commit unknown');
    const families = [...text.matchAll(/^# TYPE (\S+)/gm)].map((m) => m[1]);
    expect(new Set(families).size).toBe(families.length);
    const timestamps = [...text.matchAll(/ (\d+)\n/g)].map((m) => Number(m[1]));
    expect(timestamps.reduce((a, b) => Math.min(a, b))).toBe(summary.start);
    expect(timestamps.reduce((a, b) => Math.max(a, b))).toBe(END);
    expect(summary.samples).toBe(timestamps.length);
  });
});
