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
  /** false when nobody reads the reason (the simulator): a bot may then answer an empty one and
   * skip the work of phrasing it; never changes the move. */
  explain?: boolean;
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
    chooseAsync: (ctx) =>
      new Promise((resolve, reject) =>
        setImmediate(() => {
          try {
            resolve(bot.choose(ctx));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        }),
      ),
  };
}

/** A searching bot's time a move when it has no iteration budget, in ms. */
export const DEFAULT_THINK_MS = 1000;

/** The hard bot's search a move in a played game: a fixed number of iterations, so that its
 * strength does not fall when the machine is busy (a time budget gave 8 to 216 iterations on a
 * loaded 2-core machine). Time is only a cap there (`play --think-ms`). */
export const PLAY_ITERATIONS = 1300;
/** That cap, in ms: generous, since it only guards a very slow machine. */
export const PLAY_THINK_CAP_MS = 5000;

export interface BotOptions {
  /** Thinking time a move, in milliseconds (searching bots): the budget alone (default 1000), or
   * with `iterations` a cap on it. */
  thinkMs?: number;
  /** Search iterations a move: alone, results never depend on time; with `thinkMs`, the same
   * strength on any machine fast enough to finish within the cap. */
  iterations?: number;
}

/** Makes a bot for one seat; `seed` comes from the game seed so bot games replay exactly. */
export type BotFactory = (seed: number, options?: BotOptions) => Bot;
