// What a spectator may see: the board as both seats see it, neither hand, no secret headline.
// Built from a seat's view (viewFor), then narrowed, so a new private field of the state stays
// out of it the same way it stays out of viewFor.
import type { GameState } from '../engine/index.js';
import { viewFor } from '../engine/index.js';
import type { PublicView } from './messages.js';

export function publicView(state: GameState): PublicView {
  // `known` is the us seat's own memory of hidden cards (its peeks): never a spectator's.
  const { hand: _hand, legal: _legal, side: _side, opponentHandCount: _count, known: _known, ...rest } = viewFor(state, 'us');
  const revealed = state.headlineRevealed;
  return {
    ...rest,
    // The count of each hand, not its cards (the us seat's view named its own).
    opponentHandCount: 0,
    handCounts: { us: state.hands.us.length, china: state.hands.china.length },
    headline: { us: revealed ? state.headline.us : null, china: revealed ? state.headline.china : null },
    side: null,
    hand: [],
    legal: [],
  };
}
