// The end of the round's hold: each side keeps one card (first player first, flow.ts 'hold'
// task); the rest leave the hand, and the opponent's cards fire (flow.ts releaseHand).
import { ordinaryCards } from '../cards.js';
import { releaseHand } from '../flow.js';
import { log } from '../log.js';
import type { DecisionRules } from './rules.js';

export const hold: DecisionRules<'hold'> = {
  legal: (s, d) => ordinaryCards(s, d.side).map((id) => ({ type: 'hold', card: id })),
  answer(s, d, a) {
    s.decision = null;
    log(s, { type: 'hold', side: d.side });
    releaseHand(s, d.side, a.card);
  },
};
