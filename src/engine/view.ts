// What one side may see: everything public, its own hand, the opponent's hand as a count.
// The draw pile's order, the generator's state and a secret headline never reach it.
import type { CardId, Side } from '../decks/types.js';
import { legalActions } from './legal.js';
import { other } from './rules.js';
import type { Action, GameState } from './types.js';

export interface PlayerView extends Omit<GameState, 'cards' | 'rng' | 'deck' | 'hands' | 'headline' | 'setup'> {
  side: Side;
  setup: Omit<GameState['setup'], 'seed'>;
  hand: CardId[];
  opponentHandCount: number;
  deckCount: number;
  /** Own headline, and the opponent's once both are revealed. */
  headline: Record<Side, CardId | null>;
  /** Whether each side has chosen its headline (the card itself stays secret). */
  headlineChosen: Record<Side, boolean>;
  /** The actions this side may take now (empty when it is not its turn). */
  legal: Action[];
}

export function viewFor(s: GameState, side: Side): PlayerView {
  const { cards: _c, rng: _r, deck, hands, headline, setup, ...open } = s;
  const { seed: _seed, ...setupWithoutSeed } = setup;
  const opp = other(side);
  return {
    ...open,
    side,
    setup: setupWithoutSeed,
    hand: [...hands[side]],
    opponentHandCount: hands[opp].length,
    deckCount: deck.length,
    headline: {
      us: side === 'us' || s.headlineRevealed ? headline.us : null,
      china: side === 'china' || s.headlineRevealed ? headline.china : null,
    } as Record<Side, CardId | null>,
    headlineChosen: { us: headline.us !== null, china: headline.china !== null },
    legal: s.decision?.side === side ? legalActions(s) : [],
  };
}
