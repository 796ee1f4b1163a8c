// The shape of one decision kind's rules: its legal answers and how an answer changes the
// state, side by side (as Rally the Troops' `states.X = { prompt, action }`). The words of a
// decision (its prompt and options) are the screen's: `decision.<kind>` and `option.*` in the
// catalogues, worded by src/ui/game/describe.ts and choices.ts.
import type { Action, Decision, GameState } from '../types.js';

export type DecisionKind = Decision['kind'];
export type DecisionOf<K extends DecisionKind> = Extract<Decision, { kind: K }>;
/** The actions that answer a decision of kind K: the action type of the same name. */
export type AnswerOf<K extends DecisionKind> = Extract<Action, { type: K }>;

export interface DecisionRules<K extends DecisionKind> {
  /** Every legal answer to `d`, the one list the screen, the bots and applyAction's check read. */
  legal(s: GameState, d: DecisionOf<K>): AnswerOf<K>[];
  /** Whether `d` has more than one legal answer, when that is cheaper to tell than listing them. */
  hasChoice?(s: GameState, d: DecisionOf<K>): boolean;
  /** Fold one legal answer into the state (a draft, or a state played in place). */
  answer(s: GameState, d: DecisionOf<K>, a: AnswerOf<K>): void;
}
