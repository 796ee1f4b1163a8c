// Seating the bots of a simulated game. The one place that turns a bot spec into a bot, so a
// test can seat its own bots and the thinking budget has one way in.
import type { Bot } from '../ai/bot.js';
import { makeBot } from '../ai/registry.js';
import type { BotSpec } from './plan.js';

/** Makes the bot for one seat of one game, from that game's bot seed. */
export type BotMaker = (spec: BotSpec, seed: number) => Bot;

export const registryBot: BotMaker = (spec, seed) => makeBot(spec.name, seed, spec.thinkMs === null ? undefined : { thinkMs: spec.thinkMs });
