// Every card of the base deck: its event, played on a small known board, does what its
// text says. Each test names the board, the answers given, and the exact changes.
import { describe, expect } from 'vitest';
import { cloneState, effectiveOps, legalActions, placementCost, raceCost, regionLevels, rules } from '../../src/engine/index.js';
import type { GameState, Persona, RegionId, Side } from '../../src/engine/index.js';
import type { CardDef } from '../../src/decks/types.js';
import { placementEligible } from '../../src/engine/ops.js';
import { cardSuite } from './card-suite.js';
import { loadDeckForTest } from './deck-fixture.js';
import {
  answer, choices, choose, eventIsLegal, expectEventOver, finishEvent, giveCard, influence, influenceLog, newGame, opsForInfluence,
  place, playEvent, position, remove, retrieve, rollLog, sanction, setDiscard, toNextRound, turnOf, withNextRoll,
} from './position.js';
import type { PositionOptions } from './position.js';

const BASE = loadDeckForTest('base.yaml');
const suite = cardSuite(BASE);
const at = (card: string, opts: PositionOptions): GameState => position(BASE, card, opts);
const { SCORING } = rules;

const WASHINGTON = { us: 'washington', china: 'beijing' } as const;
const NVIDIA = { us: 'nvidia', china: 'beijing' } as const;
const HUAWEI = { us: 'washington', china: 'huawei' } as const;
/** A 2-Ops card of each side, to read what a later card is worth (under rules 2.0 most ordinary
 * cards are 1 Op, the floor, where a −1 would not show). */
const US_2 = 'advanced-computing-rules';
const CHINA_2 = 'deepseek-shock';
const ops = (s: GameState, side: Side, card: string): number => effectiveOps(s, side, s.cards[card] as CardDef, 'influence');
const GLOBAL_SOUTH = ['saudi', 'uae', 'thailand', 'malaysia', 'brazil'];
const DEVELOPERS = ['cudaDevs', 'openFrameworks', 'aiLabs', 'startups'];

/** A signature card: in its persona's opening hand only, and back in hand the round after it is played. */
function expectSignature(def: CardDef, side: Side, personas: { us: Persona; china: Persona }, without: { us: Persona; china: Persona }): void {
  expect(newGame(BASE, personas).hands[side]).toContain(def.id);
  const other = newGame(BASE, without);
  expect(other.cards[def.id]).toBeUndefined();
  expect([...other.hands[side], ...other.deck, ...other.box]).not.toContain(def.id);
  const endOfRound = finishEvent(playEvent(at(def.id, { side, personas, lastAction: true }), def.id));
  expect(endOfRound.round).toBe(1);
  expect(endOfRound.aside[side]).toEqual([def.id]);
  const next = toNextRound(endOfRound);
  expect(next.hands[side]).toContain(def.id);
  expect(next.aside[side]).toEqual([]);
}

