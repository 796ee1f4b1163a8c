// The random bot: any legal action, uniformly, from a generator seeded by its seed and the
// position. It drives fuzzing and is the floor of the strength ladder.
import { randomInt } from '../engine/rng.js';
import { t } from '../i18n/messages.js';
import type { Bot, BotContext, BotChoice } from './bot.js';
import { decisionRng } from './seeding.js';

export function randomBot(seed: number): Bot {
  return {
    name: 'random',
    choose({ view, lang }: BotContext): BotChoice {
      const legal = view.legal;
      const action = legal[randomInt(decisionRng(seed, view), legal.length)];
      if (!action) throw new Error(`the random bot has no legal action (${view.side})`);
      return { action, reason: t(lang ?? 'en', 'bot.random') };
    },
  };
}
