// A sanction's target: a card played for sanction Ops (flow.ts startOps) or an event's free
// sanction (effects.ts, op `sanction`); the die is rolled in ops.ts resolveSanction.
import { resolveSanction } from '../ops.js';
import type { DecisionRules } from './rules.js';

export const sanction: DecisionRules<'sanction'> = {
  legal: (_s, d) => d.eligible.map((space) => ({ type: 'sanction', space })),
  answer(s, d, action) {
    s.decision = null;
    if (!d.free && d.side === 'us') s.stats.us.controlOps += d.ops;
    resolveSanction(s, d.side, action.space, d.ops);
  },
};
