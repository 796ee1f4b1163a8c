// The deck benchmarks play: the fixture deck until the shipped base deck can be loaded here.
import type { GameSetup } from '../../src/engine/index.js';
import { fixtureSetup } from '../engine/fixture-deck.js';

export function benchSetup(seed: number): GameSetup {
  return fixtureSetup(seed);
}
