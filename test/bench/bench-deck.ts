// The deck the benchmarks play: the shipped base deck, loaded as the game loads it.
import { cardPool } from '../../src/decks/card-pool.js';
import { loadBaseDeck } from '../../src/decks/deck-files.js';
import type { GameSetup } from '../../src/engine/index.js';

const base = loadBaseDeck().deck;
if (!base) throw new Error('the base deck does not load: run silicon-curtain deck validate cards/base.yaml');
const pool = cardPool([base]);

export function benchSetup(seed: number): GameSetup {
  return { seed, personas: { us: 'washington', china: 'huawei' }, ...pool };
}
