// `retrieve` with `card`: only the named card comes back from the discard pile, and only when it
// is there; the validator checks the name.
import { describe, expect, it } from 'vitest';
import type { CardDef } from '../../src/decks/types.js';
import { loadBaseDeck } from '../../src/decks/deck-files.js';
import { loadDeckText } from '../../src/decks/loader.js';
import { formatProblem } from '../../src/decks/problem.js';
import { card, isOrdinary } from '../../src/engine/cards.js';
import { applyAction } from '../../src/engine/index.js';
import type { GameState } from '../../src/engine/index.js';
import { atFirstActionRound, giveCard } from './helpers.js';

const FETCH: CardDef = {
  id: 'fetch',
  title: { en: 'Fetch', fr: 'Rapporter' },
  side: 'neutral',
  ops: 2,
  era: 1,
  text: 'Take a named card back from the discard pile.',
  event: [],
  history: 'A test card.',
  date: '2024',
  source: 'test',
};

/** Plays a card whose event retrieves `named`, with `inDiscard` put in the discard pile first. */
function fetch(named: string, inDiscard: string[]): { before: GameState; after: GameState; side: 'us' | 'china' } {
  const s = atFirstActionRound(4);
  s.cards = { ...s.cards, fetch: { ...FETCH, event: [{ op: 'retrieve', side: 'self', card: named }] } };
  giveCard(s, 'fetch');
  const side = s.decision?.side ?? 'us';
  for (const id of inDiscard) {
    for (const list of [s.deck, s.hands.us, s.hands.china, s.box]) if (list.includes(id)) list.splice(list.indexOf(id), 1);
    s.discard.push(id);
  }
  return { before: s, after: applyAction(s, { type: 'play', card: 'fetch', use: 'event' }), side };
}

describe('retrieve a named card', () => {
  it('brings back only that card, with no choice to make', () => {
    const s = atFirstActionRound(4);
    const [a, b] = s.box.filter((id) => isOrdinary(card(s, id)) && card(s, id).scoring === undefined);
    expect(a && b).toBeTruthy();
    const { after, side } = fetch(a as string, [a as string, b as string]);
    expect(after.hands[side]).toContain(a);
    expect(after.discard).toContain(b);
    expect(after.discard).not.toContain(a);
    expect(after.decision?.kind).not.toBe('retrieve');
  });

  it('does nothing when the card is not in the discard pile', () => {
    const s = atFirstActionRound(4);
    const [a, b] = s.box.filter((id) => isOrdinary(card(s, id)) && card(s, id).scoring === undefined);
    const { before, after, side } = fetch(a as string, [b as string]);
    expect(after.hands[side]).not.toContain(a);
    expect(after.discard).toContain(b);
    expect(after.hands[side].length).toBe(before.hands[side].length - 1);
  });
});

describe('checking a retrieve by card', () => {
  const base = loadBaseDeck().deck;
  const problems = (card: string) =>
    loadDeckText(
      `formatVersion: 1
id: fetch
name: { en: Fetch, fr: Rapporter }
cards:
  - id: fetch-one
    title: { en: Fetch, fr: Rapporter }
    side: us
    ops: 2
    era: 1
    text: { en: Take a card back., fr: Reprenez une carte. }
    event:
      - { op: retrieve, side: self, card: ${card} }
    history: { en: A test card., fr: Une carte de test. }
    date: "2024"
    source: Test
`,
      'fetch.yaml',
      { asExpansion: true, known: base ? [base] : [] },
    ).problems.map(formatProblem);

  it('accepts a card of a loaded deck, and warns for one that never comes back', () => {
    expect(problems('entity-list-huawei')).toEqual([]);
    expect(problems('trade-truce').join('\n')).toContain('warning: card: "trade-truce" is a card that passes');
  });

  it('names an unknown card with a did-you-mean, at its line', () => {
    expect(problems('rare-earth-leverag').join('\n')).toContain('fetch.yaml:12:');
    expect(problems('rare-earth-leverag').join('\n')).toMatch(
      /error: card: no loaded deck has a card "rare-earth-leverag"; did you mean "rare-earth-leverage"\?/,
    );
  });

  it('warns that a signature card never comes back', () => {
    expect(problems('foreign-direct-product-rule').join('\n')).toContain(
      'warning: card: "foreign-direct-product-rule" is a signature card, never taken back from the discard pile, so this does nothing',
    );
  });
});
