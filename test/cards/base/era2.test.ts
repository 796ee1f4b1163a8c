// The era 2 cards of the base deck (US, China, neutral; scoring cards apart): each event,
// played on a small known board, does what its text says. Each test names the board, the
// answers given, and the exact changes.
import { describe, expect } from 'vitest';
import { cloneState, placementCost, raceCost, rules } from '../../../src/engine/index.js';
import { cardSuite } from '../card-suite.js';
import {
  answer, choices, eventIsLegal, expectEventOver, finishEvent, giveCard, influence, influenceLog, newGame, opsForInfluence, place,
  playEvent, remove, retrieve, setDiscard, toNextRound, turnOf,
} from '../position.js';
import type { PositionOptions } from '../position.js';
import { BASE, BASE_FAMILIES, at, WASHINGTON, NVIDIA, CHINA_2, ops, DEVELOPERS } from './base-fixture.js';

const suite = cardSuite(BASE, BASE_FAMILIES.era2);

describe('base deck', () => {
  suite.card('h20-licence-requirement', (def) => {
    for (const personas of [WASHINGTON, NVIDIA]) {
      const s = at(def.id, { side: 'us', personas, board: { tencent: [0, 2], stateCloud: [0, 3] } });
      let next = playEvent(s, def.id);
      expect(choices(next)).toEqual(['tencent', 'stateCloud']);
      // Tencent emptied, the third point can only come from State cloud (answered by the engine).
      next = answer(next, remove('tencent'), remove('tencent'));
      expect(influenceLog(s, next)).toEqual([['us', 'china', 'tencent', -1], ['us', 'china', 'tencent', -1], ['us', 'china', 'stateCloud', -1]]);
      expect([influence(next, 'tencent'), influence(next, 'stateCloud')]).toEqual([[0, 0], [0, 2]]);
      expect(next.clock).toBe(rules.CLOCK_START - 1);
      expect(next.leadership).toBe(personas.us === 'nvidia' ? -2 : 0);
      expectEventOver(next, def, 'us');
    }
  });

  suite.card('h20-export-licence', (def) => {
    const s = at(def.id, { side: 'us' });
    // The first race step costs 1 Op under rules 2.0; the licence makes China's 2.
    expect(raceCost(s, 'china')).toBe(1);
    // No limit per space: ByteDance stays open after the first point.
    const first = answer(playEvent(s, def.id), place('bytedance'));
    expect(choices(first)).toContain('bytedance');
    const next = answer(first, place('bytedance'), place('stateCloud'));
    expect([influence(next, 'bytedance'), influence(next, 'stateCloud')]).toEqual([[2, 0], [1, 0]]);
    expect([raceCost(next, 'china'), raceCost(next, 'us'), next.flags]).toEqual([2, 1, ['h20-licensed']]);
    expectEventOver(next, def, 'us');
    const later = toNextRound(finishEvent(playEvent(at(def.id, { side: 'us', lastAction: true }), def.id)));
    // Still in force next round: one Op more than the same step without the licence (the hold's
    // leftover events may have moved the Stack, so the step itself depends on the deal).
    const unlicensed = cloneState(later);
    unlicensed.modifiers = unlicensed.modifiers.filter((m) => m.source !== def.id);
    const without = raceCost(unlicensed, 'china');
    expect(without).not.toBeNull();
    expect(raceCost(later, 'china')).toBe((without ?? 0) + 1);
  });

  suite.card('republican-hawks-object', (def) => {
    // Without H20 Licensed: always playable, the US gains 1 Leadership and the clock stays.
    const plain = at(def.id, { side: 'us' });
    expect(eventIsLegal(plain, def.id)).toBe(true);
    const objected = playEvent(plain, def.id);
    expect([objected.leadership, objected.clock, objected.cancelled, objected.flags]).toEqual([1, plain.clock, [], []]);
    expectEventOver(objected, def, 'us');
    for (const personas of [WASHINGTON, NVIDIA]) {
      const licensed = finishEvent(playEvent(at('h20-export-licence', { side: 'us', personas }), 'h20-export-licence'));
      expect(raceCost(licensed, 'china')).toBe(2);
      const s = turnOf(licensed, 'us', def.id);
      for (const sp of Object.keys(s.influence)) s.influence[sp] = { us: 0, china: 0 };
      s.influence.tencent = { us: 2, china: 0 };
      s.influence.alibaba = { us: 1, china: 0 };
      expect(eventIsLegal(s, def.id)).toBe(true);
      let next = playEvent(s, def.id);
      if (personas.us === 'nvidia') {
        expect(next.decision).toMatchObject({ kind: 'remove', side: 'china', owner: 'us' });
        expect(choices(next)).toEqual(['tencent', 'alibaba']);
        next = answer(next, remove('tencent'), remove('tencent'));
      }
      expect(next.cancelled).toEqual(['h20-export-licence']);
      expect([next.flags, raceCost(next, 'china')]).toEqual([[], 1]);
      const washington = personas.us === 'washington';
      expect([next.leadership, influence(next, 'tencent'), influence(next, 'alibaba')]).toEqual([washington ? 2 : 0, washington ? [2, 0] : [0, 0], [1, 0]]);
      expectEventOver(next, def, 'us');
    }
  });

  suite.card('shareholder-pressure', (def) => {
    for (const personas of [NVIDIA, WASHINGTON]) {
      const s = at(def.id, { side: 'us', personas });
      const usCards = ['hbm-controls', 'allied-tool-controls'];
      setDiscard(s, [...usCards, 'stockpiling-before-the-ban']);
      const handBefore = s.hands.us.length - 1;
      const deckBefore = s.deck.length;
      const first = answer(playEvent(s, def.id), place('tencent'));
      expect(choices(first)).toEqual(['tencent', 'bytedance', 'alibaba', 'stateCloud', 'universities']);
      let next = answer(first, place('alibaba'), place('alibaba'));
      expect([influence(next, 'tencent'), influence(next, 'alibaba')]).toEqual([[1, 0], [2, 0]]);
      if (personas.us === 'nvidia') {
        expect(next.decision).toMatchObject({ kind: 'retrieve', side: 'us' });
        expect(choices(next).sort()).toEqual([...usCards].sort());
        next = answer(next, retrieve('allied-tool-controls'));
        expect(next.hands.us).toContain('allied-tool-controls');
        expect(next.deck).toHaveLength(deckBefore);
      } else {
        expect(next.deck).toHaveLength(deckBefore - 1);
        expect(next.discard).toEqual([...usCards, 'stockpiling-before-the-ban', def.id]);
      }
      expect(next.hands.us).toHaveLength(handBefore + 1);
      expectEventOver(next, def, 'us');
    }
  });

  suite.card('revenue-share-deal', (def) => {
    // 1 Leadership, 2 with H20 Licensed; 3 influence, as many a space as the US likes.
    for (const licensed of [false, true]) {
      const s = at(def.id, { side: 'us' });
      if (licensed) s.flags = ['h20-licensed'];
      expect(eventIsLegal(s, def.id)).toBe(true);
      const placing = playEvent(s, def.id);
      expect(choices(placing)).toEqual(['tencent', 'bytedance', 'alibaba', 'stateCloud', 'universities']);
      const second = answer(placing, place('universities'));
      expect(choices(second)).toContain('universities');
      const next = answer(second, place('tencent'), place('tencent'));
      expect([next.leadership, influence(next, 'universities'), influence(next, 'tencent')]).toEqual([licensed ? 2 : 1, [1, 0], [2, 0]]);
      expectEventOver(next, def, 'us');
    }
  });

  suite.card('eda-export-curbs', (def) => {
    // Footholds where costs are read, so no opening Op blurs the curbs' extra one.
    const board = { foundries: [1, 3], rareEarths: [0, 1], stateCloud: [0, 1], edaTools: [1, 0] } as const satisfies PositionOptions['board'];
    const s = at(def.id, { side: 'us', board });
    const next = playEvent(s, def.id);
    expect(influence(next, 'foundries')).toEqual([1, 1]);
    expect(influenceLog(s, next)).toEqual([['us', 'china', 'foundries', -1], ['us', 'china', 'foundries', -1]]);
    expect([placementCost(next, 'china', 'rareEarths'), placementCost(next, 'china', 'stateCloud'), placementCost(next, 'us', 'edaTools')]).toEqual([2, 1, 1]);
    expectEventOver(next, def, 'us');
    const played = opsForInfluence(next, 'china', CHINA_2);
    expect([played.ops, ops(played.after, 'china', CHINA_2)]).toEqual([1, 2]);
    // The Supply Chain cost lasts the whole game.
    const later = cloneState(toNextRound(playEvent(at(def.id, { side: 'us', board, lastAction: true }), def.id)));
    // (The cards fired at the hold may have moved influence: reset the two spaces read.)
    Object.assign(later.influence, { rareEarths: { us: 0, china: 1 }, stateCloud: { us: 0, china: 1 } });
    expect([placementCost(later, 'china', 'rareEarths'), placementCost(later, 'china', 'stateCloud')]).toEqual([2, 1]);
  });

  suite.card('rare-earths-for-eased-controls', (def) => {
    const curbed = playEvent(at('eda-export-curbs', { side: 'us', board: { rareEarths: [0, 2] } }), 'eda-export-curbs');
    const s = turnOf(curbed, 'china', def.id);
    giveCard(s, 'eda-export-curbs', 'us');
    s.clock = 3;
    const first = playEvent(s, def.id);
    expect(choices(first)).toEqual(['foundries', 'hbm', 'rareEarths', 'edaTools']);
    const second = answer(first, place('rareEarths'), place('hbm'));
    expect(choices(second)).toEqual(['foundries', 'edaTools']);
    const next = answer(second, place('edaTools'));
    expect([influence(next, 'hbm'), influence(next, 'edaTools'), influence(next, 'foundries')]).toEqual([[0, 1], [0, 1], [0, 0]]);
    expect(next.clock).toBe(4);
    expect(next.cancelled).toEqual(['eda-export-curbs']);
    // Cancelling ends everything the curbs put in play: the Supply Chain cost and the pending −1 Ops.
    expect([placementCost(next, 'china', 'rareEarths'), ops(next, 'china', CHINA_2)]).toEqual([1, 2]);
    expect(influence(next, 'rareEarths')).toEqual([0, 3]);
    expectEventOver(next, def, 'china');
    expect(eventIsLegal(turnOf(next, 'us'), 'eda-export-curbs')).toBe(false);
  });

  suite.card('boeing-deliveries-resume', (def) => {
    const s = at(def.id, { side: 'china' });
    s.clock = 3;
    let next = playEvent(s, def.id);
    expect(next.clock).toBe(4);
    expect(next.decision).toMatchObject({ kind: 'place', side: 'us', owner: 'us' });
    expect(choices(next)).toEqual(['foundries', 'hbm', 'rareEarths', 'edaTools']);
    next = answer(next, place('hbm'));
    expect(next.decision).toMatchObject({ kind: 'place', side: 'china', owner: 'china' });
    next = answer(next, place('edaTools'));
    expect([influence(next, 'hbm'), influence(next, 'edaTools')]).toEqual([[1, 0], [0, 1]]);
    expectEventOver(next, def, 'china');
  });

  suite.card('trade-truce', (def) => {
    // The US starts with it (rules 2.2), outside the hand size and the draw pile.
    const start = newGame(BASE);
    expect(start.hands.us).toContain(def.id);
    expect([...start.deck, ...start.box, ...start.hands.china]).not.toContain(def.id);
    for (const side of ['us', 'china'] as const) {
      const s = at(def.id, { side });
      s.clock = 2;
      let next = playEvent(s, def.id);
      expect(next.clock).toBe(4);
      expect(next.leadership).toBe(side === 'us' ? 1 : -1);
      expect(next.decision).toMatchObject({ kind: 'place', side, owner: side });
      expect(choices(next)).toEqual(['foundries', 'hbm', 'rareEarths', 'edaTools']);
      next = answer(next, place('hbm'));
      expect(choices(next)).toEqual(['foundries', 'rareEarths', 'edaTools']);
      next = answer(next, place('edaTools'));
      const own = (n: number): [number, number] => (side === 'us' ? [n, 0] : [0, n]);
      expect([influence(next, 'hbm'), influence(next, 'edaTools')]).toEqual([own(1), own(1)]);
      // Then it passes face down: the opponent holds it, and plays it from the next round.
      expectEventOver(next, def, side);
      expect(next.log.at(-1)).toMatchObject({ type: 'bargainPasses', card: def.id, from: side, to: rules.other(side) });
    }
    // The clock stops at 5.
    expect(finishEvent(playEvent(at(def.id, { side: 'china' }), def.id)).clock).toBe(rules.CLOCK_MAX);
    // For Ops, no event fires, and it passes all the same.
    const { ops, after } = opsForInfluence(at(def.id, { side: 'us' }), 'us', def.id);
    expect(ops).toBe(def.ops);
    expect(after.eventsPlayed).not.toContain(def.id);
    expect(finishEvent(after).aside.china).toContain(def.id);
  });

  suite.card('tencent-orders', (def) => {
    const cases = [
      { side: 'us', licensed: true, tencent: [2, 0], lockIn: 1, draws: 0 },
      { side: 'us', licensed: false, tencent: [2, 0], lockIn: 0, draws: 1 },
      { side: 'china', licensed: true, tencent: [0, 2], lockIn: 0, draws: 1 },
    ] as const;
    for (const c of cases) {
      const s = at(def.id, { side: c.side });
      if (c.licensed) s.flags = ['h20-licensed'];
      const hand = s.hands[c.side].length - 1;
      const next = playEvent(s, def.id);
      expect([influence(next, 'tencent'), next.lockIn, next.hands[c.side].length - hand]).toEqual([c.tencent, c.lockIn, c.draws]);
      expectEventOver(next, def, c.side);
    }
  });

  suite.card('bytedance-cluster-build', (def) => {
    const cases = [
      { side: 'us', before: [0, 0], after: [3, 0], leadership: 1 },
      { side: 'us', before: [0, 2], after: [3, 2], leadership: 0 },
      { side: 'china', before: [1, 0], after: [1, 3], leadership: -1 },
    ] as const;
    for (const c of cases) {
      const next = playEvent(at(def.id, { side: c.side, board: { bytedance: [...c.before] } }), def.id);
      expect([influence(next, 'bytedance'), next.leadership]).toEqual([c.after, c.leadership]);
      expectEventOver(next, def, c.side);
    }
  });

  suite.card('alibaba-dual-sourcing', (def) => {
    const s = at(def.id, { side: 'china', board: { alibaba: [1, 1] } });
    const hands = [s.hands.us.length, s.hands.china.length - 1];
    const next = playEvent(s, def.id);
    expect(influence(next, 'alibaba')).toEqual([2, 2]);
    expect([next.hands.us.length, next.hands.china.length]).toEqual([hands[0], (hands[1] as number) + 1]);
    expectEventOver(next, def, 'china');
  });

  suite.card('cac-backdoor-summons', (def) => {
    for (const licensed of [true, false]) {
      const s = at(def.id, { side: 'china', board: { alibaba: [4, 0], edaTools: [3, 0] } });
      if (licensed) s.flags = ['h20-licensed'];
      const next = playEvent(s, def.id);
      expect([influence(next, 'alibaba'), influence(next, 'edaTools'), next.leadership, next.clock]).toEqual([[1, 0], [3, 0], licensed ? -1 : 0, s.clock - 1]);
      expect(influenceLog(s, next)).toEqual([['china', 'us', 'alibaba', -1], ['china', 'us', 'alibaba', -1], ['china', 'us', 'alibaba', -1]]);
      expectEventOver(next, def, 'china');
    }
  });

  suite.card('buy-domestic-guidance', (def) => {
    // US footholds where costs are read, so no opening Op blurs the extra one.
    const board = { tencent: [1, 1], saudi: [1, 0] } as const satisfies PositionOptions['board'];
    const first = playEvent(at(def.id, { side: 'china', board }), def.id);
    expect(choices(first)).toEqual(['tencent', 'bytedance', 'alibaba', 'stateCloud', 'universities']);
    // China's own placements stay at one a space.
    const second = answer(first, place('stateCloud'), place('universities'));
    expect(choices(second)).toEqual(['tencent', 'bytedance', 'alibaba']);
    const next = answer(second, place('alibaba'));
    expect([influence(next, 'stateCloud'), influence(next, 'universities'), influence(next, 'alibaba')]).toEqual([[0, 1], [0, 1], [0, 1]]);
    expect([placementCost(next, 'us', 'tencent'), placementCost(next, 'us', 'saudi'), placementCost(next, 'china', 'tencent')]).toEqual([2, 1, 1]);
    expectEventOver(next, def, 'china');
    const later = cloneState(toNextRound(finishEvent(playEvent(at(def.id, { side: 'china', board, lastAction: true }), def.id))));
    // (The cards fired at the hold may have moved influence: reset the space read.)
    later.influence.tencent = { us: 1, china: 1 };
    expect(placementCost(later, 'us', 'tencent')).toBe(1);
  });

  suite.card('poisoned-gift', (def) => {
    const board = { tencent: [2, 0], bytedance: [1, 0], alibaba: [1, 0], stateCloud: [2, 0] } as const satisfies PositionOptions['board'];
    for (const licensed of [true, false]) {
      const s = at(def.id, { side: 'china', board });
      if (licensed) s.flags = ['h20-licensed'];
      const hand = s.hands.china.length - 1;
      let next = playEvent(s, def.id);
      expect(next.decision).toMatchObject({ kind: 'remove', side: 'china', owner: 'us' });
      expect(choices(next)).toEqual(['tencent', 'bytedance', 'alibaba']);
      // No limit per space: Tencent stays a target after its first point.
      next = answer(next, remove('tencent'));
      expect(choices(next)).toEqual(['tencent', 'bytedance', 'alibaba']);
      next = answer(next, remove('tencent'));
      expect(choices(next)).toEqual(['bytedance', 'alibaba']);
      next = answer(next, remove('bytedance'));
      expect(['tencent', 'bytedance', 'alibaba', 'stateCloud'].map((sp) => influence(next, sp))).toEqual([[0, 0], [0, 0], [1, 0], [2, 0]]);
      expect([next.stack, next.hands.china.length - hand]).toEqual(licensed ? [1, 0] : [0, 1]);
      expectEventOver(next, def, 'china');
    }
  });

  suite.card('deepseek-shock', (def) => {
    const cases = [
      { cudaDevs: [2, 0], picks: ['aiLabs', 'startups', 'openFrameworks'], leadership: -1 },
      { cudaDevs: [1, 0], picks: ['aiLabs', 'startups', 'openFrameworks'], leadership: -2 },
      // China's own placement can break US control before the check.
      { cudaDevs: [2, 0], picks: ['cudaDevs', 'aiLabs', 'startups'], leadership: -2 },
    ] as const;
    for (const c of cases) {
      // One a space.
      const first = answer(playEvent(at(def.id, { side: 'china', board: { cudaDevs: [...c.cudaDevs] } }), def.id), place(c.picks[0]));
      expect(choices(first)).not.toContain(c.picks[0]);
      const second = answer(first, place(c.picks[1]));
      expect(choices(second)).toEqual(DEVELOPERS.filter((sp) => sp !== c.picks[0] && sp !== c.picks[1]));
      const next = answer(second, place(c.picks[2]));
      expect([...c.picks.map((sp) => influence(next, sp)[1]), next.leadership]).toEqual([1, 1, 1, c.leadership]);
      expectEventOver(next, def, 'china');
    }
  });

  suite.coversEveryCard();
});
