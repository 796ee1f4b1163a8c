// Lobbying, one attempt an Op: a card played for lobby Ops (flow.ts startOps); both sides roll
// in ops.ts resolveLobby.
import { lobbyTargets, resolveLobby } from '../ops.js';
import type { DecisionRules } from './rules.js';

export const lobby: DecisionRules<'lobby'> = {
  legal: (s, d) => (d.remaining > 0 ? lobbyTargets(s, d.side).map((space) => ({ type: 'lobby', space })) : []),
  answer(s, d, action) {
    d.remaining--;
    resolveLobby(s, d.side, action.space);
  },
};
