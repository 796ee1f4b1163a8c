// The seeded random generator. Its whole state is one 32-bit number kept in the game
// state, so the same seed and the same actions give the same game on every machine.
import type { GameState } from './types.js';

/** A float in [0, 1) from the state's generator (mulberry32), advancing it. */
export function nextRandom(s: { rng: number }): number {
  let t = (s.rng = (s.rng + 0x6d2b79f5) | 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

export function randomInt(s: { rng: number }, n: number): number {
  return Math.floor(nextRandom(s) * n);
}

/** A six-sided die. Rolling reveals something new, so undo may not cross it. */
export function rollDie(s: GameState): number {
  s.revealCount++;
  return 1 + randomInt(s, 6);
}

export function shuffle<T>(s: { rng: number }, items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(s, i + 1);
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
}

/** Spread a user's seed over the generator's 32 bits so nearby seeds give unrelated games. */
export function seedState(seed: number): number {
  let h = (seed | 0) ^ 0x9e3779b9;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
