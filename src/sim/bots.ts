// Seating the bots of a simulated game. The one place that turns a bot spec into a bot, so a
// test can seat its own bots and the thinking budget has one way in.
import type { Bot } from '../ai/bot.js';
import { makeBot } from '../ai/registry.js';
import type { BotSpec } from './plan.js';

/** Makes the bot for one seat of one game, from that game's bot seed. */
export type BotMaker = (spec: BotSpec, seed: number) => Bot;

/** Whether the bots of this build take a thinking budget. The registry's `makeBot(name, seed)`
 * has no budget yet (only `random` exists); the report says so next to a requested --think-ms
 * rather than pretend the budget was applied. When the search bots land, pass `spec.thinkMs`
 * to them here and set this to true. */
export const BOTS_TAKE_BUDGET = false;

export const registryBot: BotMaker = (spec, seed) => makeBot(spec.name, seed);
