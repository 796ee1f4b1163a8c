// One test per card, named with the card's id and English text, and a check that no card
// of the deck (or of one family of its cards, when a deck's tests are split over files)
// was left without one.
import { expect, it } from 'vitest';
import type { CardDef } from '../../src/decks/types.js';
import { englishText } from './deck-fixture.js';

/** Some of a deck's cards, tested in one file: a name for messages and which cards belong. */
export interface CardFamily {
  name: string;
  has(card: CardDef): boolean;
}

export interface CardSuite {
  /** The card's definition (throws for an id the deck does not have). */
  def(id: string): CardDef;
  /** The test of one card: `body` gets the card's definition (throws for a card outside the family). */
  card(id: string, body: (def: CardDef) => void): void;
  /** A test that fails if a card of the deck (or of the family) has no test (call last). */
  coversEveryCard(): void;
}

export function cardSuite(deck: CardDef[], family?: CardFamily): CardSuite {
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
      if (family && !family.has(c)) throw new Error(`card '${id}' is not one of the ${family.name}: test it in that family's file`);
      tested.add(id);
      it(`${id}: ${englishText(c)}`, () => body(c));
    },
    coversEveryCard() {
      const cards = family ? deck.filter((c) => family.has(c)) : deck;
      it(family ? `has a test for every card of the family: ${family.name}` : 'has a test for every card of the deck', () => {
        expect(cards.length).toBeGreaterThan(0);
        expect(cards.map((c) => c.id).filter((id) => !tested.has(id))).toEqual([]);
      });
    },
  };
}
