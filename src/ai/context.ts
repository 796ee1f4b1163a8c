// A bot's input cut from a game: the side's view and the public catalogue, nothing else.
// Bot-match (match.ts), the simulator (sim/play.ts) and the game screen (ui/game/use-game.ts,
// which adds its language and abort signal) all cut it here.
import type { Side } from '../decks/types.js';
import { viewFor } from '../engine/index.js';
import type { GameState } from '../engine/index.js';
import type { BotContext } from './bot.js';

export function botContext(state: GameState, side: Side): BotContext {
  return { view: viewFor(state, side), catalog: state.cards };
}
