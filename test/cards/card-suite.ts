// One test per card, named with the card's id and English text, and a check that no card
// of the deck was left without one.
import { expect, it } from 'vitest';
import type { CardDef } from '../../src/decks/types.js';
import { englishText } from './deck-fixture.js';

export interface CardSuite {
  /** The card's definition (throws for an id the deck does not have). */
  def(id: string): CardDef;
  /** The test of one card: `body` gets the card's definition. */
  card(id: string, body: (def: CardDef) => void): void;
  /** A test that fails if a card of the deck has no test (call last). */
  coversEveryCard(): void;
}

export function cardSuite(deck: CardDef[]): CardSuite {
  const byId = new Map(deck.map((c) => [c.id, c]));
  const tested = new Set<string>();
  const def = (id: string): CardDef => {
    const found = byId.get(id);
    if (!found) throw new Error(`no card '${id}' in this deck`);
    return found;
  };
  return {
    def,
    card(id, body) {
      const c = def(id);
      tested.add(id);
      it(`${id}: ${englishText(c)}`, () => body(c));
    },
    coversEveryCard() {
      it('has a test for every card of the deck', () => {
        expect(deck.map((c) => c.id).filter((id) => !tested.has(id))).toEqual([]);
      });
    },
  };
}
