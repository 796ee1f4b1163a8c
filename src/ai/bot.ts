// What a bot is: given only its side's view (never the hidden cards) and the public card
// catalogue, it picks one of the legal actions and says why in one line.
import type { Lang } from '../i18n/lang.js';
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
  /** The language of the move's reason (English when absent); never changes the move. */
  lang?: Lang;
}

export interface Bot {
  readonly name: string;
  /** A pure function of the bot's seed, its options and the context: same input, same choice
   * (a time budget is the one exception; give an iteration budget for reproducible runs). */
  choose(ctx: BotContext): BotChoice;
}

/**
 * A seat played by something that answers later: a bot in a worker thread, an outside
 * program on stdio. `null` means the other end has gone (end of input): stop the game.
 */
export interface AsyncBot {
  readonly name: string;
  chooseAsync(ctx: BotContext): Promise<BotChoice | null>;
}

/** An in-process bot as an AsyncBot (it answers on a later tick, so a UI can draw first). */
export function asAsync(bot: Bot): AsyncBot {
  return {
    name: bot.name,
    chooseAsync: (ctx) => new Promise((resolve, reject) => setImmediate(() => {
      try {
        resolve(bot.choose(ctx));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    })),
  };
}

export interface BotOptions {
  /** Thinking time a move, in milliseconds (searching bots; default 1000). */
  thinkMs?: number;
  /** Search iterations a move: when given, the time budget is ignored and results never depend on time. */
  iterations?: number;
}

/** Makes a bot for one seat; `seed` comes from the game seed so bot games replay exactly. */
export type BotFactory = (seed: number, options?: BotOptions) => Bot;
