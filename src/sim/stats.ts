// The statistics of a balance report: proportions with 95% intervals, the difference of two
// proportions, quantiles and a histogram. Wilson rather than the textbook p ± 1.96·SE: it stays
// inside [0, 1] and keeps its coverage for small n and for rates near 0% or 100%.

/** The 97.5th percentile of the standard normal distribution: a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

export interface Proportion {
  /** Successes. */
  k: number;
  n: number;
  /** k / n, or null when n = 0. */
  rate: number | null;
  /** Wilson score interval, 95%; null when n = 0. */
  low: number | null;
  high: number | null;
}

export function wilson(k: number, n: number, z = Z95): Proportion {
  if (n <= 0) return { k, n, rate: null, low: null, high: null };
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { k, n, rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface Difference {
  /** rate(a) − rate(b), or null when either side has no games. */
  delta: number | null;
  low: number | null;
  high: number | null;
}

/** Newcombe's hybrid score interval for a difference of two independent proportions
 * (his method 10): it is built from the two Wilson intervals, so it behaves as well as they do. */
export function newcombe(a: Proportion, b: Proportion): Difference {
  if (a.rate === null || b.rate === null || a.low === null || a.high === null || b.low === null || b.high === null) {
    return { delta: null, low: null, high: null };
  }
  const delta = a.rate - b.rate;
  const low = delta - Math.sqrt((a.rate - a.low) ** 2 + (b.high - b.rate) ** 2);
  const high = delta + Math.sqrt((a.high - a.rate) ** 2 + (b.rate - b.low) ** 2);
  return { delta, low, high };
}

/** The q-quantile of sorted values, interpolating between ranks (the common "type 7" definition). */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  const lower = sorted[below] as number;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return lower + (upper - lower) * (at - below);
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export interface Bin {
  /** Inclusive bounds. */
  from: number;
  to: number;
  count: number;
}

/** A width of 1, 2 or 5 times a power of ten: bins that read as round numbers. */
function niceWidth(span: number, maxBins: number): number {
  const raw = Math.max(1, span / maxBins);
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const step of [1, 2, 5, 10]) if (step * power >= raw) return step * power;
  return 10 * power;
}

/** Whole-number values counted in at most `maxBins` bins of equal, round width. */
export function histogram(values: readonly number[], maxBins = 12): Bin[] {
  if (values.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const width = niceWidth(max - min + 1, maxBins);
  const start = Math.floor(min / width) * width;
  const bins: Bin[] = [];
  for (let from = start; from <= max; from += width) bins.push({ from, to: from + width - 1, count: 0 });
  for (const v of values) (bins[Math.floor((v - start) / width)] as Bin).count++;
  return bins;
}

/** Rounds for the report, so its numbers read cleanly and compare exactly between runs. */
export function round(value: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function roundProportion(p: Proportion): Proportion {
  return {
    k: p.k,
    n: p.n,
    rate: p.rate === null ? null : round(p.rate),
    low: p.low === null ? null : round(p.low),
    high: p.high === null ? null : round(p.high),
  };
}

export function roundDifference(d: Difference): Difference {
  return {
    delta: d.delta === null ? null : round(d.delta),
    low: d.low === null ? null : round(d.low),
    high: d.high === null ? null : round(d.high),
  };
}

/** Paired yes/no outcomes of the same games in two runs: a = yes in both, b = yes only in the
 * first, c = yes only in the second, d = no in both. */
export interface PairedCounts {
  both: number;
  firstOnly: number;
  secondOnly: number;
  neither: number;
}

/** Newcombe's hybrid score interval for the difference of two proportions measured on the same
 * subjects (Newcombe 1998, "Improved confidence intervals for the difference between binomial
 * proportions based on paired data", method 10, without continuity correction): the two Wilson
 * intervals combined with the correlation φ of the pairs. With φ = 0 it is the unpaired interval
 * (`newcombe`); the more the two outcomes of a pair agree, the narrower it gets. */
export function pairedNewcombe(p: PairedCounts, z = Z95): Difference {
  const { both: a, firstOnly: b, secondOnly: c, neither: d } = p;
  const n = a + b + c + d;
  if (n === 0) return { delta: null, low: null, high: null };
  const first = wilson(a + b, n, z);
  const second = wilson(a + c, n, z);
  const p1 = first.rate as number;
  const p2 = second.rate as number;
  const l1 = first.low as number;
  const u1 = first.high as number;
  const l2 = second.low as number;
  const u2 = second.high as number;
  const denominator = (a + b) * (c + d) * (a + c) * (b + d);
  const phi = denominator === 0 ? 0 : (a * d - b * c) / Math.sqrt(denominator);
  const delta = p1 - p2;
  const below = Math.sqrt(Math.max(0, (p1 - l1) ** 2 - 2 * phi * (p1 - l1) * (u2 - p2) + (u2 - p2) ** 2));
  const above = Math.sqrt(Math.max(0, (u1 - p1) ** 2 - 2 * phi * (u1 - p1) * (p2 - l2) + (p2 - l2) ** 2));
  return { delta, low: Math.max(-1, delta - below), high: Math.min(1, delta + above) };
}

/** The mean of paired differences with a normal 95% interval (mean ± z·s/√n); null below 2 pairs. */
export function pairedMean(differences: readonly number[], z = Z95): Difference {
  const n = differences.length;
  const m = mean(differences);
  if (m === null || n < 2) return { delta: m, low: null, high: null };
  let squares = 0;
  for (const v of differences) squares += (v - m) ** 2;
  const half = z * Math.sqrt(squares / (n - 1) / n);
  return { delta: m, low: m - half, high: m + half };
}
