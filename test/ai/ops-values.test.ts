// The quick estimates of sanctions and lobbying must be the engine's dice, averaged: each
// is checked against the rules engine resolving every face of the dice.
import { describe, expect, it } from 'vitest';
import { EASY_WEIGHTS, localValue, regionsTouchedBy } from '../../src/ai/evaluate.js';
import { lobbyValue, sanctionValue } from '../../src/ai/ops-values.js';
import { cloneState } from '../../src/engine/index.js';
import type { GameState } from '../../src/engine/index.js';
import { resolveLobby, resolveSanction } from '../../src/engine/ops.js';
import { nextRandom } from '../../src/engine/rng.js';
import { positions } from './positions.js';

/** Generator states whose next dice are each pair of faces (or each face, for one die). */
function dice(count: 1 | 2): number[] {
  const found = new Map<string, number>();
  for (let seed = 1; found.size < 6 ** count; seed++) {
    const r = { rng: seed };
    const faces = Array.from({ length: count }, () => 1 + Math.floor(nextRandom(r) * 6)).join();
    if (!found.has(faces)) found.set(faces, seed);
  }
  return [...found.values()];
}

const W = EASY_WEIGHTS;
// The log plays no part in the rules: leave it out, these positions are copied a great deal.
const POSITIONS = positions(6, 9, 4)
  .filter((s) => !s.outcome && s.phase === 'actions')
  .map((s) => ({ ...s, log: [] }));

function averageOver(seeds: number[], s: GameState, side: 'us' | 'china', space: string, act: (t: GameState) => void): number {
  let total = 0;
  for (const seed of seeds) {
    const t = cloneState(s);
    t.rng = seed;
    act(t);
    total += localValue(t, side, W, regionsTouchedBy(space));
  }
  return total / seeds.length - localValue(s, side, W, regionsTouchedBy(space));
}

describe('sanctionValue', () => {
  it('is the average over the six faces of what the engine’s sanction does to the board', () => {
    const faces = dice(1);
    let checked = 0;
    for (const s of POSITIONS) {
      const side = s.phasing;
      for (const space of ['tencent', 'uae', 'brazil', 'aiLabs']) {
        if ((s.influence[space]?.[side === 'us' ? 'china' : 'us'] ?? 0) === 0) continue;
        for (const ops of [1, 3]) {
          const t = cloneState(s);
          t.clock = 5;
          // Played for Ops, a US sanction's Ops count toward Washington's Hawks check, as here.
          const expected = averageOver(faces, t, side, space, (u) => {
            if (side === 'us' && u.setup.personas.us === 'washington') u.stats.us.controlOps += ops;
            resolveSanction(u, side, space, ops);
          });
          expect(sanctionValue(t, side, W, side, space, ops)).toBeCloseTo(expected, 9);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('lobbyValue', () => {
  it('is the average over the 36 pairs of dice of what the engine’s lobbying does to the board', () => {
    const pairs = dice(2);
    let checked = 0;
    for (const s of POSITIONS) {
      for (const side of ['us', 'china'] as const) {
        for (const space of ['tencent', 'openFrameworks', 'hbm', 'uae']) {
          const inf = s.influence[space];
          if (!inf || inf.us + inf.china === 0) continue;
          const expected = averageOver(pairs, s, side, space, (u) => resolveLobby(u, 'us', space));
          expect(lobbyValue(cloneState(s), side, W, space)).toBeCloseTo(expected, 9);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
