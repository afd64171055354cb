/** Error function (Abramowitz-Stegun 7.1.26), accurate to 1.5e-7: enough for bucket shares. */
function erf(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return sign * y;
}

/** A latency-like distribution: log-normal with the given median and spread. */
export interface LogNormal {
  median: number;
  sigma: number;
}

export function cdf(distribution: LogNormal, bound: number): number {
  if (bound === Infinity) {
    return 1;
  }
  return 0.5 * (1 + erf(Math.log(bound / distribution.median) / (distribution.sigma * Math.SQRT2)));
}

export function mean(distribution: LogNormal): number {
  return distribution.median * Math.exp((distribution.sigma * distribution.sigma) / 2);
}
