// What decides the game, read from a player's view: goals, lasting effects and markers,
// dominance and encirclement, and final scoring if the game ended now. Each figure comes from the
// view alone, so a hidden card (the opponent's hand, the draw pile) can never change it.
import { describe, expect, it } from 'vitest';
import {
  applyAction,
  cardsReading,
  cardsSetting,
  dominanceThreats,
  encirclement,
  goalProgress,
  lastingEffects,
  markersInForce,
  projectedFinal,
  viewFor,
  type GameState,
} from '../../src/engine/index.js';
import type { Text } from '../../src/decks/types.js';
import { localText, type Lang } from '../../src/i18n/lang.js';
import { loadDeckForTest } from '../cards/deck-fixture.js';
import { answer, place, position } from '../cards/position.js';

const BASE = loadDeckForTest('base.yaml');
const label = (text: Text | null | undefined, lang: Lang): string | undefined => (text ? localText(text, lang) : undefined);

/** A clean board where `side` is about to play `card`, with the given influence (us, china). */
function board(cells: Record<string, [number, number]>, card = 'ai-diffusion-rule', personas = { us: 'nvidia', china: 'huawei' } as const): GameState {
  return position(BASE, card, { side: 'us', board: cells, personas });
}

describe('the persona goals this round', () => {
  it('counts what each side has done so far against its goal', () => {
    const s = board({});
    s.stats.us.influencePlaced.chinaMarket = 1;
    s.stats.china.influencePlaced.developers = 2;
    s.stats.china.influencePlaced.globalSouth = 1;
    const view = viewFor(s, 'us');
    expect(goalProgress(view, 'us')).toEqual({ side: 'us', persona: 'nvidia', needed: 2, done: 1, met: false, penalty: 1 });
    expect(goalProgress(view, 'china')).toEqual({ side: 'china', persona: 'huawei', needed: 3, done: 3, met: true, penalty: 0 });
  });

  it('reads the Hawks goal from the clock as it is now', () => {
    const s = board({}, 'ai-diffusion-rule', { us: 'washington', china: 'beijing' } as never);
    s.clock = 4;
    s.stats.us.controlOps = 1;
    expect(goalProgress(viewFor(s, 'china'), 'us')).toMatchObject({ needed: 2, done: 1, met: false, penalty: 1 });
    expect(goalProgress(viewFor(s, 'china'), 'china')).toMatchObject({ persona: 'beijing', needed: 1, done: 0, penalty: 2 });
  });
});

describe('the lasting effects and markers in force', () => {
  it('names each lasting effect by the label its deck gives it', () => {
    const s = board({ saudi: [2, 0] });
    const after = applyAction(s, { type: 'play', card: 'ai-diffusion-rule', use: 'event' });
    const effects = lastingEffects(viewFor(after, 'china'), after.cards);
    expect(effects).toHaveLength(1);
    expect(effects[0]).toMatchObject({ card: 'ai-diffusion-rule', side: 'us', duration: 'round' });
    expect(label(effects[0]?.label, 'en')).toBe('AI diffusion rule: US influence costs +1 Op in the Global South');
    expect(label(effects[0]?.label, 'fr')).toContain('Sud global');
  });

  it('finds a label inside an event that sets a marker too, and names the marker by its card', () => {
    const s = board({}, 'h20-export-licence');
    let after = applyAction(s, { type: 'play', card: 'h20-export-licence', use: 'event' });
    after = answer(after, place('tencent'), place('bytedance'), place('alibaba'));
    const view = viewFor(after, 'china');
    expect(lastingEffects(view, after.cards).map((e) => label(e.label, 'en'))).toEqual(["H20 licence: China's Stack steps cost +1 Op"]);
    expect(markersInForce(view, after.cards)).toEqual([
      {
        flag: 'h20-licensed',
        setBy: ['h20-export-licence'],
        readBy: ['republican-hawks-object', 'revenue-share-deal', 'tencent-orders', 'cac-backdoor-summons', 'poisoned-gift', 'technological-trap'],
      },
    ]);
  });

  it('knows which cards set a marker', () => {
    expect(cardsSetting('chip-controls', Object.fromEntries(BASE.map((c) => [c.id, c])))).toEqual(['advanced-computing-rules']);
  });

  it('knows which cards read a marker (a condition on it), and that a card setting it does not', () => {
    const cards = Object.fromEntries(BASE.map((c) => [c.id, c]));
    expect(cardsReading('chip-controls', cards)).toEqual(['closing-the-a800-gap']);
    expect(cardsReading('no-such-marker', cards)).toEqual([]);
  });
});

