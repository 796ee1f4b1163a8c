// The worst-case work of an event: how many primitive steps the engine's interpreter may run
// for it, every `repeat` multiplied out, every `forEach` over the whole board, the costliest
// branch of every `if`, `choose` and `roll`. No effect plays another card's event, so an
// event's work is its own tree: there is no chain to follow.
//
// Why a bound: the engine stops a rules run after 100,000 steps (an internal-loop guard), and
// the bots' look-ahead runs the events of the cards in hand many times a move. A deck whose
// events stay under LIMITS.eventWork plays with every bot; four nested `repeat: 10` did not.
import type { Effect } from './types.js';
import { LIMITS, SPACE_IDS } from './vocabulary.js';

/** Steps of a list of effects: one per effect run, plus what each runs inside it. */
export function effectsWork(effects: readonly Effect[]): number {
  let total = 0;
  for (const effect of effects) total += effectWork(effect);
  return total;
}

export function effectWork(effect: Effect): number {
  switch (effect.op) {
    case 'repeat':
      return 1 + effect.times * effectsWork(effect.effects);
    case 'forEach':
      return 1 + SPACE_IDS.length * effectsWork(effect.effects);
    case 'if':
      return 1 + Math.max(effectsWork(effect.then), effectsWork(effect.else ?? []));
    case 'choose':
      return 1 + Math.max(0, ...effect.options.map((option) => effectsWork(option.effects)));
    case 'roll':
      return 1 + Math.max(0, ...effect.outcomes.map((outcome) => effectsWork(outcome.effects)));
    case 'lasting':
      // A round trigger's effects run once a round: counted as if they ran with the event.
      return 1 + (effect.rule.kind === 'eachRound' ? effectsWork(effect.rule.effects) : 0);
    case 'vp':
    case 'moveTrack':
    case 'addInfluence':
    case 'removeInfluence':
    case 'clearInfluence':
    case 'draw':
    case 'discard':
    case 'modifyNextCard':
    case 'flag':
    case 'cancelEvent':
    case 'sanction':
    case 'scoreRegion':
    case 'retrieve':
    case 'peek':
    case 'reveal':
    case 'take':
      return 1;
  }
}

/** Where an event first goes over the bound: the index of the top-level effect that crosses it, with the event's total. */
export function eventOverBound(event: readonly Effect[], bound: number = LIMITS.eventWork): { index: number; work: number } | null {
  let total = 0;
  let crossing = -1;
  event.forEach((effect, i) => {
    total += effectWork(effect);
    if (crossing < 0 && total > bound) crossing = i;
  });
  return crossing < 0 ? null : { index: crossing, work: total };
}
