// The bots' fast board reading must agree with the rules engine's control and scoring.
import { describe, expect, it } from 'vitest';
import { SPACE_INDEX, opsToControl, readControllers, regionScore, CHINA, US } from '../../src/ai/board-read.js';
import { placementCostFrom } from '../../src/ai/ops-values.js';
import { REGIONS, SPACES, cloneState, controller, placementCost, regionLevels } from '../../src/engine/index.js';
import { scoreRegion } from '../../src/engine/scoring.js';
import { nextRandom } from '../../src/engine/rng.js';
import { positions } from './positions.js';

const POSITIONS = positions(10, 4, 3);

/** Boards the random games rarely reach: heavy influence, encirclement, whole regions held. */
function shaken(seed: number) {
  const rng = { rng: seed };
  const s = cloneState(POSITIONS[seed % POSITIONS.length] as never);
  for (const sp of SPACES) s.influence[sp.id] = { us: Math.floor(nextRandom(rng) * 6), china: Math.floor(nextRandom(rng) * 6) };
  return s;
}

const BOARDS = [...POSITIONS, ...Array.from({ length: 300 }, (_, i) => shaken(i + 1))];

describe('readControllers', () => {
  it('names the same controller as the engine for every space, encirclement included', () => {
    for (const s of BOARDS) {
      const ctrl = readControllers(s);
      for (const sp of SPACES) {
        const c = controller(s, sp.id);
        expect(ctrl[SPACE_INDEX[sp.id] as number]).toBe(c === 'us' ? US : c === 'china' ? CHINA : 0);
      }
    }
  });
});

describe('regionScore', () => {
  it('gives the Leadership swing of final scoring, and control exactly where the engine sees it', () => {
    for (const s of BOARDS) {
      const ctrl = readControllers(s);
      for (const region of REGIONS) {
        const score = regionScore(ctrl, region);
        const levels = regionLevels(s, region);
        expect(score.control).toBe(levels.us === 'control' ? 'us' : levels.china === 'control' ? 'china' : null);
        const t = cloneState(s);
        t.leadership = 0;
        scoreRegion(t, region, true);
        expect(t.leadership).toBe(Math.max(-20, Math.min(20, score.us - score.china)));
      }
    }
  });
});

describe('opsToControl', () => {
  it('is zero exactly when the side controls the region', () => {
    for (const s of BOARDS.slice(0, 120)) {
      const ctrl = readControllers(s);
      for (const region of REGIONS) {
        for (const side of ['us', 'china'] as const) {
          const ops = opsToControl(s, ctrl, side, region);
          const controls = regionScore(ctrl, region).control === side;
          if (controls) expect(ops).toBe(0);
          else expect(ops).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('placementCostFrom', () => {
  it('is the engine’s placement cost', () => {
    for (const s of BOARDS.slice(0, 150)) {
      const ctrl = readControllers(s);
      for (const sp of SPACES) {
        for (const side of ['us', 'china'] as const) expect(placementCostFrom(s, ctrl, side, sp.id)).toBe(placementCost(s, side, sp.id));
      }
    }
  });
});
