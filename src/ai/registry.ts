// How to make each bot the command line accepts (--us, --china); the names are in bot-names.ts.
import type { Bot, BotFactory, BotOptions } from './bot.js';
import { hardBot } from './hard-bot.js';
import { EASY_STYLE, NORMAL_STYLE, heuristicBot } from './heuristic-bot.js';
import { randomBot } from './random-bot.js';
import { botNames, isBotName, type BotName } from './bot-names.js';

export { botNames, isBotName, takesThinkingBudget } from './bot-names.js';

/** One factory a name of bot-names.ts: the type makes the two lists agree. */
export const BOTS: Readonly<Record<BotName, BotFactory>> = {
  random: randomBot,
  easy: heuristicBot(EASY_STYLE),
  normal: heuristicBot(NORMAL_STYLE),
  hard: hardBot,
};

export function makeBot(name: string, seed: number, options?: BotOptions): Bot {
  const factory = isBotName(name) ? BOTS[name] : undefined;
  if (!factory) throw new Error(`unknown bot '${name}' (bots: ${botNames().join(', ')})`);
  return factory(seed, options);
}
