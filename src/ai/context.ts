// The one place a bot's input is cut from a game: the side's view and the public
// catalogue, nothing else. Game loops (UI, simulator, bot-match) call this.
import type { Side } from '../decks/types.js';
import { viewFor } from '../engine/index.js';
import type { GameState } from '../engine/index.js';
import type { BotContext } from './bot.js';

export function botContext(state: GameState, side: Side): BotContext {
  return { view: viewFor(state, side), catalog: state.cards };
}
