// Bot names the command line accepts (--us, --china), and how to make each one.
import type { BotFactory } from './bot.js';
import { randomBot } from './random-bot.js';

export const BOTS: Readonly<Record<string, BotFactory>> = {
  random: randomBot,
};

export function botNames(): string[] {
  return Object.keys(BOTS);
}

export function makeBot(name: string, seed: number) {
  const factory = BOTS[name];
  if (!factory) throw new Error(`unknown bot '${name}' (bots: ${botNames().join(', ')})`);
  return factory(seed);
}
