// Bots are pure: a choice depends only on the bot's seed and the view, never on what the
// bot was asked before. So a bot in a worker and a bot in process choose alike, and a
// game with bots replays exactly from its seed.
import type { PlayerView } from '../engine/index.js';
import { randomInt, seedState } from '../engine/rng.js';

/** A fresh generator for one decision: from the bot's seed and where the game stands. */
export function decisionRng(seed: number, view: PlayerView): { rng: number } {
  const where = Math.imul(view.actionCount + 1, 0x9e3779b1) ^ Math.imul(view.revealCount + 1, 0x85ebca6b) ^ (view.side === 'us' ? 0x51ed27 : 0x2c1b3c6d);
  return { rng: seedState((seed ^ where) | 0) };
}

/** The seed of the bot playing `side` in a game: from the game's seed, so bot games replay exactly. */
export function botSeed(gameSeed: number, side: 'us' | 'china'): number {
  return (Math.imul(gameSeed | 0, 2) + (side === 'us' ? 1 : 2)) | 0;
}

/** A generator state for a sampled position's own dice, drawn from `rng`: any 32-bit value
 * will do, since the dice of a sampled deal are a sample, not the real ones. */
export function sampledDice(rng: { rng: number }): number {
  return randomInt(rng, 0x7fffffff) ^ randomInt(rng, 0x7fffffff);
}
