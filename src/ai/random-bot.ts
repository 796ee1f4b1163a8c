// The random bot: any legal action, uniformly, from its own seeded generator.
// It drives fuzzing and is the floor of the strength ladder.
import { nextRandom } from '../engine/rng.js';
import type { Bot, BotContext, BotChoice } from './bot.js';

export function randomBot(seed: number): Bot {
  const rng = { rng: seed | 0 };
  return {
    name: 'random',
    choose({ view }: BotContext): BotChoice {
      const legal = view.legal;
      const action = legal[Math.floor(nextRandom(rng) * legal.length)];
      if (!action) throw new Error(`the random bot has no legal action (${view.side})`);
      return { action, reason: 'a random legal choice' };
    },
  };
}