describe('dominance and encirclement', () => {
  const market = { tencent: [3, 0], bytedance: [3, 0], alibaba: [3, 0], universities: [2, 0] } as Record<string, [number, number]>;

  it('marks the China Market when a side holds it at Control, live from round 2', () => {
    const s = board(market);
    s.round = 1;
    expect(dominanceThreats(viewFor(s, 'china'))).toEqual([{ region: 'chinaMarket', side: 'us', live: false }]);
    s.round = 2;
    expect(dominanceThreats(viewFor(s, 'china'))).toEqual([{ region: 'chinaMarket', side: 'us', live: true }]);
    expect(dominanceThreats(viewFor(board({ tencent: [3, 0] }), 'us'))).toEqual([]);
  });

  it('says how many Global South spaces the opponent holds, and when that encircles', () => {
    const one = board({ thailand: [0, 1] });
    expect(encirclement(viewFor(one, 'us'), 'us')).toEqual({ side: 'us', encircled: false, held: 1, needed: 2 });
    const narrow = { tencent: [2, 0], bytedance: [2, 0], alibaba: [2, 0], universities: [2, 0] } as Record<string, [number, number]>;
    expect(dominanceThreats(viewFor(board(narrow), 'us'))).toHaveLength(1);
    const two = board({ thailand: [0, 1], malaysia: [0, 1], ...narrow });
    expect(encirclement(viewFor(two, 'us'), 'us')).toEqual({ side: 'us', encircled: true, held: 2, needed: 2 });
    // Encircled, the US needs one more influence in each battleground (3, it has 2): Control is gone.
    two.round = 2;
    expect(dominanceThreats(viewFor(two, 'us'))).toEqual([]);
  });
});

describe('final scoring if the game ended now', () => {
  it('scores every region in order and adds it to Leadership', () => {
    // RULES 7.3.2's example: China's Presence in the China Market, 3 toward China.
    const s = board({ stateCloud: [0, 3], universities: [0, 2], tencent: [1, 1], cudaDevs: [3, 0] });
    s.leadership = 2;
    const p = projectedFinal(viewFor(s, 'us'));
    expect(p.regions.map((r) => [r.region, r.us, r.china])).toEqual([
      ['chinaMarket', 0, 3],
      ['developers', 9, 0],
      ['globalSouth', 0, 0],
      ['supplyChain', 0, 0],
    ]);
    // The US controls CUDA developers, the only battleground, and more spaces: Control, 8 + 1.
    expect(p.leadership).toBe(2 - 3 + 9);
    expect(p.winner).toBe('us');
  });

  it('stops at an end of the Leadership track, as play does', () => {
    const s = board({ stateCloud: [0, 3], universities: [0, 2] });
    s.leadership = -19;
    const p = projectedFinal(viewFor(s, 'us'));
    expect(p.regions).toHaveLength(1);
    expect(p).toMatchObject({ leadership: -20, winner: 'china' });
  });
});

describe('hidden cards change nothing', () => {
  it('gives the same figures whatever the opponent holds or the draw pile hides', () => {
    const s = board({ thailand: [0, 1], tencent: [3, 0] });
    const swapped = structuredClone(s);
    const theirs = swapped.hands.china.splice(0);
    const pile = swapped.deck.splice(0, theirs.length);
    swapped.hands.china.push(...pile);
    swapped.deck.unshift(...theirs);
    for (const side of ['us', 'china'] as const) {
      const a = viewFor(s, 'us');
      const b = viewFor(swapped, 'us');
      expect(goalProgress(b, side)).toEqual(goalProgress(a, side));
      expect(encirclement(b, side)).toEqual(encirclement(a, side));
    }
    const a = viewFor(s, 'us');
    const b = viewFor(swapped, 'us');
    expect(projectedFinal(b)).toEqual(projectedFinal(a));
    expect(dominanceThreats(b)).toEqual(dominanceThreats(a));
    expect(lastingEffects(b, s.cards)).toEqual(lastingEffects(a, s.cards));
  });
});
