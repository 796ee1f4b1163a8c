// A game between two seats that answer asynchronously (bots in process or in a worker,
// an outside program on stdio), for bot-match and tests.
import type { Side } from '../decks/types.js';
import { applyAction } from '../engine/index.js';
import type { Action, GameState } from '../engine/index.js';
import type { Lang } from '../i18n/lang.js';
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
  /** Every move made, in order: with the start's setup, the game as a save records it. */
  actions: Action[];
  /** True when a seat stopped answering (end of its input) before the game was over. */
  stopped: boolean;
}

/**
 * Plays until the game is over or a seat stops answering. `onMove` hears of each move once
 * it may be shown: a headline (and its reason, which names the card) is secret until both
 * are revealed, so its move is told at the reveal, as the game screen does.
 */
export async function playMatch(start: GameState, seats: Record<Side, AsyncBot>, onMove?: (move: MatchMove) => void, lang?: Lang): Promise<MatchResult> {
  let state = start;
  const actions: Action[] = [];
  const secret: MatchMove[] = [];
  while (!state.outcome && state.decision) {
    const side = state.decision.side;
    const seat = seats[side];
    // The reasons in the match's language; the moves are the same in every language.
    const choice = await seat.chooseAsync(lang ? { ...botContext(state, side), lang } : botContext(state, side));
    if (choice === null) return { state, actions, stopped: true };
    const move = { side, bot: seat.name, action: choice.action, reason: choice.reason, before: state };
    state = applyAction(state, choice.action);
    actions.push(choice.action);
    if (choice.action.type === 'headline' && !state.headlineRevealed && !state.outcome) {
      secret.push(move);
      continue;
    }
    for (const told of secret.splice(0)) onMove?.(told);
    onMove?.(move);
  }
  return { state, actions, stopped: false };
}
