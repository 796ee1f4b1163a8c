// Bot names the command line accepts (--us, --china), and how to make each one.
import type { Bot, BotFactory, BotOptions } from './bot.js';
import { hardBot } from './hard-bot.js';
import { EASY_STYLE, NORMAL_STYLE, heuristicBot } from './heuristic-bot.js';
import { randomBot } from './random-bot.js';

export const BOTS: Readonly<Record<string, BotFactory>> = {
  random: randomBot,
  easy: heuristicBot(EASY_STYLE),
  normal: heuristicBot(NORMAL_STYLE),
  hard: hardBot,
};

/** The bots that search within a thinking budget (--think-ms); the others answer at once. */
const SEARCHING = new Set(['hard']);

export function takesThinkingBudget(name: string): boolean {
  return SEARCHING.has(name);
}

export function botNames(): string[] {
  return Object.keys(BOTS);
}

export function isBotName(name: string): boolean {
  return Object.hasOwn(BOTS, name);
}

export function makeBot(name: string, seed: number, options?: BotOptions): Bot {
  const factory = isBotName(name) ? BOTS[name] : undefined;
  if (!factory) throw new Error(`unknown bot '${name}' (bots: ${botNames().join(', ')})`);
  return factory(seed, options);
}
