// Every card of the New Frontiers expansion, played with the base deck as the expansion
// says: on a small known board, its event does what its text says.
import { describe, expect } from 'vitest';
import { applyAction, cloneState, effectiveOps, placementCost, raceCost } from '../../src/engine/index.js';
import type { GameState } from '../../src/engine/index.js';
import type { CardDef } from '../../src/decks/types.js';
import { cardSuite } from './card-suite.js';
import { loadDeckForTest } from './deck-fixture.js';
import {
  answer, choices, eventIsLegal, expectEventOver, influence, influenceLog, opsForInfluence, place, playEvent, position, remove,
  rollLog, rollsSince, sanction, toNextRound, turnOf, withNextRoll,
} from './position.js';
import type { PositionOptions } from './position.js';

const FRONTIERS = loadDeckForTest('frontiers.yaml');
const ALL = [...loadDeckForTest('base.yaml'), ...FRONTIERS];
const suite = cardSuite(FRONTIERS);
const at = (card: string, opts: PositionOptions): GameState => position(ALL, card, opts);

/** A 2-Ops card of each side of the base deck, to read what a later card is worth (under rules
 * 2.0 most ordinary cards are 1 Op, the floor, where a −1 would not show). */
const US_2 = 'advanced-computing-rules';
const CHINA_2 = 'deepseek-shock';
const ops = (s: GameState, side: 'us' | 'china', card: string): number => effectiveOps(s, side, s.cards[card] as CardDef, 'influence');

