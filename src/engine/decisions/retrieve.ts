// An event's retrieval: a card the event allows comes back from the discard pile to the hand
// (effects.ts, op `retrieve`).
import type { DecisionRules } from './rules.js';

export const retrieve: DecisionRules<'retrieve'> = {
  legal: (_s, d) => d.eligible.map((id) => ({ type: 'retrieve', card: id })),
  answer(s, d, a) {
    s.decision = null;
    const at = s.discard.indexOf(a.card);
    if (at >= 0) s.discard.splice(at, 1);
    s.hands[d.side].push(a.card);
    s.revealCount++;
  },
};
