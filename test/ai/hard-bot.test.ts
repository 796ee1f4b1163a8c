// The hard bot's budgets: an iteration budget gives the same move whatever the clock says;
// a time budget is kept.
import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { botContext } from '../../src/ai/context.js';
import { makeBot } from '../../src/ai/registry.js';
import type { GameState } from '../../src/engine/index.js';
import { positions } from './positions.js';

const plays = positions(3, 5, 8).filter((s) => s.decision?.kind === 'play').slice(0, 4) as GameState[];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the hard bot', () => {
  it('with an iteration budget, makes the same move however fast or slow the clock runs', () => {
    for (const s of plays) {
      const ctx = botContext(s, s.decision?.side ?? 'us');
      const calm = makeBot('hard', 8, { iterations: 80, thinkMs: 1 }).choose(ctx);
      let t = 0;
      vi.spyOn(performance, 'now').mockImplementation(() => (t += 997));
      const rushed = makeBot('hard', 8, { iterations: 80, thinkMs: 1 }).choose(ctx);
      vi.restoreAllMocks();
      expect(rushed).toEqual(calm);
      expect(calm.reason).toMatch(/after 80 simulations\)$/);
    }
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
