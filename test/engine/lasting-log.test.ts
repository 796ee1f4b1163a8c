// Lasting rules seen in play: the log tells when one starts, ends and changes a roll or a cost,
// by the deck's label; flags by their name. These lines are narration: the game's fingerprint
// leaves them out, so the games and saves from before them still match.
import { describe, expect, it } from 'vitest';
import type { CardDef } from '../../src/decks/types.js';
import { applyAction, hashState } from '../../src/engine/index.js';
import type { GameState, LogEntry } from '../../src/engine/index.js';
import { NARRATION } from '../../src/engine/log.js';
import { markerName } from '../../src/i18n/game-words.js';
import { wordLog } from '../../src/i18n/log-words.js';
import { fixtureSetup } from './fixture-deck.js';
import { atFirstActionRound, giveCard, playGame } from './helpers.js';

const CHIP_CONTROLS: CardDef = {
  id: 'chip-controls',
  title: { en: 'The Hague Takes Over', fr: 'La Haye prend la main' },
  side: 'neutral',
  ops: 2,
  era: 1,
  text: 'Sanction rolls +1 this round.',
  event: [
    { op: 'lasting', side: 'self', duration: 'round', rule: { kind: 'sanctionRoll', amount: 1 }, label: { en: 'Chip Controls', fr: 'Contrôle des puces' } },
    { op: 'flag', flag: 'litho-7nm-known', set: true, label: { en: '7 nm Known', fr: '7 nm connu' } },
  ],
  history: 'A test card.',
  date: '2025',
  source: 'test',
};

function withChipControls(seed: number): GameState {
  const s = atFirstActionRound(seed);
  // The catalogue is shared and frozen: a new one with the test's card.
  s.cards = { ...s.cards, 'chip-controls': CHIP_CONTROLS };
  giveCard(s, 'chip-controls');
  return s;
}

const words = (s: GameState, lang: 'en' | 'fr' = 'en') => wordLog({ lang, cards: s.cards, personas: s.setup.personas }, s.log).map((l) => l.text);

describe('lasting rules in the log', () => {
  it('says when a rule starts, by its label and card, and names a flag by its label', () => {
    const s = withChipControls(3);
    const next = applyAction(s, { type: 'play', card: 'chip-controls', use: 'event' });
    expect(next.modifiers).toHaveLength(1);
    const lines = words(next);
    expect(lines).toContain('Chip Controls (The Hague Takes Over) is in force this round.');
    expect(lines).toContain('“7 nm Known” is now in effect.');
    expect(words(next, 'fr')).toContain('Contrôle des puces (La Haye prend la main) est en vigueur pour cette manche.');
    expect(markerName({ lang: 'en', cards: next.cards }, 'litho-7nm-known')).toBe('7 nm Known');
    expect(markerName({ lang: 'en', cards: {} }, 'litho-7nm-known')).toBe('Litho 7nm known');
  });

  it('shows a rule beside the die it changed: rolled 6 −1 +1 (Chip Controls) = 6', () => {
    const s = withChipControls(3);
    const side = s.decision?.side ?? 'us';
    const opp = side === 'us' ? 'china' : 'us';
    s.modifiers.push({ source: 'chip-controls', side, duration: 'round', rule: { kind: 'sanctionRoll', amount: 1 } });
    const card = side === 'us' ? 'us-place' : 'china-roll';
    giveCard(s, card);
    s.influence.uae = { us: 0, china: 0, [opp]: 2 } as { us: number; china: number };
    let next = applyAction(s, { type: 'play', card, use: 'sanction' });
    next = applyAction(next, { type: 'sanction', space: 'uae' });
    const sanction = next.log.find((e) => e.type === 'sanction') as Extract<LogEntry, { type: 'sanction' }>;
    // 3 Ops − 2 × stability 2 = −1, and +1 from the rule.
    expect(sanction.modifier).toBe(0);
    const acts = next.log.filter((e) => e.type === 'lastingActs');
    expect(acts).toEqual([expect.objectContaining({ card: 'chip-controls', on: 'sanction', amount: 1 })]);
    const line = words(next).find((l) => l.includes('sanctioned'));
    expect(line).toContain(`rolled ${sanction.roll} −1 +1 (Chip Controls) = ${sanction.result}`);
    // One line: the rule's entry is folded into the sanction's.
    expect(words(next).filter((l) => l.includes('Chip Controls'))).toHaveLength(1);
  });

  it('says when a rule changed a cost, and when a round rule ends', () => {
    // The fixture's china-lasting card: US influence in the China Market costs 1 more this round.
    for (let seed = 1; seed < 200; seed++) {
      const { final } = playGame(fixtureSetup(seed), seed);
      const start = final.log.findIndex((e) => e.type === 'lasting' && e.card === 'china-lasting' && e.change === 'starts');
      const acted = final.log.findIndex((e, i) => i > start && e.type === 'lastingActs' && e.card === 'china-lasting');
      if (start < 0 || acted < 0) continue;
      const round = (final.log[start] as LogEntry).round;
      const ends = final.log.findIndex((e, i) => i > start && e.type === 'lasting' && e.card === 'china-lasting' && e.change === 'ends');
      expect(ends).toBeGreaterThan(start);
      expect((final.log[ends] as LogEntry).round).toBe(round);
      const lines = words(final);
      expect(lines.some((l) => /\(.*: \+1 Op each\)\.$/.test(l) || l.includes('+1 Op on'))).toBe(true);
      expect(lines.some((l) => l.endsWith('is no longer in force.'))).toBe(true);
      return;
    }
    throw new Error('no fixture game had the lasting rule change a cost');
  });

  it('leaves narration out of the game fingerprint', () => {
    const { final } = playGame(fixtureSetup(4), 4);
    expect(final.log.some((e) => NARRATION.has(e.type))).toBe(true);
    expect(hashState(final)).toBe(hashState({ ...final, log: final.log.filter((e) => !NARRATION.has(e.type)) }));
  });
});
