// Every legal action for the side that must act now. The UI, the bots, the protocol and
// applyAction's check all read this one list.
import type { Side } from '../decks/types.js';
import { legalAnswers, quickHasChoice } from './decisions/index.js';
import type { Action, GameState } from './types.js';

// A produced state never changes, so its legal actions can be kept with it. States played
// in place (applyActionInPlace) do change: the entry also records what every answered
// decision changes (the decision itself or the log), so a stale entry is never used.
const legalCache = new WeakMap<GameState, { decision: GameState['decision']; logLength: number; legal: Action[] }>();

/** The legal actions of the side that must act now (empty when the game is over). */
export function legalActions(s: GameState): Action[] {
  if (s.outcome || !s.decision) return [];
  const hit = legalCache.get(s);
  if (hit && hit.decision === s.decision && hit.logLength === s.log.length) return hit.legal;
  // Each decision kind lists its own answers: decisions/<kind>.ts.
  const legal = legalAnswers(s, s.decision);
  legalCache.set(s, { decision: s.decision, logLength: s.log.length, legal });
  return legal;
}

/** Whether the side to act has more than one legal action (settling a state only needs that). */
export function hasChoice(s: GameState): boolean {
  if (s.outcome || !s.decision) return false;
  const hit = legalCache.get(s);
  if (hit && hit.decision === s.decision && hit.logLength === s.log.length) return hit.legal.length > 1;
  return quickHasChoice(s, s.decision) ?? legalActions(s).length > 1;
}

/** `copy` is a fresh copy of `s` (same decision, same log): it keeps the list already made for
 * `s`, if any, so a look-ahead that copies a position does not list its actions again. */
export function keepLegalActions(s: GameState, copy: GameState): void {
  const hit = legalCache.get(s);
  if (!hit || hit.decision !== s.decision || hit.logLength !== s.log.length || copy.log.length !== s.log.length) return;
  legalCache.set(copy, { decision: copy.decision, logLength: copy.log.length, legal: hit.legal });
}

/** The side that must act now, if any. */
export function actingSide(s: GameState): Side | null {
  return s.outcome || !s.decision ? null : s.decision.side;
}

/** A stable key for an action, to compare actions and find one in a list. */
export function actionKey(a: Action): string {
  const fields = a as unknown as Record<string, unknown>;
  return Object.keys(fields)
    .filter((k) => fields[k] !== undefined)
    .sort()
    .map((k) => `${k}=${String(fields[k])}`)
    .join(';');
}

const ACTION_FIELDS = ['type', 'card', 'use', 'eventFirst', 'space', 'option', 'first'] as const;

/** Whether two actions are the same move (fields compared one by one: it runs on every action). */
export function sameAction(a: Action, b: Action): boolean {
  // Usually the very action listed: a look-ahead answers with an action from the list it checks.
  if (a === b) return true;
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  for (const f of ACTION_FIELDS) if (x[f] !== y[f]) return false;
  return fieldCount(x) === fieldCount(y);
}

/** Object.keys(x).length without the array. */
function fieldCount(x: object): number {
  let n = 0;
  for (const _field in x) n++;
  return n;
}