describe('frontiers deck', () => {
  suite.card('quantum-export-controls', (def) => {
    const s = at(def.id, { side: 'us', board: { cudaDevs: [0, 3], aiLabs: [0, 1], startups: [0, 1], tencent: [0, 2] } });
    let next = playEvent(s, def.id);
    expect(next.decision).toMatchObject({ kind: 'remove', side: 'us', owner: 'china' });
    expect(choices(next)).toEqual(['cudaDevs', 'aiLabs', 'startups']);
    // No limit per space: CUDA developers stays a target after its first point.
    next = answer(next, remove('cudaDevs'));
    expect(choices(next)).toEqual(['cudaDevs', 'aiLabs', 'startups']);
    next = answer(next, remove('cudaDevs'), remove('aiLabs'));
    expect(choices(next)).toEqual(['cudaDevs', 'startups']);
    next = answer(next, remove('startups'));
    expect(influenceLog(s, next)).toEqual([
      ['us', 'china', 'cudaDevs', -1], ['us', 'china', 'cudaDevs', -1], ['us', 'china', 'aiLabs', -1], ['us', 'china', 'startups', -1],
    ]);
    expect(['cudaDevs', 'aiLabs', 'startups', 'tencent'].map((sp) => influence(next, sp))).toEqual([[0, 1], [0, 0], [0, 0], [0, 2]]);
    expect([next.flags, next.stats.us.controlOps]).toEqual([['calibrated-controls'], def.ops]);
    expectEventOver(next, def, 'us');
  });

  suite.card('outbound-investment-rule', (def) => {
    const board = { universities: [0, 2], aiLabs: [0, 1], startups: [0, 1], cudaDevs: [0, 2] } as const satisfies PositionOptions['board'];
    const s = at(def.id, { side: 'us', board });
    let next = playEvent(s, def.id);
    expect(next.decision).toMatchObject({ kind: 'remove', side: 'us', owner: 'china' });
    expect(choices(next)).toEqual(['universities', 'aiLabs', 'startups']);
    // No limit per space: Universities stays a target after its first point.
    next = answer(next, remove('universities'));
    expect(choices(next)).toEqual(['universities', 'aiLabs', 'startups']);
    next = answer(next, remove('universities'));
    expect(choices(next)).toEqual(['aiLabs', 'startups']);
    next = answer(next, remove('startups'));
    expect(influenceLog(s, next)).toEqual([['us', 'china', 'universities', -1], ['us', 'china', 'universities', -1], ['us', 'china', 'startups', -1]]);
    expect(['universities', 'aiLabs', 'startups', 'cudaDevs'].map((sp) => influence(next, sp))).toEqual([[0, 0], [0, 1], [0, 0], [0, 2]]);
    expect(next.flags).toEqual(['calibrated-controls']);
    expectEventOver(next, def, 'us');
    const played = opsForInfluence(next, 'china', CHINA_2);
    expect([played.ops, ops(played.after, 'china', CHINA_2)]).toEqual([1, 2]);
  });

  suite.card('genomic-data-order', (def) => {
    // Footholds where costs are read, so no opening Op blurs the extra one.
    const board = { startups: [1, 1], stateCloud: [0, 1] } as const satisfies PositionOptions['board'];
    const next = playEvent(at(def.id, { side: 'us', board }), def.id);
    expect(influence(next, 'aiLabs')).toEqual([2, 0]);
    expect([placementCost(next, 'china', 'startups'), placementCost(next, 'china', 'stateCloud'), placementCost(next, 'us', 'startups')]).toEqual([2, 1, 1]);
    expectEventOver(next, def, 'us');
    const later = cloneState(toNextRound(playEvent(at(def.id, { side: 'us', board, lastAction: true }), def.id)));
    // (The cards fired at the hold may have moved influence: reset the space read.)
    later.influence.startups = { us: 1, china: 1 };
    expect(placementCost(later, 'china', 'startups')).toBe(1);
  });

  suite.card('micius-satellite', (def) => {
    const next = playEvent(at(def.id, { side: 'china', board: { universities: [0, 2] } }), def.id);
    expect([influence(next, 'universities'), influence(next, 'aiLabs')]).toEqual([[0, 4], [0, 2]]);
    expectEventOver(next, def, 'china');
    const played = opsForInfluence(next, 'china', CHINA_2);
    expect([played.ops, ops(played.after, 'china', CHINA_2)]).toEqual([3, 2]);
  });

  suite.card('graphite-export-permits', (def) => {
    // Footholds where costs are read, so no opening Op blurs the extra one.
    const board = { foundries: [4, 0], hbm: [1, 0], rareEarths: [1, 1], aiLabs: [1, 0] } as const satisfies PositionOptions['board'];
    const s = at(def.id, { side: 'china', board });
    const next = playEvent(s, def.id);
    expect([influence(next, 'foundries'), influence(next, 'hbm')]).toEqual([[1, 0], [1, 0]]);
    expect(influenceLog(s, next)).toEqual([['china', 'us', 'foundries', -1], ['china', 'us', 'foundries', -1], ['china', 'us', 'foundries', -1]]);
    expect([placementCost(next, 'us', 'rareEarths'), placementCost(next, 'us', 'aiLabs'), placementCost(next, 'china', 'rareEarths')]).toEqual([2, 1, 1]);
    expectEventOver(next, def, 'china');
    const later = cloneState(toNextRound(playEvent(at(def.id, { side: 'china', board, lastAction: true }), def.id)));
    // (The cards fired at the hold may have moved influence: reset the space read.)
    later.influence.rareEarths = { us: 1, china: 1 };
    expect(placementCost(later, 'us', 'rareEarths')).toBe(1);
  });

  suite.card('illumina-unreliable-entity', (def) => {
    const s = at(def.id, { side: 'china', board: { tencent: [2, 0], bytedance: [1, 0], alibaba: [1, 0], edaTools: [3, 0] } });
    let next = playEvent(s, def.id);
    expect(next.decision).toMatchObject({ kind: 'remove', side: 'china', owner: 'us' });
    expect(choices(next)).toEqual(['tencent', 'bytedance', 'alibaba']);
    // No limit per space: Tencent stays a target after its first point.
    next = answer(next, remove('tencent'));
    expect(choices(next)).toEqual(['tencent', 'bytedance', 'alibaba']);
    next = answer(next, remove('tencent'));
    expect(choices(next)).toEqual(['bytedance', 'alibaba']);
    next = answer(next, remove('bytedance'));
    expect(influenceLog(s, next)).toEqual([
      ['china', 'us', 'tencent', -1], ['china', 'us', 'tencent', -1], ['china', 'us', 'bytedance', -1], ['china', 'china', 'startups', 1], ['china', 'china', 'startups', 1],
    ]);
    expect(['tencent', 'bytedance', 'alibaba', 'edaTools', 'startups'].map((sp) => influence(next, sp))).toEqual([[0, 0], [0, 0], [1, 0], [3, 0], [0, 2]]);
    expectEventOver(next, def, 'china');
  });

  suite.card('power-for-compute', (def) => {
    const cases = [
      { side: 'us', board: { saudi: [1, 0] }, picks: ['saudi', 'thailand'], mine: [2, 1], draws: 1 },
      { side: 'us', board: {}, picks: ['saudi', 'uae'], mine: [1, 1], draws: 0 },
      { side: 'china', board: { uae: [0, 1] }, picks: ['uae', 'brazil'], mine: [2, 1], draws: 1 },
    ] as const;
    for (const c of cases) {
      const s = at(def.id, { side: c.side, board: c.board as PositionOptions['board'] });
      const hand = s.hands[c.side].length - 1;
      const first = answer(playEvent(s, def.id), place(c.picks[0]));
      expect(choices(first)).not.toContain(c.picks[0]);
      const next = answer(first, place(c.picks[1]));
      const own = c.side === 'us' ? 0 : 1;
      expect(c.picks.map((sp) => influence(next, sp)[own])).toEqual(c.mine);
      expect(next.hands[c.side].length - hand).toBe(c.draws);
      expectEventOver(next, def, c.side);
    }
  });

  suite.card('post-quantum-standards', (def) => {
    const s = at(def.id, { side: 'us' });
    const hand = s.hands.us.length - 1;
    // No limit per space: Open frameworks stays open after the first point.
    const first = answer(playEvent(s, def.id), place('openFrameworks'));
    expect(choices(first)).toEqual(['cudaDevs', 'openFrameworks', 'aiLabs', 'startups']);
    const next = answer(first, place('openFrameworks'), place('startups'));
    expect([influence(next, 'openFrameworks'), influence(next, 'startups'), next.hands.us.length - hand]).toEqual([[2, 0], [1, 0], 1]);
    expectEventOver(next, def, 'us');
  });

  suite.card('biosecure-act', (def) => {
    for (const calibrated of [true, false]) {
      const s = at(def.id, { side: 'us', board: { universities: [0, 4], stateCloud: [0, 3] } });
      if (calibrated) s.flags = ['calibrated-controls'];
      const next = playEvent(s, def.id);
      expect([influence(next, 'universities'), influence(next, 'stateCloud'), next.leadership]).toEqual([[0, 1], [0, 3], calibrated ? 1 : 0]);
      expect(influenceLog(s, next)).toEqual([['us', 'china', 'universities', -1], ['us', 'china', 'universities', -1], ['us', 'china', 'universities', -1]]);
      expectEventOver(next, def, 'us');
    }
  });

  suite.card('calibrated-control-doctrine', (def) => {
    // Always playable: with Calibrated Controls the US gains the Lock-in (max 2), else 1.
    for (const c of [{ lockIn: 1, gain: 1, calibrated: true }, { lockIn: 5, gain: 2, calibrated: true }, { lockIn: 0, gain: 0, calibrated: true }, { lockIn: 5, gain: 1, calibrated: false }]) {
      const s = at(def.id, { side: 'us' });
      if (c.calibrated) s.flags = ['calibrated-controls'];
      s.clock = 3;
      s.lockIn = c.lockIn;
      expect(eventIsLegal(s, def.id)).toBe(true);
      const next = playEvent(s, def.id);
      // China's Stack step costs 1 Op more this round than it would at clock 4 (1 Op, 2 from
      // Lock-in 4).
      const stackCost = (raceCost({ ...s, clock: 4 }, 'china') ?? NaN) + 1;
      expect([next.clock, raceCost(next, 'china'), raceCost(next, 'us'), next.leadership]).toEqual([4, stackCost, raceCost(s, 'us'), c.gain]);
      expectEventOver(next, def, 'us');
    }
    const last = at(def.id, { side: 'us', lastAction: true });
    last.flags = ['calibrated-controls'];
    // This round only: the extra Op is gone next round.
    const later = toNextRound(playEvent(last, def.id));
    expect(later.modifiers.some((m) => m.source === def.id)).toBe(false);
  });

  suite.card('quantum-backbone', (def) => {
    const board = { tencent: [0, 2], saudi: [0, 2] } as const satisfies PositionOptions['board'];
    const next = playEvent(at(def.id, { side: 'china', board }), def.id);
    expect(influence(next, 'stateCloud')).toEqual([0, 3]);
    expectEventOver(next, def, 'china');
    // A US 2-Ops sanction: 2 − 1 − 2 × 2 in the China Market, 2 − 2 × 2 elsewhere.
    const sanctionModifier = (s: GameState, space: string): number => {
      const aimed = applyAction(turnOf(s, 'us', US_2), { type: 'play', card: US_2, use: 'sanction' });
      const done = answer(withNextRoll(aimed, 6), sanction(space));
      expect(rollsSince(aimed, done)).toEqual([6]);
      const entry = done.log.findLast((e) => e.type === 'sanction');
      return entry?.type === 'sanction' ? entry.modifier : NaN;
    };
    expect([sanctionModifier(next, 'tencent'), sanctionModifier(next, 'saudi')]).toEqual([2 - 1 - 4, 2 - 4]);
    const later = toNextRound(playEvent(at(def.id, { side: 'china', board, lastAction: true }), def.id));
    expect(later.modifiers).toEqual([]);
  });

  suite.card('battery-tech-curbs', (def) => {
    const next = playEvent(at(def.id, { side: 'china', board: { thailand: [1, 0] } }), def.id);
    expect(['saudi', 'uae', 'thailand', 'malaysia', 'brazil'].map((sp) => influence(next, sp))).toEqual([[0, 0], [0, 0], [1, 2], [0, 2], [0, 2]]);
    expectEventOver(next, def, 'china');
  });

  suite.card('rare-earth-processing-ban', (def) => {
    // Rare earths needs 2 more than the US to control.
    for (const c of [{ before: [0, 0], after: [0, 3], leadership: -1 }, { before: [1, 0], after: [1, 3], leadership: -1 }, { before: [2, 0], after: [2, 3], leadership: 0 }] as const) {
      const next = playEvent(at(def.id, { side: 'china', board: { rareEarths: [...c.before] } }), def.id);
      expect([influence(next, 'rareEarths'), next.leadership]).toEqual([c.after, c.leadership]);
      expectEventOver(next, def, 'china');
    }
  });

  suite.card('fusion-race', (def) => {
    for (const side of ['us', 'china'] as const) {
      const s = at(def.id, { side });
      const hand = s.hands[side].length - 1;
      for (const die of [1, 2, 3, 4, 5, 6]) {
        const rolled = withNextRoll(s, die);
        const next = playEvent(rolled, def.id);
        expect(rollLog(rolled, next)).toEqual([[side, die]]);
        // 1–3: you draw 1 card; 4–6: you gain 2 Leadership.
        const gain = die >= 4 ? (side === 'us' ? 2 : -2) : 0;
        expect([next.hands[side].length - hand, next.leadership]).toEqual([die <= 3 ? 1 : 0, gain]);
        expectEventOver(next, def, side);
      }
    }
  });

  suite.card('tsmc-advanced-chip-halt', (def) => {
    // Footholds where costs are read, so no opening Op blurs the extra one.
    const board = { foundries: [1, 4], rareEarths: [1, 1], aiLabs: [1, 1] } as const satisfies PositionOptions['board'];
    const s = at(def.id, { side: 'us', board });
    const next = playEvent(s, def.id);
    expect(influence(next, 'foundries')).toEqual([1, 1]);
    expect(influenceLog(s, next)).toEqual([['us', 'china', 'foundries', -1], ['us', 'china', 'foundries', -1], ['us', 'china', 'foundries', -1]]);
    expect([placementCost(next, 'china', 'rareEarths'), placementCost(next, 'china', 'aiLabs'), placementCost(next, 'us', 'rareEarths')]).toEqual([2, 1, 1]);
    expect(next.stats.us.controlOps).toBe(def.ops);
    expectEventOver(next, def, 'us');
    const later = cloneState(toNextRound(playEvent(at(def.id, { side: 'us', board, lastAction: true }), def.id)));
    // (The cards fired at the hold may have moved influence: reset the space read.)
    later.influence.rareEarths = { us: 1, china: 1 };
    expect(placementCost(later, 'china', 'rareEarths')).toBe(1);
  });

  suite.card('geneva-truce', (def) => {
    for (const side of ['us', 'china'] as const) {
      const s = at(def.id, { side });
      s.clock = 3;
      const other = side === 'us' ? 'china' : 'us';
      const [mine, theirs] = [s.hands[side].length - 1, s.hands[other].length];
      const next = playEvent(s, def.id);
      // Clock +1, then each side draws one card, the player first.
      expect([next.clock, next.hands[side].length - mine, next.hands[other].length - theirs]).toEqual([4, 1, 1]);
      expectEventOver(next, def, side);
    }
  });

  suite.card('rare-earths-round-two', (def) => {
    for (const truce of [false, true]) {
      const s = at(def.id, { side: 'china', board: { rareEarths: [1, 0], foundries: [2, 0], hbm: [1, 0], tencent: [2, 0] } });
      s.clock = 3;
      if (truce) s.eventsPlayed = ['trade-truce'];
      let next = playEvent(s, def.id);
      expect(next.decision).toMatchObject({ kind: 'remove', side: 'china', owner: 'us' });
      expect(choices(next)).toEqual(['foundries', 'hbm', 'rareEarths']);
      // No limit per space: Foundries stays a target after its first point.
      next = answer(next, remove('foundries'));
      expect(choices(next)).toEqual(['foundries', 'hbm', 'rareEarths']);
      next = answer(next, remove('foundries'));
      expect(choices(next)).toEqual(['hbm', 'rareEarths']);
      next = answer(next, remove('hbm'));
      expect(['rareEarths', 'foundries', 'hbm', 'tencent'].map((sp) => influence(next, sp))).toEqual([[1, 3], [0, 0], [0, 0], [2, 0]]);
      // The clock falls unless the Busan truce (Trade Truce) has fired.
      expect(next.clock).toBe(truce ? 3 : 2);
      expectEventOver(next, def, 'china');
    }
  });

  suite.card('h200-for-a-cut', (def) => {
    for (const licensed of [true, false]) {
      const s = at(def.id, { side: 'us' });
      if (licensed) s.flags = ['h20-licensed'];
      const chinaHand = s.hands.china.length;
      // No limit per space: Tencent stays open after the first point.
      const first = answer(playEvent(s, def.id), place('tencent'));
      expect(choices(first)).toContain('tencent');
      const next = answer(first, place('tencent'), place('alibaba'));
      // With the H20 licensed, Lock-in +1 (its first step pays 1 more Leadership, 4.2.5);
      // otherwise China draws a card.
      expect([influence(next, 'tencent'), influence(next, 'alibaba'), next.leadership]).toEqual([[2, 0], [1, 0], licensed ? 2 : 1]);
      expect([next.lockIn, next.hands.china.length - chinaHand]).toEqual(licensed ? [1, 0] : [0, 1]);
      expectEventOver(next, def, 'us');
    }
  });

  suite.card('nexperia-standoff', (def) => {
    for (const side of ['us', 'china'] as const) {
      const s = at(def.id, { side, board: { foundries: [2, 2], hbm: [1, 1] } });
      s.clock = 4;
      const hand = s.hands[side].length - 1;
      const next = playEvent(s, def.id);
      expect([next.clock, influence(next, 'foundries'), influence(next, 'hbm'), next.hands[side].length - hand]).toEqual([3, [1, 1], [1, 1], 1]);
      expectEventOver(next, def, side);
    }
  });

  suite.coversEveryCard();
});
