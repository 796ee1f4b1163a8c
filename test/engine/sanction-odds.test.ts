// A sanction's odds, shown before its target is chosen, are the sanction's own: for each roll of
// the die, what sanctionOdds says is what resolving the sanction removes, and a battleground
// costs a clock step whatever the roll.
import { describe, expect, it } from 'vitest';
import { wordLog } from '../../src/i18n/log-words.js';
import { applyAction, lobbyOdds, sanctionOdds, viewFor, type GameState } from '../../src/engine/index.js';
import { loadDeckForTest } from '../cards/deck-fixture.js';
import { position, withNextRoll } from '../cards/position.js';

const BASE = loadDeckForTest('base.yaml');

/** The US about to sanction with H20 Export Licence's 2 Ops. */
function toSanction(): GameState {
  const s = position(BASE, 'h20-export-licence', { side: 'us', board: { saudi: [0, 2], foundries: [1, 3], uae: [0, 1] } });
  return applyAction(s, { type: 'play', card: 'h20-export-licence', use: 'sanction' });
}

describe('a sanction’s odds', () => {
  it('say what each roll removes, as the sanction then does', () => {
    const s = toSanction();
    expect(s.decision?.kind).toBe('sanction');
    for (const space of ['saudi', 'foundries', 'uae']) {
      const odds = sanctionOdds(viewFor(s, 'us'), 'us', space, 2);
      for (let die = 1; die <= 6; die++) {
        const after = applyAction(withNextRoll(s, die), { type: 'sanction', space });
        const removed = (s.influence[space]?.china ?? 0) - (after.influence[space]?.china ?? 0);
        expect(removed, `${space}, roll ${die}`).toBe(odds.removed[die - 1]);
        expect(after.clock - s.clock, `${space} clock`).toBe(odds.clock);
      }
    }
  });

  it('give die + Ops − 2 × stability, and the clock step of a battleground', () => {
    const view = viewFor(toSanction(), 'us');
    expect(sanctionOdds(view, 'us', 'saudi', 2)).toEqual({ modifier: -2, removed: [0, 0, 1, 2, 2, 2], clock: 0 });
    expect(sanctionOdds(view, 'us', 'foundries', 2)).toEqual({ modifier: -4, removed: [0, 0, 0, 0, 1, 2], clock: -1 });
  });
});

describe('a lobbying attempt’s odds', () => {
  // RULES 6.4.3's example: the US lobbies Alibaba with Tencent next door; China holds State cloud and more influence.
  const board = { tencent: [3, 1], alibaba: [1, 3], stateCloud: [0, 3], bytedance: [1, 1] } as Record<string, [number, number]>;

  it('give each side’s bonus and the chances of the 36 rolls', () => {
    const s = position(BASE, 'h20-export-licence', { side: 'us', board });
    expect(lobbyOdds(viewFor(s, 'us'), 'us', 'alibaba')).toEqual({ bonus: { us: 1, china: 2 }, win: 10, tie: 5, lose: 21 });
    expect(lobbyOdds(viewFor(s, 'china'), 'china', 'alibaba')).toEqual({ bonus: { us: 1, china: 2 }, win: 21, tie: 5, lose: 10 });
  });

  it('use the bonuses the lobbying itself adds to the dice', () => {
    const start = position(BASE, 'h20-export-licence', { side: 'us', board });
    const odds = lobbyOdds(viewFor(start, 'us'), 'us', 'alibaba');
    for (let seed = 1; seed <= 20; seed++) {
      let s = applyAction({ ...start, rng: seed }, { type: 'play', card: 'h20-export-licence', use: 'lobby' });
      s = applyAction(s, { type: 'lobby', space: 'alibaba' });
      const entry = s.log.find((e) => e.type === 'lobby');
      if (entry?.type !== 'lobby') throw new Error('no lobbying logged');
      expect(entry.rollUs - odds.bonus.us).toBeGreaterThanOrEqual(1);
      expect(entry.rollUs - odds.bonus.us).toBeLessThanOrEqual(6);
      expect(entry.rollChina - odds.bonus.china).toBeGreaterThanOrEqual(1);
      expect(entry.rollChina - odds.bonus.china).toBeLessThanOrEqual(6);
    }
  });

  it('are logged die by die before the totals, and the log says them in both languages', () => {
    const start = position(BASE, 'h20-export-licence', { side: 'us', board });
    let s = applyAction({ ...start, rng: 3 }, { type: 'play', card: 'h20-export-licence', use: 'lobby' });
    s = applyAction(s, { type: 'lobby', space: 'alibaba' });
    const at = s.log.findIndex((e) => e.type === 'lobby');
    const dice = s.log[at - 1];
    const total = s.log[at];
    if (dice?.type !== 'lobbyDice' || total?.type !== 'lobby') throw new Error('no dice line before the lobbying line');
    expect([dice.bonusUs, dice.bonusChina]).toEqual([1, 2]);
    expect([dice.dieUs + dice.bonusUs, dice.dieChina + dice.bonusChina]).toEqual([total.rollUs, total.rollChina]);
    const words = (lang: 'en' | 'fr') => wordLog({ lang, cards: s.cards, personas: s.setup.personas }, [dice]).map((l) => l.text);
    expect(words('en')).toEqual([`Lobbying in Alibaba: the US rolled ${dice.dieUs}, bonus +1; China rolled ${dice.dieChina}, bonus +2.`]);
    expect(words('fr')[0]).toContain(`dé des États-Unis ${dice.dieUs}, bonus +1`);
  });
});
