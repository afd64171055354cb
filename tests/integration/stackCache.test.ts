import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HISTORY_RULE_FILES } from '../../simulator/prometheus/recordRules';
import { queryRange } from '../stack/client';
import { FIXTURE } from '../stack/fixture';
import { findBuild } from '../stack/buildCache';
import { type StackOptions, buildInputs, startTestStack } from '../stack/prometheus';

const HOUR = 3600;

/**
 * The browser tests and the Grafana 13 copy start from the integration tests' build instead of building it again:
 * that is only sound if a reused storage answers exactly as a fresh build of the same inputs would.
 */
describe('a test stack built once and reused', () => {
  const cache = mkdtempSync(join(tmpdir(), 'shoppulse-cache-test-'));
  const previous = process.env.SHOPPULSE_STACK_CACHE;
  beforeAll(() => (process.env.SHOPPULSE_STACK_CACHE = cache));
  afterAll(() => {
    process.env.SHOPPULSE_STACK_CACHE = previous;
    rmSync(cache, { recursive: true, force: true });
  });

  const options: StackOptions = { ...FIXTURE, days: 1, recordedRuleFiles: HISTORY_RULE_FILES, alertHistory: undefined };
  /** Orders paid per partner over the day, from a recorded series, so the recording is compared too. */
  const ORDERS = 'sum by (tenant) (shoppulse:shop_orders_paid:increase5m)';

  async function answersOf(stackOptions: StackOptions) {
    const stack = await startTestStack(stackOptions);
    try {
      const answers = await queryRange(stack.url, ORDERS, stack.end - 24 * HOUR, stack.end, 300);
      return { reused: stack.reused, answers };
    } finally {
      await stack.stop();
    }
  }

  it('answers from the kept build as the fresh build did, and keeps none for other inputs', async () => {
    const first = await answersOf(options);
    expect(first.reused).toBe(false);
    expect(first.answers.map(({ labels }) => labels.tenant).sort()).toEqual([
      'bobasek',
      'kwiatex',
      'sportowo',
      'techmania',
    ]);

    const second = await answersOf(options);
    expect(second.reused).toBe(true);
    expect(second.answers).toEqual(first.answers);

    expect(readdirSync(cache)).toHaveLength(1);
    expect(findBuild(buildInputs({ ...options, seed: 7 }))).toBeUndefined();
    expect(findBuild(buildInputs({ ...options, days: 2 }))).toBeUndefined();
  }, 300_000);
});
