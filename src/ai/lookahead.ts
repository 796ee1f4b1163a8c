// Trying a move on a determinized position: play it on a private copy, let the quick
// policy finish what it starts (placements, targets, the opponent's answers to its event),
// and score where it lands. The heuristic bots rank their options this way, and the
// normal bot also lets the opponent answer once.
import type { Side } from '../decks/types.js';
import { applyActionInPlace, legalActions } from '../engine/index.js';
import type { Action, GameState } from '../engine/index.js';
import { evaluate } from './evaluate.js';
import type { Weights } from './evaluate.js';
import { playOut, quickPlayValues, untilActions, untilMacro } from './policy.js';
import { forkState } from './search-state.js';

export interface Tried {
  action: Action;
  /** Value for the side that tried it, the luck of the dice taken out. */
  value: number;
  /** Where the try ended: at the next play, headline, hold or round (or the end). */
  after: GameState;
  /** The dice's luck along the way, for the side that tried it (already taken out of `value`). */
  luck: number;
}

/** Where a try of this kind of decision stops: a headline runs on to the first action round. */
export function stopFor(s: GameState): (s: GameState) => boolean {
  return s.decision?.kind === 'headline' ? untilActions : untilMacro;
}

export function tryAction(det: GameState, action: Action, w: Weights, viewer: Side): Tried {
  const stop = stopFor(det);
  const after = forkState(det);
  applyActionInPlace(after, action);
  const correction = playOut(after, w, viewer, stop);
  return { action, value: evaluate(after, viewer, w) + correction, after, luck: -correction };
}

/** The opponent's answer at a play decision: its events all tried, its Ops uses the `top` best by estimate. */
export function bestReply(s: GameState, w: Weights, top: number): Tried | null {
  const d = s.decision;
  if (!d || s.outcome || d.kind !== 'play') return null;
  const legal = legalActions(s);
  const quick = quickPlayValues(s, d.side, w, legal);
  const order = legal.map((a, i) => ({ a, v: quick[i] as number })).filter((x) => !(x.a.type === 'play' && x.a.use === 'event'));
  order.sort((x, y) => y.v - x.v);
  const candidates = [...legal.filter((a) => a.type === 'play' && a.use === 'event'), ...order.slice(0, top).map((x) => x.a)];
  let best: Tried | null = null;
  for (const a of candidates) {
    const tried = tryAction(s, a, w, d.side);
    if (!best || tried.value > best.value) best = tried;
  }
  return best;
}
