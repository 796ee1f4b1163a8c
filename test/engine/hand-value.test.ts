// A value counted in a hand (`{ hand: <side> }`): the cards a side holds when the effect runs,
// which both players can see, so it reveals nothing.
import { describe, expect, it } from 'vitest';
import type { CardDef, Value } from '../../src/decks/types.js';
import { loadBaseDeck } from '../../src/decks/deck-files.js';
import { loadDeckText } from '../../src/decks/loader.js';
import { formatProblem } from '../../src/decks/problem.js';
import { evalValue } from '../../src/engine/conditions.js';
import { applyAction } from '../../src/engine/index.js';
import { atFirstActionRound, giveCard } from './helpers.js';

function counting(amount: Value): CardDef {
  return {
    id: 'hand-count',
    title: { en: 'Hand Count', fr: 'Compte des cartes' },
    side: 'neutral',
    ops: 2,
    era: 1,
    text: 'Leadership for each card in a hand.',
    event: [{ op: 'vp', side: 'self', amount }],
    history: 'A test card.',
    date: '2024',
    source: 'test',
  };
}

/** The Leadership the acting side gains by playing the card for its event, and both hands just before. */
function play(amount: Value): { gained: number; own: number; opponent: number } {
  const s = atFirstActionRound(3);
  s.cards = { ...s.cards, 'hand-count': counting(amount) };
  giveCard(s, 'hand-count');
  const side = s.decision?.side ?? 'us';
  const opponent = side === 'us' ? 'china' : 'us';
  const before = { own: s.hands[side].length, opponent: s.hands[opponent].length };
  const after = applyAction(s, { type: 'play', card: 'hand-count', use: 'event' });
  const toward = side === 'us' ? 1 : -1;
  return { gained: (after.leadership - s.leadership) * toward, ...before };
}

describe('a value counted in a hand', () => {
  it("counts the opponent's cards, and the acting side's without the card being played", () => {
    const theirs = play({ hand: 'opponent' });
    expect(theirs.opponent).toBeGreaterThan(1);
    expect(theirs.gained).toBe(theirs.opponent);
    const mine = play({ hand: 'self' });
    expect(mine.gained).toBe(mine.own - 1);
  });

  it('is multiplied by times and capped by max', () => {
    const capped = play({ hand: 'opponent', max: 1 });
    expect(capped.gained).toBe(1);
    const s = atFirstActionRound(3);
    const ctx = { self: 'us' as const, card: 'x' };
    const china = s.hands.china.length;
    expect(china).toBeGreaterThan(2);
    expect(evalValue(s, { hand: 'china', times: 2 }, ctx)).toBe(2 * china);
    expect(evalValue(s, { hand: 'opponent', times: -1 }, ctx)).toBe(-china);
    expect(evalValue(s, { hand: 'self', times: 3, max: 2 }, ctx)).toBe(2);
  });

  it('loads from a deck file, and a wrong side is named with its choices', () => {
    const base = loadBaseDeck().deck;
    const deck = (amount: string) => `formatVersion: 1
id: hands
name: { en: Hands, fr: Mains }
cards:
  - id: hands-one
    title: { en: Hands, fr: Mains }
    side: us
    ops: 2
    era: 1
    text: { en: "The US gains 1 Leadership per card in China's hand (at most 3).", fr: "Les États-Unis gagnent 1 Leadership par carte dans la main de la Chine (3 au plus)." }
    event:
      - { op: vp, side: self, amount: ${amount} }
    history: { en: A test card., fr: Une carte de test. }
    date: "2024"
    source: Test
`;
    const load = (amount: string) => loadDeckText(deck(amount), 'hands.yaml', { asExpansion: true, known: base ? [base] : [] });
    const ok = load('{ hand: opponent, max: 3 }');
    expect(ok.problems.map(formatProblem)).toEqual([]);
    expect(ok.deck?.cards[0]?.event).toEqual([{ op: 'vp', side: 'self', amount: { hand: 'opponent', max: 3 } }]);
    expect(load('{ hand: them }').problems.map(formatProblem).join('\n')).toMatch(
      /hands\.yaml:12:\d+: error: hand: expected one of self, opponent, us, china, got "them"/,
    );
  });
});
