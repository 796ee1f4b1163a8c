// The report's statistics against published figures (Newcombe 1998, Statistics in Medicine 17:
// "Two-sided confidence intervals for the single proportion", table I, and "Interval estimation
// for the difference between independent proportions", table II, method 10).
import { describe, expect, it } from 'vitest';
import { histogram, newcombe, quantile, wilson } from '../../src/sim/stats.js';

describe('wilson', () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0.0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i/%i gives [%f, %f]', (k, n, low, high) => {
    const p = wilson(k, n);
    expect(p.rate).toBeCloseTo(k / n, 10);
    expect(p.low).toBeCloseTo(low, 4);
    expect(p.high).toBeCloseTo(high, 4);
  });

  it('is symmetric: the interval of k/n mirrors that of (n−k)/n', () => {
    const a = wilson(30, 100);
    const b = wilson(70, 100);
    expect(a.low).toBeCloseTo(1 - (b.high as number), 12);
    expect(a.high).toBeCloseTo(1 - (b.low as number), 12);
  });

  it('has no rate and no interval without games', () => {
    expect(wilson(0, 0)).toEqual({ k: 0, n: 0, rate: null, low: null, high: null });
  });
});

describe('newcombe', () => {
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [10, 10, 0, 20, 0.6791, 1.0],
  ])('%i/%i − %i/%i gives [%f, %f]', (k1, n1, k2, n2, low, high) => {
    const d = newcombe(wilson(k1, n1), wilson(k2, n2));
    expect(d.delta).toBeCloseTo(k1 / n1 - k2 / n2, 10);
    expect(d.low).toBeCloseTo(low, 4);
    expect(d.high).toBeCloseTo(high, 4);
  });

  it('is undefined when one side has no games', () => {
    expect(newcombe(wilson(3, 5), wilson(0, 0))).toEqual({ delta: null, low: null, high: null });
  });
});

describe('quantile and histogram', () => {
  it('interpolates between ranks', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20);
    expect(quantile([7], 0.75)).toBe(7);
    expect(quantile([], 0.5)).toBeNull();
  });

  it('counts every value once, in round bins', () => {
    const values = [14, 20, 29, 30, 55, 94, 94];
    const bins = histogram(values, 12);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(values.length);
    expect(bins[0]).toEqual({ from: 10, to: 19, count: 1 });
    expect(bins.at(-1)).toEqual({ from: 90, to: 99, count: 2 });
    for (const b of bins) expect(b.to - b.from + 1).toBe(10);
  });
});
