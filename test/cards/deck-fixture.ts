// The shipped decks, as the card tests load them. Parsed straight from the YAML until the
// zod loader (src/decks/loader.ts) lands: switching is this one function.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { CardDef, Deck } from '../../src/decks/types.js';

const CARDS_DIR = fileURLToPath(new URL('../../cards/', import.meta.url));

/** The cards of `cards/<file>` (e.g. 'base.yaml'). */
export function loadDeckForTest(file: string): CardDef[] {
  const deck = parse(readFileSync(CARDS_DIR + file, 'utf8')) as Deck;
  return deck.cards;
}

/** A card's English text: what the tests are named after and check against. */
export function englishText(card: CardDef): string {
  return typeof card.text === 'string' ? card.text : card.text.en;
}
