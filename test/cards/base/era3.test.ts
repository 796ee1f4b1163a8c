// The era 3 cards of the base deck (China, US, neutral): each event, played on a small known
// board, does what its text says. Each test names the board, the answers given, and the
// exact changes.
import { describe, expect } from 'vitest';
import { cloneState, effectiveOps, placementCost, raceCost, rules } from '../../../src/engine/index.js';
import type { GameState } from '../../../src/engine/index.js';
import type { CardDef } from '../../../src/decks/types.js';
import { placementEligible } from '../../../src/engine/ops.js';
import { cardSuite } from '../card-suite.js';
import {
  answer, choices, choose, eventIsLegal, expectEventOver, finishEvent, influence, influenceLog, opsForInfluence, place, playEvent,
  sanction, toNextRound, turnOf, withNextRoll,
} from '../position.js';
import type { PositionOptions } from '../position.js';
import { BASE, BASE_FAMILIES, at, CHINA_2, GLOBAL_SOUTH, DEVELOPERS } from './base-fixture.js';

const suite = cardSuite(BASE, BASE_FAMILIES.era3);

describe('base deck', () => {
  suite.card('ascend-910b-ramp', (def) => {
    const placing = playEvent(at(def.id, { side: 'china' }), def.id);
    expect(placing.stack).toBe(1);
    expect(choices(placing)).toEqual(['tencent', 'bytedance', 'alibaba', 'stateCloud', 'universities']);
    const second = answer(placing, place('alibaba'));
    expect(choices(second)).not.toContain('alibaba');
    const third = answer(second, place('tencent'));
    expect(choices(third)).toEqual(['bytedance', 'stateCloud', 'universities']);
    const next = answer(third, place('universities'));
    expect(['alibaba', 'tencent', 'universities', 'bytedance'].map((sp) => influence(next, sp))).toEqual([[0, 1], [0, 1], [0, 1], [0, 0]]);
    expectEventOver(next, def, 'china');
  });

  suite.card('ascend-910c-launch', (def) => {
    // Always playable. Without the 910B ramp: Stack +1, then 3 China influence in the China
    // Market, one a space.
    const plain = at(def.id, { side: 'china' });
    expect(eventIsLegal(plain, def.id)).toBe(true);
    const placing = playEvent(plain, def.id);
    expect([placing.stack, placing.decision]).toMatchObject([1, { kind: 'place', side: 'china', owner: 'china', remaining: 3 }]);
    expect(choices(placing)).toEqual(['tencent', 'bytedance', 'alibaba', 'stateCloud', 'universities']);
    const second = answer(placing, place('tencent'), place('bytedance'));
    expect(choices(second)).toEqual(['alibaba', 'stateCloud', 'universities']);
    const done = answer(second, place('alibaba'));
    expect([influence(done, 'tencent'), influence(done, 'bytedance'), influence(done, 'alibaba'), done.stack]).toEqual([[0, 1], [0, 1], [0, 1], 1]);
    expectEventOver(done, def, 'china');
    // After the 910B ramp: Stack +2 in all (step 2 pays China 1 Leadership), no influence.
    const ramped = finishEvent(playEvent(at('ascend-910b-ramp', { side: 'china' }), 'ascend-910b-ramp'));
    const s = turnOf(ramped, 'china', def.id);
    s.stack = 0;
    s.leadership = 0;
    for (const sp of Object.keys(s.influence)) s.influence[sp] = { us: 0, china: 0 };
    const next = playEvent(s, def.id);
    expect([next.stack, next.leadership, influence(next, 'tencent')]).toEqual([2, -(rules.RACE_VP[2] ?? 0), [0, 0]]);
    expectEventOver(next, def, 'china');
  });

  suite.card('cann-open-source', (def) => {
    const s = at(def.id, { side: 'china' });
    s.lockIn = 2;
    expect(placementEligible(s, 'china').filter((sp) => DEVELOPERS.includes(sp))).toEqual([]);
    const next = playEvent(s, def.id);
    expect([next.lockIn, next.leadership, influence(next, 'openFrameworks')[1] - influence(s, 'openFrameworks')[1]]).toEqual([1, 0, 3]);
    expect(placementEligible(next, 'china').filter((sp) => DEVELOPERS.includes(sp))).toEqual(DEVELOPERS);
    expect(placementEligible(next, 'us').filter((sp) => DEVELOPERS.includes(sp))).toEqual(['cudaDevs']);
    expectEventOver(next, def, 'china');
    const later = toNextRound(playEvent(at(def.id, { side: 'china', lastAction: true }), def.id));
    expect(placementEligible(later, 'china')).toEqual(expect.arrayContaining(DEVELOPERS));
  });

  suite.card('photon-compiler', (def) => {
    const s = at(def.id, { side: 'china' });
    const twoOps = s.cards[CHINA_2] as CardDef;
    const next = playEvent(s, def.id);
    expect(next.stack).toBe(1);
    expect([effectiveOps(next, 'china', twoOps, 'influence'), effectiveOps(next, 'china', twoOps, 'sanction'), effectiveOps(next, 'us', twoOps, 'influence')]).toEqual([3, 2, 2]);
    expectEventOver(next, def, 'china');
    // Not used up by one card, gone at the end of the round.
    expect(opsForInfluence(next, 'china', CHINA_2).after.modifiers).toHaveLength(1);
    const later = toNextRound(playEvent(at(def.id, { side: 'china', lastAction: true }), def.id));
    expect(effectiveOps(later, 'china', twoOps, 'influence')).toBe(2);
  });

  suite.card('mindspore-adoption', (def) => {
    for (const c of [{ aiLabs: [0, 0], after: [0, 3], lockIn: 2 }, { aiLabs: [2, 0], after: [2, 3], lockIn: 2 }, { aiLabs: [3, 0], after: [3, 3], lockIn: 3 }] as const) {
      const s = at(def.id, { side: 'china', board: { aiLabs: [...c.aiLabs] } });
      s.lockIn = 3;
      const next = playEvent(s, def.id);
      expect([influence(next, 'aiLabs'), next.lockIn]).toEqual([c.after, c.lockIn]);
      expectEventOver(next, def, 'china');
    }
  });

  suite.card('modelarts-cloud', (def) => {
    const first = answer(playEvent(at(def.id, { side: 'china' }), def.id), place('malaysia'));
    expect(choices(first)).toEqual(['saudi', 'uae', 'thailand', 'brazil']);
    const second = answer(first, place('thailand'));
    expect(choices(second)).toEqual(['saudi', 'uae', 'brazil']);
    const next = answer(second, place('brazil'));
    expect(GLOBAL_SOUTH.map((sp) => influence(next, sp))).toEqual([[0, 0], [0, 0], [0, 1], [0, 1], [0, 1]]);
    expectEventOver(next, def, 'china');
    // Without China's footholds there, Saudi Arabia is next to none of China's spaces: open only
    // through the event, this round.
    const bare = (state: GameState): GameState => {
      const s = cloneState(state);
      for (const sp of Object.keys(s.influence)) s.influence[sp] = { us: 0, china: 0 };
      return s;
    };
    expect(placementEligible(bare(next), 'china')).toContain('saudi');
    const later = toNextRound(answer(playEvent(at(def.id, { side: 'china', lastAction: true }), def.id), place('malaysia'), place('thailand'), place('brazil')));
    expect(placementEligible(bare(later), 'china')).not.toContain('saudi');
  });

  suite.card('villages-encircle-the-cities', (def) => {
    // Saudi Arabia and the UAE need 2 more than the US to control, the others 1.
    const cases = [
      { board: { thailand: [1, 0], malaysia: [1, 0] }, picks: ['saudi', 'uae', 'thailand', 'malaysia'], leadership: 0 },
      { board: { malaysia: [1, 0] }, picks: ['saudi', 'uae', 'thailand', 'malaysia'], leadership: -1 },
      { board: {}, picks: ['saudi', 'thailand', 'malaysia', 'brazil'], leadership: -2 },
      { board: { saudi: [0, 2], uae: [0, 2] }, picks: ['uae', 'thailand', 'malaysia', 'brazil'], leadership: -2 },
    ] as const;
    for (const c of cases) {
      let next = playEvent(at(def.id, { side: 'china', board: c.board as PositionOptions['board'] }), def.id);
      const firstThree: readonly string[] = c.picks.slice(0, 3);
      next = answer(next, place(c.picks[0]), place(c.picks[1]), place(c.picks[2]));
      expect(choices(next)).toEqual(GLOBAL_SOUTH.filter((sp) => !firstThree.includes(sp)));
      next = answer(next, place(c.picks[3]));
      expect(c.picks.map((sp) => influence(next, sp)[1] - ((c.board as Record<string, number[]>)[sp]?.[1] ?? 0))).toEqual([1, 1, 1, 1]);
      expect(next.leadership).toBe(c.leadership);
      expectEventOver(next, def, 'china');
    }
  });

  suite.card('cuda-compatible-layer', (def) => {
    const next = playEvent(at(def.id, { side: 'china', board: { cudaDevs: [3, 0] } }), def.id);
    expect(influence(next, 'cudaDevs')).toEqual([3, 3]);
    // The first race step costs 1 Op; the layer makes the US's 2.
    expect([raceCost(next, 'us'), raceCost(next, 'china')]).toEqual([2, 1]);
    expectEventOver(next, def, 'china');
    const later = toNextRound(playEvent(at(def.id, { side: 'china', lastAction: true }), def.id));
    expect(raceCost(later, 'us')).toBe(2);
  });

  suite.card('self-sufficiency-drive', (def) => {
    // Steps reached pay their Leadership: 4 pays China RACE_VP[4].
    for (const c of [{ from: 2, to: 4 }, { from: 3, to: 4 }, { from: 4, to: 5 }]) {
      const s = at(def.id, { side: 'china' });
      s.stack = c.from;
      const next = playEvent(s, def.id);
      const reward = c.to === 4 ? (rules.RACE_VP[4] ?? 0) : 0;
      expect([next.stack, next.leadership, next.clock]).toEqual([c.to, 0 - reward, rules.CLOCK_START - 1]);
      expectEventOver(next, def, 'china');
    }
  });

  suite.card('ascend-worldwide-guidance', (def) => {
    const s = at(def.id, { side: 'us', board: { thailand: [0, 1], brazil: [0, 1], saudi: [0, 2], tencent: [0, 2] } });
    let next = playEvent(s, def.id);
    expect(next.decision).toMatchObject({ kind: 'sanction', side: 'us', ops: 2 });
    expect(choices(next)).toEqual(['saudi', 'thailand', 'brazil']);
    // d6 + 2 Ops + 1 − 2 × stability: 3 + 2 + 1 − 2 = 4 in Thailand, then 1 + 2 + 1 − 2 = 2 in Brazil.
    const afterFirst = answer(withNextRoll(next, 3), sanction('thailand'));
    expect(choices(afterFirst)).toEqual(['saudi', 'brazil']);
    next = answer(withNextRoll(afterFirst, 1), sanction('brazil'));
    const logged = next.log.filter((e) => e.type === 'sanction').map((e) => (e.type === 'sanction' ? [e.space, e.roll, e.modifier, e.result] : []));
    expect(logged).toEqual([['thailand', 3, 1, 4], ['brazil', 1, 1, 2]]);
    // Each sanction removes China's point and adds no US influence.
    expect(['thailand', 'brazil', 'saudi', 'tencent'].map((sp) => influence(next, sp))).toEqual([[0, 0], [0, 0], [0, 2], [0, 2]]);
    expect([next.clock, next.stats.us.controlOps]).toEqual([rules.CLOCK_START, def.ops]);
    expectEventOver(next, def, 'us');
    const later = toNextRound(finishEvent(playEvent(at(def.id, { side: 'us', lastAction: true }), def.id)));
    expect(later.modifiers).toEqual([]);
  });

  suite.card('gulf-ai-deals', (def) => {
    const diffused = playEvent(at('ai-diffusion-rule', { side: 'us' }), 'ai-diffusion-rule');
    // Brazil is empty: the opening Op, plus the diffusion rule's.
    expect(placementCost(diffused, 'us', 'brazil')).toBe(2 + rules.OPENING_COST);
    const s = turnOf(diffused, 'us', def.id);
    const next = playEvent(s, def.id);
    expect(next.cancelled).toEqual(['ai-diffusion-rule']);
    expect([placementCost(next, 'us', 'brazil'), influence(next, 'saudi'), influence(next, 'uae')]).toEqual([1 + rules.OPENING_COST, [3, 0], [2, 0]]);
    expectEventOver(next, def, 'us');
    const again = turnOf(next, 'us', 'ai-diffusion-rule');
    expect(eventIsLegal(again, 'ai-diffusion-rule')).toBe(false);
  });

  suite.card('sudden-cut-off', (def) => {
    const board = { tencent: [0, 3], bytedance: [1, 2], alibaba: [0, 1] } as const satisfies PositionOptions['board'];
    const choosing = playEvent(at(def.id, { side: 'us', board }), def.id);
    expect(choosing.clock).toBe(rules.CLOCK_START - 1);
    expect(choosing.decision).toMatchObject({ kind: 'choose', side: 'us' });
    const labels = choosing.decision?.kind === 'choose' ? choosing.decision.labels : [];
    expect(labels.map((l) => (typeof l === 'string' ? l : l.en))).toEqual(['Tencent', 'ByteDance', 'Alibaba']);
    const cleared = [[[0, 0], [1, 2], [0, 1]], [[0, 3], [1, 0], [0, 1]], [[0, 3], [1, 2], [0, 0]]];
    cleared.forEach((expected, option) => {
      const next = answer(choosing, choose(option));
      expect(['tencent', 'bytedance', 'alibaba'].map((sp) => influence(next, sp))).toEqual(expected);
      expectEventOver(next, def, 'us');
    });
  });

  suite.card('technological-trap', (def) => {
    const cases = [
      // China's first Stack step costs 1 Op, 2 when the trap closes (3 at Lock-in 4, whose
      // ability adds one more).
      // The US gains 1 Leadership whichever branch the trap takes.
      { lockIn: 0, licensed: false, leadership: 1 + (rules.RACE_VP[1] ?? 0), chinaRace: 1 },
      { lockIn: 3, licensed: false, leadership: 1 + (rules.RACE_VP[4] ?? 0), chinaRace: 3 },
      { lockIn: 0, licensed: true, leadership: 1 + (rules.RACE_VP[1] ?? 0), chinaRace: 2 },
    ];
    for (const c of cases) {
      const s = at(def.id, { side: 'us' });
      s.lockIn = c.lockIn;
      if (c.licensed) s.flags = ['h20-licensed'];
      const next = playEvent(s, def.id);
      expect([next.lockIn, next.leadership, raceCost(next, 'china')]).toEqual([c.lockIn + 1, c.leadership, c.chinaRace]);
      expectEventOver(next, def, 'us');
    }
    const last = at(def.id, { side: 'us', lastAction: true });
    last.flags = ['h20-licensed'];
    const ended = playEvent(last, def.id);
    expect(ended.modifiers.some((m) => m.source === def.id)).toBe(true);
    // This round only: nothing of the trap's is left on China's steps next round.
    expect(toNextRound(ended).modifiers.filter((m) => m.source === def.id)).toEqual([]);
  });

  suite.card('cuda-licence-terms', (def) => {
    const layered = playEvent(at('cuda-compatible-layer', { side: 'china' }), 'cuda-compatible-layer');
    expect(raceCost(layered, 'us')).toBe(2);
    const next = playEvent(turnOf(layered, 'us', def.id), def.id);
    expect(next.cancelled).toEqual(['cuda-compatible-layer']);
    expect([raceCost(next, 'us'), influence(next, 'cudaDevs')]).toEqual([1, [3, 3]]);
    expectEventOver(next, def, 'us');
    expect(eventIsLegal(turnOf(next, 'china', 'cuda-compatible-layer'), 'cuda-compatible-layer')).toBe(false);
  });

  suite.card('malaysia-permit-rule', (def) => {
    for (const c of [{ before: [0, 4], after: [2, 1] }, { before: [0, 1], after: [2, 0] }] as const) {
      const s = at(def.id, { side: 'us', board: { malaysia: [...c.before], thailand: [0, 1] } });
      const next = playEvent(s, def.id);
      expect([influence(next, 'malaysia'), influence(next, 'thailand')]).toEqual([c.after, [0, 1]]);
      const removed = Array.from({ length: c.before[1] - c.after[1] }, () => ['us', 'china', 'malaysia', -1]);
      expect(influenceLog(s, next)).toEqual([...removed, ['us', 'us', 'malaysia', 1], ['us', 'us', 'malaysia', 1]]);
      expectEventOver(next, def, 'us');
    }
  });

  suite.card('thai-data-centres', (def) => {
    const cases = [
      { side: 'us', thailand: [0, 1], after: [2, 1], malaysia: [1, 0] },
      { side: 'us', thailand: [0, 2], after: [2, 2], malaysia: [0, 0] },
      { side: 'china', thailand: [0, 0], after: [0, 2], malaysia: [0, 1] },
    ] as const;
    for (const c of cases) {
      const next = playEvent(at(def.id, { side: c.side, board: { thailand: [...c.thailand] } }), def.id);
      expect([influence(next, 'thailand'), influence(next, 'malaysia')]).toEqual([c.after, c.malaysia]);
      expectEventOver(next, def, c.side);
    }
  });

  suite.coversEveryCard();
});
