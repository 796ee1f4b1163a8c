// Every decision kind's rules, one module a kind: the compiler checks that each kind of
// `Decision` has its module here, and that each is answered by the `Action` of the same name.
import type { Action, Decision, GameState } from '../types.js';
import { chooseFirst } from './choose-first.js';
import { choose } from './choose.js';
import { discard } from './discard.js';
import { headline } from './headline.js';
import { hold } from './hold.js';
import { lobby } from './lobby.js';
import { place } from './place.js';
import { play } from './play.js';
import { remove } from './remove.js';
import { retrieve } from './retrieve.js';
import type { DecisionKind, DecisionRules } from './rules.js';
import { sanction } from './sanction.js';

/** A decision kind with no action of its name, or an action type that answers no kind. */
type Unpaired = Exclude<DecisionKind, Action['type']> | Exclude<Action['type'], DecisionKind>;

/** The rules of each decision kind. A new kind without a module here fails to compile
 * ("Property '…' is missing"); so does a kind and an action that do not share a name (the type
 * then becomes the unpaired names). */
const DECISIONS: [Unpaired] extends [never] ? { readonly [K in DecisionKind]: DecisionRules<K> } : Unpaired = {
  chooseFirst,
  headline,
  play,
  place,
  remove,
  sanction,
  lobby,
  choose,
  discard,
  retrieve,
  hold,
};

/** The rules of `d`'s kind. The compiler cannot pair `d`'s kind with the kind of the module it
 * indexes (a union indexing a mapped type), hence the one widening here. */
function rulesOf(d: Decision): DecisionRules<DecisionKind> {
  return DECISIONS[d.kind] as DecisionRules<DecisionKind>;
}

/** Every legal answer to `d`. */
export function legalAnswers(s: GameState, d: Decision): Action[] {
  return rulesOf(d).legal(s, d);
}

/** Whether `d` has more than one legal answer, told without listing them; null when its kind
 * has no quicker way than the list. */
export function quickHasChoice(s: GameState, d: Decision): boolean | null {
  const rules = rulesOf(d);
  return rules.hasChoice ? rules.hasChoice(s, d) : null;
}

/** Fold `action`, one of `d`'s legal answers, into the state. */
export function answerDecision(s: GameState, d: Decision, action: Action): void {
  if (action.type !== d.kind) throw new Error(`a '${action.type}' action does not answer a '${d.kind}' decision`);
  rulesOf(d).answer(s, d, action);
}
