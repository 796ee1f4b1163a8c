// The shipped decks, as the card tests load them: through the deck loader, as the game does
// (the base deck checked as a base deck, any other file as its expansion).
import { fileURLToPath } from 'node:url';
import { loadBaseDeck, loadDecksFromDisk } from '../../src/decks/deck-files.js';
import { formatProblem } from '../../src/decks/problem.js';
import type { CardDef, LoadedDeck } from '../../src/decks/types.js';

const CARDS_DIR = fileURLToPath(new URL('../../cards/', import.meta.url));

function baseDeck(): LoadedDeck {
  const base = loadBaseDeck();
  if (!base.deck) throw new Error(base.problems.map(formatProblem).join('\n'));
  return base.deck;
}

/** The cards of `cards/<file>` (e.g. 'base.yaml'). */
export function loadDeckForTest(file: string): CardDef[] {
  if (file === 'base.yaml') return baseDeck().cards;
  const result = loadDecksFromDisk([CARDS_DIR + file], { asExpansion: true, known: [baseDeck()] });
  const deck = result.decks[0];
  if (!result.ok || !deck) throw new Error(result.problems.map(formatProblem).join('\n'));
  return deck.cards;
}
/** A card's English text: what the tests are named after and check against. */
export function englishText(card: CardDef): string {
  return typeof card.text === 'string' ? card.text : card.text.en;
}
