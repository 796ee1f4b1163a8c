// Removing influence one point at a time: an event's removeInfluence (effects.ts).
import { log } from '../log.js';
import type { GameState } from '../types.js';
import type { AnswerOf, DecisionOf, DecisionRules } from './rules.js';

function removeActions(s: GameState, d: DecisionOf<'remove'>): AnswerOf<'remove'>[] {
  return d.eligible
    .filter((sp) => (s.influence[sp]?.[d.owner] ?? 0) > 0 && (d.perSpace === undefined || (d.removed[sp] ?? 0) < d.perSpace))
    .map((space) => ({ type: 'remove', space }));
}

export const remove: DecisionRules<'remove'> = {
  legal: (s, d) => (d.remaining > 0 ? removeActions(s, d) : []),
  answer(s, d, action) {
    const inf = s.influence[action.space];
    if (!inf) return;
    inf[d.owner]--;
    d.remaining--;
    d.removed[action.space] = (d.removed[action.space] ?? 0) + 1;
    log(s, { type: 'influence', side: d.side, owner: d.owner, space: action.space, delta: -1 });
  },
};
