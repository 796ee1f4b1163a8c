// A stable fingerprint of a game state, for the golden game and the tests that compare states.
// Saves record store/state-hash.ts saveHash instead: the same fingerprint over a canonical JSON
// form, so the key order of objects a caller built cannot make a good save look damaged.
import { factsOf } from './log.js';
import type { GameState } from './types.js';

/** A 64-bit fingerprint of a string as 16 hex digits: two 32-bit FNV-1a-style lanes, the second
 * over each character plus its index. Not FNV-1a-64, and not cryptographic. */
export function fnv1a64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ (c + i), 0x01000193);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** The catalogue is left out: the deck hashes in the setup stand for it; so is the log's
 * narration (log.ts NARRATION). */
export function hashState(s: GameState): string {
  const { cards: _cards, ...rest } = s;
  return fnv1a64(JSON.stringify({ ...rest, log: factsOf(rest.log) }));
}
