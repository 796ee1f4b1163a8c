// Who acts first this round: asked of the side behind on Leadership (flow.ts askFirst).
import { setFirstPlayer } from '../flow.js';
import { other } from '../rules.js';
import type { DecisionRules } from './rules.js';

export const chooseFirst: DecisionRules<'chooseFirst'> = {
  legal(s, d) {
    // A first player fixed in the setup answers round 1's choice: settle applies it.
    if (s.round === 1 && s.setup.first) return [{ type: 'chooseFirst', first: s.setup.first }];
    return [
      { type: 'chooseFirst', first: d.side },
      { type: 'chooseFirst', first: other(d.side) },
    ];
  },
  answer(s, d, a) {
    s.decision = null;
    setFirstPlayer(s, a.first, d.side);
  },
};
