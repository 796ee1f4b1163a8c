// A sanction's odds, shown before its target is chosen, are the sanction's own: for each roll of
// the die, what sanctionOdds says is what resolving the sanction removes, and a battleground
// costs a clock step whatever the roll.
import { describe, expect, it } from 'vitest';
import { applyAction, sanctionOdds, viewFor, type GameState } from '../../src/engine/index.js';
import { loadDeckForTest } from '../cards/deck-fixture.js';
import { position, withNextRoll } from '../cards/position.js';

const BASE = loadDeckForTest('base.yaml');

/** The US about to sanction with H20 Export Licence's 2 Ops. */
function toSanction(): GameState {
  const s = position(BASE, 'h20-export-licence', { side: 'us', board: { saudi: [0, 2], foundries: [1, 3], uae: [0, 1] } });
  return applyAction(s, { type: 'play', card: 'h20-export-licence', use: 'sanction' });
}

describe('a sanction’s odds', () => {
  it('say what each roll removes, as the sanction then does', () => {
    const s = toSanction();
    expect(s.decision?.kind).toBe('sanction');
    for (const space of ['saudi', 'foundries', 'uae']) {
      const odds = sanctionOdds(viewFor(s, 'us'), 'us', space, 2);
      for (let die = 1; die <= 6; die++) {
        const after = applyAction(withNextRoll(s, die), { type: 'sanction', space });
        const removed = (s.influence[space]?.china ?? 0) - (after.influence[space]?.china ?? 0);
        expect(removed, `${space}, roll ${die}`).toBe(odds.removed[die - 1]);
        expect(after.clock - s.clock, `${space} clock`).toBe(odds.clock);
      }
    }
  });

  it('give die + Ops − 2 × stability, and the clock step of a battleground', () => {
    const view = viewFor(toSanction(), 'us');
    expect(sanctionOdds(view, 'us', 'saudi', 2)).toEqual({ modifier: -2, removed: [0, 0, 1, 2, 2, 2], clock: 0 });
    expect(sanctionOdds(view, 'us', 'foundries', 2)).toEqual({ modifier: -4, removed: [0, 0, 0, 0, 1, 2], clock: -1 });
  });
});
