// Game positions for bot tests: random games on the fixture deck, stopped at many
// decisions of every kind, for both sides and every persona matchup.
import { applyAction, createGame, legalActions, rules } from '../../src/engine/index.js';
import type { GameState } from '../../src/engine/index.js';
import { fixtureSetup } from '../engine/fixture-deck.js';
import { picker } from '../engine/helpers.js';

const MATCHUPS = [
  { us: 'washington', china: 'beijing' },
  { us: 'nvidia', china: 'huawei' },
  { us: 'washington', china: 'huawei' },
  { us: 'nvidia', china: 'beijing' },
] as const;

/** Every `every`-th decision (with at least two choices) of `games` random games. */
export function positions(games: number, every: number, seed = 1): GameState[] {
  const out: GameState[] = [];
  for (let g = 0; g < games; g++) {
    const pick = picker(seed * 1000 + g);
    let s = createGame(fixtureSetup(seed * 100 + g, { personas: MATCHUPS[g % MATCHUPS.length] }));
    let n = 0;
    while (!s.outcome && s.actionCount < rules.MAX_ACTIONS) {
      if (n++ % every === g % every) out.push(s);
      s = applyAction(s, pick(legalActions(s)));
    }
  }
  return out;
}
