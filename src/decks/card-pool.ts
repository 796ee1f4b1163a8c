// The cards a game is set up with: every card of the loaded decks, and each deck's id and
// hash (saves and replays record them). Matches the `cards` and `decks` fields of GameSetup.
import type { CardDef, LoadedDeck } from './types.js';

export interface CardPool {
  cards: CardDef[];
  decks: { id: string; hash: string }[];
}

export function cardPool(decks: readonly LoadedDeck[]): CardPool {
  return {
    cards: decks.flatMap((deck) => deck.cards),
    decks: decks.map((deck) => ({ id: deck.id, hash: deck.hash })),
  };
}
