// Placing influence one point at a time: a card played for influence Ops (flow.ts startOps,
// each point at its placement cost) or an event's addInfluence (effects.ts, 1 a point).
import type { Side } from '../../decks/types.js';
import { SPACE_BY_ID } from '../board.js';
import { log } from '../log.js';
import { narrateRules, placementCost } from '../ops.js';
import type { GameState } from '../types.js';
import type { AnswerOf, DecisionOf, DecisionRules } from './rules.js';

function placeActions(s: GameState, d: DecisionOf<'place'>): AnswerOf<'place'>[] {
  return d.eligible
    .filter((sp) => {
      if (d.perSpace !== undefined && (d.placed[sp] ?? 0) >= d.perSpace) return false;
      return d.source === 'event' || placementCost(s, d.owner, sp) <= d.remaining;
    })
    .map((space) => ({ type: 'place', space }));
}

function countPlacement(s: GameState, side: Side, owner: Side, space: string): void {
  const region = SPACE_BY_ID[space]?.region;
  if (region && side === owner) s.stats[side].influencePlaced[region]++;
}

export const place: DecisionRules<'place'> = {
  legal: (s, d) => (d.remaining > 0 ? placeActions(s, d) : []),
  answer(s, d, action) {
    const inf = s.influence[action.space];
    if (!inf) return;
    const cost = d.source === 'ops' ? placementCost(s, d.owner, action.space) : 1;
    if (d.source === 'ops') {
      const region = SPACE_BY_ID[action.space]?.region;
      narrateRules(s, d.owner, 'influence', (m) => m.rule.kind === 'influenceCost' && m.rule.region === region);
    }
    inf[d.owner]++;
    d.remaining -= cost;
    d.placed[action.space] = (d.placed[action.space] ?? 0) + 1;
    countPlacement(s, d.side, d.owner, action.space);
    log(s, { type: 'influence', side: d.side, owner: d.owner, space: action.space, delta: 1 });
  },
};
