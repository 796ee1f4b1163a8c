// The era 1 cards of the base deck (US, neutral, China; signature and scoring cards apart):
// each event, played on a small known board, does what its text says. Each test names the
// board, the answers given, and the exact changes.
import { describe, expect } from 'vitest';
import { legalActions, placementCost, rules } from '../../../src/engine/index.js';
import type { GameState } from '../../../src/engine/index.js';
import { cardSuite } from '../card-suite.js';
import {
  answer, choices, eventIsLegal, expectEventOver, influence, influenceLog, opsForInfluence, place, playEvent, remove, retrieve, setDiscard,
  toNextRound, turnOf,
} from '../position.js';
import type { PositionOptions } from '../position.js';
import { BASE, BASE_FAMILIES, at, WASHINGTON, NVIDIA, HUAWEI, US_2, CHINA_2, ops, GLOBAL_SOUTH } from './base-fixture.js';

const suite = cardSuite(BASE, BASE_FAMILIES.era1);

describe('base deck', () => {
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

  suite.coversEveryCard();
});
