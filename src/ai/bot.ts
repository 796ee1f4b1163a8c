// What a bot is: given only its side's view (never the hidden cards) and the public card
// catalogue, it picks one of the legal actions and says why in one line.
import type { CardDef, CardId } from '../decks/types.js';
import type { Action, PlayerView } from '../engine/index.js';

export interface BotChoice {
  action: Action;
  /** One line for the log: what the bot did and why the card mattered. */
  reason: string;
}

export interface BotContext {
  view: PlayerView;
  /** Every card of the game: public and static. */
  catalog: Readonly<Record<CardId, CardDef>>;
}

export interface Bot {
  readonly name: string;
  /** A pure function of the bot's seed, its options and the context: same input, same choice
   * (a time budget is the one exception; give an iteration budget for reproducible runs). */
  choose(ctx: BotContext): BotChoice;
  /** Bots that wait on something outside the process (the stdio bot) answer asynchronously;
   * `null` means the other end has gone and the game should stop. */
  chooseAsync?(ctx: BotContext): Promise<BotChoice | null>;
}

export interface BotOptions {
  /** Thinking time a move, in milliseconds (searching bots; default 1000). */
  thinkMs?: number;
  /** Search iterations a move: when given, the time budget is ignored and results never depend on time. */
  iterations?: number;
}

/** Makes a bot for one seat; `seed` comes from the game seed so bot games replay exactly. */
export type BotFactory = (seed: number, options?: BotOptions) => Bot;
