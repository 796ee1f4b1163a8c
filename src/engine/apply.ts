// applyAction: the one way a game changes. It checks the action against legalActions,
// then folds it into a new state with Immer; an illegal action throws and changes nothing.
import { produce } from 'immer';
import { answerDecision } from './decisions/index.js';
import { dropDecision, run } from './flow.js';
import { hasChoice, legalActions, sameAction } from './legal.js';
import type { Action, Decision, GameState } from './types.js';
import { plainCopy } from './plain-copy.js';

export class IllegalActionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IllegalActionError';
  }
}

function describeDecision(d: Decision | null): string {
  return d ? `${d.side} must answer a '${d.kind}' decision` : 'nobody has a decision to make';
}

/** Why `action` is not legal now, or null when it is. */
export function whyIllegal(s: GameState, action: Action): string | null {
  if (s.outcome) return 'the game is over';
  if (!s.decision) return 'nobody has a decision to make';
  const legal = legalActions(s);
  if (legal.some((a) => sameAction(a, action))) return null;
  return whyIllegalAmong(s, action, legal);
}

function whyIllegalAmong(s: GameState, action: Action, legal: Action[]): string {
  const sameType = legal.filter((a) => a.type === action.type);
  if (sameType.length === 0) {
    const types = [...new Set(legal.map((a) => a.type))].join(', ');
    return `'${action.type}' is not possible now: ${describeDecision(s.decision)} (possible: ${types || 'nothing'})`;
  }
  return `${JSON.stringify(action)} is not among the ${sameType.length} legal '${action.type}' actions: ${describeDecision(s.decision)}`;
}

/** Fold one legal action into the draft: answer the pending decision (decisions/). */
function answer(s: GameState, action: Action): void {
  answerDecision(s, s.decision as Decision, action);
}

/** Answer decisions that leave no real choice and drop those with no legal answer, each
 * as its own transition. Legal actions are read from finished (plain) states: reading
 * them through Immer's drafts would cost several times more. */
export function settle(state: GameState): GameState {
  let s = state;
  while (s.decision && !s.outcome) {
    const legal = legalActions(s);
    if (legal.length > 1) break;
    const only = legal[0];
    s = produce(s, (draft) => {
      if (only) answer(draft, only);
      else dropDecision(draft);
      run(draft);
    });
  }
  return s;
}

export function applyAction(state: GameState, action: Action): GameState {
  const why = whyIllegal(state, action);
  if (why) throw new IllegalActionError(why);
  const next = produce(state, (draft) => {
    answer(draft, action);
    draft.actionCount++;
    run(draft);
  });
  return settle(next);
}

/** Apply a legal action by changing `state` itself, without Immer: for the simulator (its games
 * start from createGameInPlace) and the bots' look-ahead (on copies made by ai/search-state's
 * forkState). The same rules code runs either way;
 * only the bookkeeping of immutability is skipped. */
export function applyActionInPlace(state: GameState, action: Action): void {
  if (state.outcome || !state.decision) throw new IllegalActionError(whyIllegal(state, action) ?? 'no decision');
  // Usually listed already (by settleInPlace or the bot that chose): legalActions keeps the list
  // while the decision and the log are unchanged, which every answer changes.
  const legal = legalActions(state);
  // A look-ahead answers with an action from the very list: found by identity before field by field.
  if (!legal.includes(action) && !legal.some((a) => sameAction(a, action))) throw new IllegalActionError(whyIllegalAmong(state, action, legal));
  answer(state, action);
  state.actionCount++;
  run(state);
  settleInPlace(state);
}

/** `settle` for a state played in place: the same answers, on `state` itself. */
export function settleInPlace(state: GameState): void {
  while (state.decision && !state.outcome) {
    // A real choice is left listed for whoever answers it (a look-ahead mostly stops there
    // unanswered): hasChoice lists a play's actions only when it cannot tell otherwise.
    if (hasChoice(state)) break;
    const next = legalActions(state);
    if (next[0]) answer(state, next[0]);
    else dropDecision(state);
    run(state);
  }
}

/** A private, mutable deep copy of a state (card definitions are shared: they never change). */
export function cloneState(state: GameState): GameState {
  const { cards, ...rest } = state;
  return { ...plainCopy(rest), cards };
}

/** Used by createGame: run the opening steps of the rules. */
export function runRules(draft: GameState): void {
  run(draft);
}
