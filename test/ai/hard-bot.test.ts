// The hard bot's budgets: an iteration budget gives the same move whatever the clock says;
// a time budget is kept.
import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { botContext } from '../../src/ai/context.js';
import { makeBot } from '../../src/ai/registry.js';
import type { GameState } from '../../src/engine/index.js';
import { positions } from './positions.js';

const plays = positions(3, 5, 8)
  .filter((s) => s.decision?.kind === 'play')
  .slice(0, 4) as GameState[];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the hard bot', () => {
  it('with an iteration budget alone, makes the same move however fast or slow the clock runs', () => {
    for (const s of plays) {
      const ctx = botContext(s, s.decision?.side ?? 'us');
      const calm = makeBot('hard', 8, { iterations: 80 }).choose(ctx);
      let t = 0;
      vi.spyOn(performance, 'now').mockImplementation(() => (t += 997));
      const rushed = makeBot('hard', 8, { iterations: 80 }).choose(ctx);
      vi.restoreAllMocks();
      expect(rushed).toEqual(calm);
      expect(calm.reason).toMatch(/after 80 simulations\)$/);
    }
  });

  it('with an iteration budget and a time cap (as in play), stops at the cap on a machine too slow for the budget', () => {
    const s = plays[0] as (typeof plays)[number];
    const ctx = botContext(s, s.decision?.side ?? 'us');
    expect(makeBot('hard', 8, { iterations: 80, thinkMs: 60_000 }).choose(ctx).reason).toMatch(/after 80 simulations\)$/);
    let t = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (t += 997));
    const capped = makeBot('hard', 8, { iterations: 80, thinkMs: 5000 }).choose(ctx);
    vi.restoreAllMocks();
    const ran = Number(/after (\d+) simulations/.exec(capped.reason)?.[1]);
    expect(ran).toBeGreaterThan(0);
    expect(ran).toBeLessThan(80);
  });

  it('with a time budget, answers within it (plus the first look at each move)', () => {
    for (const s of plays.slice(0, 3)) {
      const start = performance.now();
      const choice = makeBot('hard', 8, { thinkMs: 150 }).choose(botContext(s, s.decision?.side ?? 'us'));
      const elapsed = performance.now() - start;
      expect(elapsed).toBeLessThan(1500);
      expect(Number(/after (\d+) simulations/.exec(choice.reason)?.[1])).toBeGreaterThan(0);
    }
  });
});
