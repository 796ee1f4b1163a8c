// A deck's profile: what it adds to a game at a glance. The side mix is the first suspect when
// an expansion shifts the win rate: a card of one side played for Ops by the other fires its
// event for free, so a deck with more US cards gives the US more events.
import type { CardSide } from '../decks/types.js';
import type { SimDeck } from './plan.js';

export interface DeckProfile {
  id: string;
  hash: string;
  /** Added to the first deck as an expansion (a `--deck` file over the base deck). */
  added: boolean;
  cards: number;
  /** Cards and their total Ops by side (scoring cards count as neutral with Ops 0). */
  sides: Record<CardSide, { cards: number; ops: number }>;
  /** Cards by era: index 0 is era 1. */
  eras: number[];
  scoring: number;
  signature: number;
  /** Cards whose event has a `requires`. */
  requires: number;
  tags: { control: number; market: number };
}

export function deckProfiles(deck: SimDeck): DeckProfile[] {
  const added = new Set(deck.added ?? []);
  return deck.decks.map(({ id, hash }) => {
    const cards = deck.cards.filter((_, i) => (deck.deckOf ? deck.deckOf[i] === id : deck.decks.length === 1));
    const sides = { us: { cards: 0, ops: 0 }, china: { cards: 0, ops: 0 }, neutral: { cards: 0, ops: 0 } };
    const eras: number[] = [];
    const profile: DeckProfile = {
      id,
      hash,
      added: added.has(id),
      cards: cards.length,
      sides,
      eras,
      scoring: 0,
      signature: 0,
      requires: 0,
      tags: { control: 0, market: 0 },
    };
    for (const card of cards) {
      sides[card.side].cards++;
      sides[card.side].ops += card.ops;
      while (eras.length < card.era) eras.push(0);
      eras[card.era - 1] = (eras[card.era - 1] ?? 0) + 1;
      if (card.scoring) profile.scoring++;
      if (card.signature) profile.signature++;
      if (card.requires) profile.requires++;
      for (const tag of card.tags ?? []) profile.tags[tag]++;
    }
    return profile;
  });
}
