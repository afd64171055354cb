/**
 * Deterministic noise: a hash of (seed, stream, step) instead of a sequential generator, so any step's value
 * can be computed on its own and history and live mode agree sample for sample.
 */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (b + 0x9e3779b9), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function hashString(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  }
  return h >>> 0;
}

export class Noise {
  constructor(private readonly seed: number) {}

  /** Uniform in [0, 1). */
  uniform(stream: number, step: number): number {
    return mix(mix(this.seed, stream), step) / 4294967296;
  }

  /** Multiplicative jitter around 1 with the given relative spread. */
  jitter(stream: number, step: number, spread: number): number {
    return 1 + spread * (this.uniform(stream, step) * 2 - 1);
  }

  /** An integer count whose expectation is `expected` (rounds up with probability equal to the fraction). */
  count(expected: number, stream: number, step: number): number {
    const whole = Math.floor(expected);
    return whole + (this.uniform(stream, step) < expected - whole ? 1 : 0);
  }
}