/** A scoring card: only playable for its event; the Leadership change follows the scoring table; control wins. */
function expectScoring(def: CardDef, region: RegionId, by: Side, board: PositionOptions['board'], levels: object, delta: number, dominance: PositionOptions['board'], winner: Side): void {
  const s = at(def.id, { side: by, board });
  expect(legalActions(s).filter((a) => a.type === 'play' && a.card === def.id)).toEqual([{ type: 'play', card: def.id, use: 'event' }]);
  expect(regionLevels(s, region)).toEqual(levels);
  const scored = playEvent(s, def.id);
  expect(scored.leadership).toBe(delta);
  expect(scored.log.some((e) => e.type === 'score' && e.region === region)).toBe(true);
  expectEventOver(scored, def, by);
  // Control of the China Market wins from round 2; in round 1, and in every other region, it
  // only scores its points.
  const early = playEvent(at(def.id, { side: by, board: { ...board, ...dominance } }), def.id);
  expect(early.outcome).toBeNull();
  expect(early.log.some((e) => e.type === 'score' && e.region === region && e.level[winner] === 'control')).toBe(true);
  const later = at(def.id, { side: by, board: { ...board, ...dominance } });
  later.round = 2;
  const won = playEvent(later, def.id);
  if (region === 'chinaMarket') expect(won.outcome).toMatchObject({ winner, reason: 'dominance', region });
  else {
    expect(won.outcome).toBeNull();
    expect(won.log.some((e) => e.type === 'score' && e.region === region && e.level[winner] === 'control')).toBe(true);
  }
  // A played scoring card returns to the draw pile at the start of the next round.
  const played = finishEvent(playEvent(at(def.id, { side: by, board, lastAction: true }), def.id));
  expect(played.discard).toContain(def.id);
  const next = toNextRound(played);
  expect(next.discard).not.toContain(def.id);
  expect(next.deck).toContain(def.id);
}

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

  suite.card('china-market-scoring', (def) => {
    const board = { tencent: [2, 0], bytedance: [2, 0], universities: [1, 0], stateCloud: [0, 3], alibaba: [1, 1] } as const satisfies PositionOptions['board'];
    const sc = SCORING.chinaMarket;
    expectScoring(def, 'chinaMarket', 'china', board, { us: 'domination', china: 'presence' }, sc.domination + 2 - sc.presence, { alibaba: [2, 0] }, 'us');
  });

  suite.card('developers-scoring', (def) => {
    // One battleground in the Developers: China holding it and more spaces is Control, worth its
    // points (dominance is the China Market's alone).
    const board = { cudaDevs: [0, 2], aiLabs: [0, 1], startups: [1, 0], openFrameworks: [1, 1] } as const satisfies PositionOptions['board'];
    const sc = SCORING.developers;
    expectScoring(def, 'developers', 'us', board, { us: 'presence', china: 'control' }, sc.presence - (sc.control + 1), { openFrameworks: [0, 2] }, 'china');
  });

  suite.card('global-south-scoring', (def) => {
    const board = { saudi: [2, 0], thailand: [1, 0], brazil: [0, 1], uae: [2, 0] } as const satisfies PositionOptions['board'];
    const sc = SCORING.globalSouth;
    expectScoring(def, 'globalSouth', 'china', board, { us: 'control', china: 'presence' }, sc.control + 1 - sc.presence, { malaysia: [1, 0] }, 'us');
  });

  suite.card('supply-chain-scoring', (def) => {
    const board = { hbm: [0, 2], rareEarths: [0, 2], edaTools: [2, 0], foundries: [0, 3] } as const satisfies PositionOptions['board'];
    const sc = SCORING.supplyChain;
    expectScoring(def, 'supplyChain', 'us', board, { us: 'presence', china: 'control' }, sc.presence - (sc.control + 1), { foundries: [0, 4] }, 'china');
  });

  suite.card('advanced-computing-rules', (def) => {
    const s = at(def.id, { side: 'us', board: { foundries: [3, 1], hbm: [1, 2], rareEarths: [0, 4], edaTools: [3, 0], tencent: [0, 2] } });
    const next = playEvent(s, def.id);
    expect([influence(next, 'foundries'), influence(next, 'hbm'), influence(next, 'rareEarths'), influence(next, 'edaTools'), influence(next, 'tencent')])
      .toEqual([[3, 0], [1, 0], [0, 1], [3, 0], [0, 2]]);
    // Up to 3 from each space: all of Foundries' one and HBM's two, three of Rare earths' four.
    expect(influenceLog(s, next)).toEqual([
      ['us', 'china', 'foundries', -1], ['us', 'china', 'hbm', -1], ['us', 'china', 'hbm', -1],
      ['us', 'china', 'rareEarths', -1], ['us', 'china', 'rareEarths', -1], ['us', 'china', 'rareEarths', -1],
    ]);
    expect(next.clock).toBe(rules.CLOCK_START - 1);
    expect(next.flags).toEqual(['chip-controls']);
    expect(next.stats.us.controlOps).toBe(2);
    expectEventOver(next, def, 'us');
  });

  suite.card('entity-list-huawei', (def) => {
    const board = { hbm: [0, 1], cudaDevs: [0, 3], tencent: [0, 2] } as const satisfies PositionOptions['board'];
    for (const personas of [HUAWEI, WASHINGTON]) {
      const s = at(def.id, { side: 'us', personas, board });
      let next = playEvent(s, def.id);
      expect(next.decision).toMatchObject({ kind: 'remove', side: 'us', owner: 'china' });
      expect(choices(next)).toEqual(['cudaDevs', 'hbm']);
      // HBM emptied, the other two points can only come from CUDA developers (answered by the engine).
      next = answer(next, remove('hbm'));
      expect(influenceLog(s, next)).toEqual([['us', 'china', 'hbm', -1], ['us', 'china', 'cudaDevs', -1], ['us', 'china', 'cudaDevs', -1]]);
      expect([influence(next, 'hbm'), influence(next, 'cudaDevs'), influence(next, 'tencent')]).toEqual([[0, 0], [0, 1], [0, 2]]);
      expectEventOver(next, def, 'us');
      // Huawei: China's next card for Ops gets −1; otherwise the US gains 1 Leadership.
      const huawei = personas.china === 'huawei';
      expect([next.leadership, ops(next, 'china', CHINA_2)]).toEqual(huawei ? [0, 1] : [1, 2]);
    }
  });

  suite.card('closing-the-a800-gap', (def) => {
    const board = { tencent: [0, 2], stateCloud: [0, 3], rareEarths: [0, 3] } as const satisfies PositionOptions['board'];
    for (const personas of [WASHINGTON, NVIDIA]) {
      // Always playable: 3 China influence from the China Market, 4 with Chip Controls.
      for (const chipControls of [false, true]) {
        const s = at(def.id, { side: 'us', personas, board });
        if (chipControls) s.flags = ['chip-controls'];
        expect(eventIsLegal(s, def.id)).toBe(true);
        let next = playEvent(s, def.id);
        expect(choices(next)).toEqual(['tencent', 'stateCloud']);
        next = answer(next, remove('tencent'), remove('stateCloud'), remove('stateCloud'), ...(chipControls ? [remove('stateCloud')] : []));
        expect(influenceLog(s, next)).toEqual([
          ['us', 'china', 'tencent', -1], ['us', 'china', 'stateCloud', -1], ['us', 'china', 'stateCloud', -1], ...(chipControls ? [['us', 'china', 'stateCloud', -1]] : []),
        ]);
        expect([influence(next, 'tencent'), influence(next, 'stateCloud'), influence(next, 'rareEarths')]).toEqual([[0, 1], chipControls ? [0, 0] : [0, 1], [0, 3]]);
        expect(next.leadership).toBe(personas.us === 'nvidia' ? -1 : 1);
        expectEventOver(next, def, 'us');
      }
    }
  });

  suite.card('allied-tool-controls', (def) => {
    // Footholds everywhere measured, so no opening cost blurs the extra Op.
    const s = at(def.id, { side: 'us', board: { rareEarths: [0, 1], edaTools: [1, 1], aiLabs: [0, 1] } });
    const next = playEvent(s, def.id);
    expect(influence(next, 'foundries')).toEqual([3, 0]);
    expect([placementCost(next, 'china', 'edaTools'), placementCost(next, 'china', 'aiLabs'), placementCost(next, 'us', 'edaTools')]).toEqual([2, 1, 1]);
    expectEventOver(next, def, 'us');
    const later = toNextRound(playEvent(at(def.id, { side: 'us', lastAction: true }), def.id));
    expect(placementCost(later, 'china', 'edaTools')).toBe(placementCost(later, 'china', 'aiLabs'));
  });

  suite.card('hbm-controls', (def) => {
    const s = at(def.id, { side: 'us', board: { hbm: [1, 3], foundries: [1, 3], rareEarths: [0, 2] } });
    s.stack = 3;
    const next = playEvent(s, def.id);
    expect([influence(next, 'hbm'), influence(next, 'foundries'), influence(next, 'rareEarths'), next.stack]).toEqual([[3, 0], [1, 1], [0, 2], 2]);
    expect(influenceLog(s, next)).toEqual([
      ['us', 'china', 'hbm', -3], ['us', 'china', 'foundries', -1], ['us', 'china', 'foundries', -1], ['us', 'us', 'hbm', 1], ['us', 'us', 'hbm', 1],
    ]);
    expectEventOver(next, def, 'us');
  });

  suite.card('a800-for-china', (def) => {
    for (const personas of [WASHINGTON, NVIDIA]) {
      // No limit per space: Tencent stays open after the first point.
      const first = answer(playEvent(at(def.id, { side: 'us', personas }), def.id), place('tencent'));
      expect(choices(first)).toEqual(['tencent', 'bytedance', 'alibaba', 'stateCloud', 'universities']);
      const next = answer(first, place('tencent'), place('alibaba'));
      expect([influence(next, 'tencent'), influence(next, 'alibaba')]).toEqual([[2, 0], [1, 0]]);
      expect(next.stats.us.influencePlaced.chinaMarket).toBe(3);
      expect(next.leadership).toBe(personas.us === 'washington' ? -1 : 0);
      expectEventOver(next, def, 'us');
    }
  });

  suite.card('ai-diffusion-rule', (def) => {
    const s = at(def.id, { side: 'us', board: { saudi: [0, 3], thailand: [0, 1], uae: [2, 0], tencent: [0, 2] } });
    const next = playEvent(s, def.id);
    expect(next.leadership).toBe(1);
    // Up to 2 from each space: two of Saudi Arabia's three, Thailand's one.
    expect(GLOBAL_SOUTH.map((sp) => influence(next, sp))).toEqual([[0, 1], [2, 0], [0, 0], [0, 0], [0, 0]]);
    expect(influence(next, 'tencent')).toEqual([0, 2]);
    expect(influenceLog(s, next)).toEqual([['us', 'china', 'saudi', -1], ['us', 'china', 'saudi', -1], ['us', 'china', 'thailand', -1]]);
    // Brazil and AI labs are empty: each first point costs the opening Op as well.
    const open = rules.OPENING_COST;
    expect([placementCost(next, 'us', 'brazil'), placementCost(next, 'us', 'aiLabs'), placementCost(next, 'china', 'brazil')]).toEqual([2 + open, 1 + open, 1 + open]);
    expectEventOver(next, def, 'us');
    // This round only: gone next round.
    const later = toNextRound(playEvent(at(def.id, { side: 'us', lastAction: true }), def.id));
    expect(placementCost(later, 'us', 'brazil')).toBe(1 + open);
  });

  suite.card('chatgpt-moment', (def) => {
    for (const side of ['us', 'china'] as const) {
      const first = answer(playEvent(at(def.id, { side }), def.id), place('aiLabs'));
      expect(choices(first)).toEqual(['cudaDevs', 'openFrameworks', 'startups']);
      const next = answer(first, place('startups'));
      const mine = side === 'us' ? [1, 0] : [0, 1];
      expect([influence(next, 'aiLabs'), influence(next, 'startups')]).toEqual([mine, mine]);
      expectEventOver(next, def, side);
    }
  });

  suite.card('woodside-summit', (def) => {
    const board = { saudi: [1, 1], thailand: [1, 1] } as const satisfies PositionOptions['board'];
    const sanctions = (s: GameState, card: string): number => legalActions(s).filter((a) => a.type === 'play' && a.card === card && a.use === 'sanction').length;
    const s = at(def.id, { side: 'china', board });
    s.clock = 3;
    expect(sanctions(turnOf(s, 'china', CHINA_2), CHINA_2)).toBe(1);
    const next = playEvent(s, def.id);
    expect(next.clock).toBe(4);
    expectEventOver(next, def, 'china');
    expect(sanctions(turnOf(next, 'us', US_2), US_2)).toBe(0);
    expect(sanctions(turnOf(next, 'china', CHINA_2), CHINA_2)).toBe(0);
    expect(sanctions(turnOf(s, 'us', US_2), US_2)).toBe(1);
    // For this round only.
    const later = toNextRound(playEvent(at(def.id, { side: 'us', board, lastAction: true }), def.id));
    expect(later.modifiers).toEqual([]);
  });

  suite.card('gallium-germanium-controls', (def) => {
    const s = at(def.id, { side: 'china', board: { rareEarths: [0, 3] } });
    const usHand = [...s.hands.us];
    const first = answer(playEvent(s, def.id), place('rareEarths'));
    expect(choices(first)).toEqual(['foundries', 'hbm', 'edaTools']);
    const second = answer(first, place('hbm'));
    expect(choices(second)).toEqual(['foundries', 'edaTools']);
    const next = answer(second, place('edaTools'));
    expect([influence(next, 'rareEarths'), influence(next, 'hbm'), influence(next, 'edaTools'), influence(next, 'foundries')]).toEqual([[0, 4], [0, 1], [0, 1], [0, 0]]);
    expect(next.hands.us).toHaveLength(usHand.length - 1);
    const lost = usHand.filter((id) => !next.hands.us.includes(id));
    expect(lost).toHaveLength(1);
    expect(next.discard).toContain(lost[0]);
    expectEventOver(next, def, 'china');
    const short = at(def.id, { side: 'china', board: { rareEarths: [0, 2] } });
    const kept = answer(playEvent(short, def.id), place('rareEarths'), place('hbm'), place('edaTools'));
    expect([influence(kept, 'rareEarths'), kept.hands.us]).toEqual([[0, 3], short.hands.us]);
  });

  suite.card('mate-60-surprise', (def) => {
    const next = playEvent(at(def.id, { side: 'china', board: { foundries: [3, 0] } }), def.id);
    expect([next.stack, influence(next, 'foundries')]).toEqual([1, [3, 2]]);
    expectEventOver(next, def, 'china');
  });

  suite.card('stockpiling-before-the-ban', (def) => {
    const next = playEvent(at(def.id, { side: 'china', board: { tencent: [1, 1] } }), def.id);
    expect(['tencent', 'bytedance', 'alibaba', 'stateCloud', 'universities'].map((sp) => influence(next, sp)))
      .toEqual([[1, 3], [0, 2], [0, 2], [0, 0], [0, 0]]);
    expectEventOver(next, def, 'china');
  });

  suite.card('big-fund-iii', (def) => {
    const s = at(def.id, { side: 'china' });
    const chinaCards = ['stockpiling-before-the-ban', 'samr-nvidia-probe'];
    setDiscard(s, [...chinaCards, 'a800-for-china', 'china-market-scoring']);
    const first = answer(playEvent(s, def.id), place('rareEarths'));
    expect(choices(first)).toEqual(['foundries', 'hbm', 'edaTools']);
    const second = answer(first, place('hbm'));
    expect(choices(second)).toEqual(['foundries', 'edaTools']);
    // One a space: the fourth point can only go to Foundries (answered by the engine).
    const placed = answer(second, place('edaTools'));
    expect([influence(placed, 'rareEarths'), influence(placed, 'hbm'), influence(placed, 'edaTools'), influence(placed, 'foundries')]).toEqual([[0, 1], [0, 1], [0, 1], [0, 1]]);
    // Only China cards in the discard pile may be taken.
    expect(placed.decision).toMatchObject({ kind: 'retrieve', side: 'china' });
    expect(choices(placed).sort()).toEqual([...chinaCards].sort());
    const next = answer(placed, retrieve('samr-nvidia-probe'));
    expect(next.hands.china).toContain('samr-nvidia-probe');
    expect(next.discard).not.toContain('samr-nvidia-probe');
    expectEventOver(next, def, 'china');
  });

  suite.card('samr-nvidia-probe', (def) => {
    const board = { tencent: [3, 0], bytedance: [1, 0], foundries: [3, 0] } as const satisfies PositionOptions['board'];
    for (const personas of [WASHINGTON, NVIDIA]) {
      const s = at(def.id, { side: 'china', personas, board });
      let next = playEvent(s, def.id);
      expect(next.decision).toMatchObject({ kind: 'remove', side: 'china', owner: 'us' });
      expect(choices(next)).toEqual(['tencent', 'bytedance']);
      next = answer(next, remove('tencent'), remove('tencent'), remove('bytedance'));
      expect(influenceLog(s, next)).toEqual([['china', 'us', 'tencent', -1], ['china', 'us', 'tencent', -1], ['china', 'us', 'bytedance', -1]]);
      expect([influence(next, 'tencent'), influence(next, 'bytedance'), influence(next, 'foundries')]).toEqual([[1, 0], [0, 0], [3, 0]]);
      expectEventOver(next, def, 'china');
      expect(opsForInfluence(next, 'us', US_2).ops).toBe(personas.us === 'nvidia' ? 1 : 2);
    }
  });

  suite.card('minerals-ban-to-us', (def) => {
    const s = at(def.id, { side: 'china', board: { foundries: [4, 0], hbm: [3, 1], edaTools: [3, 0] } });
    const next = playEvent(s, def.id);
    expect([influence(next, 'foundries'), influence(next, 'hbm'), influence(next, 'edaTools')]).toEqual([[1, 0], [1, 1], [3, 0]]);
    expect(influenceLog(s, next)).toEqual([
      ['china', 'us', 'foundries', -1], ['china', 'us', 'foundries', -1], ['china', 'us', 'foundries', -1], ['china', 'us', 'hbm', -1], ['china', 'us', 'hbm', -1],
    ]);
    expect(next.clock).toBe(rules.CLOCK_START - 1);
    expectEventOver(next, def, 'china');
  });

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
