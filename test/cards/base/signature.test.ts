// The personas' signature cards of the base deck: each event, played on a small known board,
// does what its text says, and the card comes back to its persona's hand every round.
import { describe, expect } from 'vitest';
import { placementCost } from '../../../src/engine/index.js';
import { cardSuite } from '../card-suite.js';
import {
  answer, choices, expectEventOver, finishEvent, influence, influenceLog, opsForInfluence, place, playEvent, remove, rollLog, toNextRound,
  withNextRoll,
} from '../position.js';
import type { PositionOptions } from '../position.js';
import {
  BASE, BASE_FAMILIES, at, WASHINGTON, NVIDIA, HUAWEI, CHINA_2, ops, GLOBAL_SOUTH, DEVELOPERS, expectSignature,
} from './base-fixture.js';

const suite = cardSuite(BASE, BASE_FAMILIES.signature);

describe('base deck', () => {
  suite.card('foreign-direct-product-rule', (def) => {
    expectSignature(def, 'us', WASHINGTON, NVIDIA);
    const s = at(def.id, { side: 'us', board: { hbm: [0, 2], rareEarths: [0, 3], foundries: [3, 0], tencent: [0, 2] } });
    let next = playEvent(s, def.id);
    expect(next.decision).toMatchObject({ kind: 'remove', side: 'us', owner: 'china' });
    expect(choices(next)).toEqual(['hbm', 'rareEarths']);
    // HBM emptied, the third point can only come from Rare earths (answered by the engine).
    next = answer(next, remove('hbm'), remove('hbm'));
    expect(influenceLog(s, next)).toEqual([['us', 'china', 'hbm', -1], ['us', 'china', 'hbm', -1], ['us', 'china', 'rareEarths', -1]]);
    expect([influence(next, 'hbm'), influence(next, 'rareEarths'), influence(next, 'tencent')]).toEqual([[0, 0], [0, 2], [0, 2]]);
    expectEventOver(next, def, 'us');
    expect(next.stats.us.controlOps).toBe(3);
    // China's next card for Ops is worth one less; the card after it is whole again.
    const played = opsForInfluence(next, 'china', CHINA_2);
    expect(played.ops).toBe(1);
    expect(ops(played.after, 'china', CHINA_2)).toBe(2);
  });

  suite.card('cuda-platform', (def) => {
    expectSignature(def, 'us', NVIDIA, WASHINGTON);
    const board = { cudaDevs: [2, 0], openFrameworks: [1, 0] } as const satisfies PositionOptions['board'];
    const s = at(def.id, { side: 'us', personas: NVIDIA, board });
    // No limit per space: the US may stack its 3 points where it likes.
    const first = answer(playEvent(s, def.id), place('openFrameworks'));
    expect(choices(first)).toEqual(DEVELOPERS);
    // Both battlegrounds now US-controlled: Lock-in +1.
    const both = answer(first, place('openFrameworks'), place('aiLabs'));
    expect([influence(both, 'openFrameworks'), influence(both, 'aiLabs'), both.lockIn]).toEqual([[3, 0], [1, 0], 1]);
    expectEventOver(both, def, 'us');
    const neither = answer(playEvent(s, def.id), place('aiLabs'), place('startups'), place('startups'));
    expect([influence(neither, 'openFrameworks'), influence(neither, 'startups'), neither.lockIn]).toEqual([[1, 0], [2, 0], 0]);
  });

  suite.card('rare-earth-leverage', (def) => {
    expectSignature(def, 'china', WASHINGTON, HUAWEI);
    const s = at(def.id, { side: 'china', board: { foundries: [3, 0], edaTools: [3, 0], hbm: [1, 1], cudaDevs: [3, 0] } });
    expect(placementCost(s, 'us', 'hbm')).toBe(1);
    let next = playEvent(s, def.id);
    expect(next.decision).toMatchObject({ kind: 'remove', side: 'china', owner: 'us' });
    expect(choices(next)).toEqual(['foundries', 'hbm', 'edaTools']);
    // Three points, two of them from the same space.
    next = answer(next, remove('foundries'), remove('foundries'), remove('edaTools'));
    expect(influenceLog(s, next)).toEqual([['china', 'us', 'foundries', -1], ['china', 'us', 'foundries', -1], ['china', 'us', 'edaTools', -1]]);
    expect([influence(next, 'foundries'), influence(next, 'edaTools'), influence(next, 'hbm'), influence(next, 'cudaDevs')]).toEqual([[1, 0], [2, 0], [1, 1], [3, 0]]);
    expectEventOver(next, def, 'china');
    // US influence costs one more Op in the Supply Chain this round only; China's does not (spaces
    // where each has a foothold, so no opening cost).
    expect([placementCost(next, 'us', 'hbm'), placementCost(next, 'us', 'cudaDevs'), placementCost(next, 'china', 'hbm')]).toEqual([2, 1, 1]);
    const later = toNextRound(finishEvent(playEvent(at(def.id, { side: 'china', lastAction: true }), def.id)));
    expect(placementCost(later, 'us', 'hbm')).toBe(placementCost(later, 'us', 'startups'));
  });

  suite.card('ascend-roadmap', (def) => {
    expectSignature(def, 'china', HUAWEI, WASHINGTON);
    const s = at(def.id, { side: 'china', personas: HUAWEI });
    const first = answer(playEvent(s, def.id), place('startups'));
    expect(choices(first)).toEqual([...DEVELOPERS.filter((sp) => sp !== 'startups'), ...GLOBAL_SOUTH]);
    const second = answer(first, place('aiLabs'));
    expect(choices(second)).toEqual([...DEVELOPERS.filter((sp) => sp !== 'startups' && sp !== 'aiLabs'), ...GLOBAL_SOUTH]);
    for (const die of [1, 2, 3, 4, 5, 6]) {
      const rolled = answer(withNextRoll(second, die), place('thailand'));
      expect(rollLog(second, rolled)).toEqual([['china', die]]);
      expect([influence(rolled, 'startups'), influence(rolled, 'aiLabs')]).toEqual([[0, 1], [0, 1]]);
      if (die <= 3) {
        // 1–3: two more China influence in the Global South (anywhere there, the limit of 1 a
        // space no longer applies).
        expect(rolled.decision).toMatchObject({ kind: 'place', side: 'china', owner: 'china', remaining: 2 });
        expect(choices(rolled)).toEqual(GLOBAL_SOUTH);
        const done = answer(rolled, place('thailand'), place('thailand'));
        expect([influence(done, 'thailand'), done.stack]).toEqual([[0, 3], 0]);
        expectEventOver(done, def, 'china');
      } else {
        // 4–6: Stack +1 instead.
        expect([influence(rolled, 'thailand'), rolled.stack]).toEqual([[0, 1], 1]);
        expectEventOver(rolled, def, 'china');
      }
    }
  });

  suite.coversEveryCard();
});
