// A bot's input cut from a game: the side's view and the public
// catalogue, nothing else. bot-match (match.ts) calls it; the UI and the simulator
// build the same { view: viewFor(state, side), catalog } with their own language or signal.
import type { Side } from '../decks/types.js';
import { viewFor } from '../engine/index.js';
import type { GameState } from '../engine/index.js';
import type { BotContext } from './bot.js';

export function botContext(state: GameState, side: Side): BotContext {
  return { view: viewFor(state, side), catalog: state.cards };
}
