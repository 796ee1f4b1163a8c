// A game between two seats that answer asynchronously (bots in process or in a worker,
// an outside program on stdio), for bot-match and tests.
import type { Side } from '../decks/types.js';
import { applyAction } from '../engine/index.js';
import type { Action, GameState } from '../engine/index.js';
import type { AsyncBot } from './bot.js';
import { botContext } from './context.js';

export interface MatchMove {
  side: Side;
  bot: string;
  action: Action;
  reason: string;
  /** The position the move was made in. */
  before: GameState;
}

export interface MatchResult {
  state: GameState;
  /** True when a seat stopped answering (end of its input) before the game was over. */
  stopped: boolean;
}

export async function playMatch(start: GameState, seats: Record<Side, AsyncBot>, onMove?: (move: MatchMove) => void): Promise<MatchResult> {
  let state = start;
  while (!state.outcome && state.decision) {
    const side = state.decision.side;
    const seat = seats[side];
    const choice = await seat.chooseAsync(botContext(state, side));
    if (choice === null) return { state, stopped: true };
    onMove?.({ side, bot: seat.name, action: choice.action, reason: choice.reason, before: state });
    state = applyAction(state, choice.action);
  }
  return { state, stopped: false };
}
