// What a spectator may see: the board as both seats see it, neither hand, no secret headline;
// of the hands, only the cards a reveal showed both seats.
// Built from a seat's view (viewFor), then narrowed, so a new private field of the state stays
// out of it the same way it stays out of viewFor.
import type { GameState } from '../engine/index.js';
import { publicKnownCards, viewFor } from '../engine/index.js';
import type { PublicView } from './messages.js';

export function publicView(state: GameState): PublicView {
  // `known` is the us seat's own memory of hidden cards (its peeks): never a spectator's. A
  // reveal is public, so the spectator gets the revealed cards still in a hand, and only those.
  const { hand: _hand, legal: _legal, side: _side, opponentHandCount: _count, known: _known, ...rest } = viewFor(state, 'us');
  const revealed = state.headlineRevealed;
  const known = publicKnownCards(state);
  return {
    ...rest,
    ...(known ? { known } : {}),
    // The count of each hand, not its cards (the us seat's view named its own).
    opponentHandCount: 0,
    handCounts: { us: state.hands.us.length, china: state.hands.china.length },
    headline: { us: revealed ? state.headline.us : null, china: revealed ? state.headline.china : null },
    side: null,
    hand: [],
    legal: [],
  };
}
