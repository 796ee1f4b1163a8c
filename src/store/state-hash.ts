// The fingerprint a save records of the game it holds: the engine's fnv1a64 taken over a
// canonical form of the state (keys sorted), not over JSON.stringify as hashState is: the state
// carries objects the caller built (the setup, the card effects from the deck file), and the key
// order of those must not make a good save look damaged.
import type { GameState } from '../engine/index.js';
import { fnv1a64 } from '../engine/hash.js';
import { factsOf } from '../engine/log.js';
import { canonicalJson } from './checksum.js';

export function saveHash(state: GameState): string {
  const { cards: _cards, ...rest } = state;
  // The log's narration is left out, as in hashState: saves from before it was logged still match.
  return fnv1a64(canonicalJson({ ...rest, log: factsOf(rest.log) }));
}
