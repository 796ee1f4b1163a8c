// Seeds and personas of the games of a plan.
import { describe, expect, it } from 'vitest';
import type { SimPlan } from '../../src/sim/index.js';
import { gameSeed, gameSpec } from '../../src/sim/index.js';

function plan(personas: SimPlan['personas'], seed = 7): SimPlan {
  return { games: 8, seed, rounds: 3, bots: { us: { name: 'random', thinkMs: null }, china: { name: 'random', thinkMs: null } }, personas, deckArgs: [] };
}

describe('game seeds', () => {
  it('game 0 plays the run seed, so --games 1 --seed X replays the game whose seed is X', () => {
    expect(gameSeed(12345, 0)).toBe(12345);
    const x = gameSeed(12345, 17);
    expect(gameSeed(x, 0)).toBe(x);
  });

  it('are distinct for the games of a run and not shared by runs with nearby seeds', () => {
    const a = Array.from({ length: 1000 }, (_, i) => gameSeed(1, i));
    const b = Array.from({ length: 1000 }, (_, i) => gameSeed(2, i));
    expect(new Set(a).size).toBe(1000);
    expect(a.filter((s) => b.includes(s))).toEqual([]);
    for (const s of a) expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true);
  });

  it('give the two bots of a game different seeds, and different from the game', () => {
    const spec = gameSpec(plan({ us: 'all', china: 'all' }), 3);
    expect(new Set([spec.seed, spec.botSeeds.us, spec.botSeeds.china]).size).toBe(3);
  });
});

describe('personas', () => {
  it('all against all: every block of four games plays the four matchups once', () => {
    const p = plan({ us: 'all', china: 'all' });
    const seen = Array.from({ length: 8 }, (_, i) => gameSpec(p, i).personas).map((x) => `${x.us}-${x.china}`);
    expect(new Set(seen.slice(0, 4)).size).toBe(4);
    expect(seen.slice(4)).toEqual(seen.slice(0, 4));
  });

  it('one side fixed: the other side alternates', () => {
    const p = plan({ us: 'nvidia', china: 'all' });
    expect([0, 1, 2, 3].map((i) => gameSpec(p, i).personas)).toEqual([
      { us: 'nvidia', china: 'beijing' },
      { us: 'nvidia', china: 'huawei' },
      { us: 'nvidia', china: 'beijing' },
      { us: 'nvidia', china: 'huawei' },
    ]);
  });
});
