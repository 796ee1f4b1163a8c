// Asking a bot for its move. Everything goes through one async function: the bots think in the
// AI worker thread (src/ai/worker-client.ts), so the screen, its spinner and Ctrl-C stay live
// while `hard` searches. From source (tests) there is no bundled worker and the bot runs in
// process on a later tick, choosing exactly the same move.
import type { BotChoice } from '../../ai/bot.js';
import { botSeed } from '../../ai/seeding.js';
import { chooseInWorker } from '../../ai/worker-client.js';
import type { CardDef, CardId, Side } from '../../decks/types.js';
import type { PlayerView } from '../../engine/index.js';
import type { Lang } from '../../i18n/lang.js';

export interface BotRequest {
  /** A name from botNames(). */
  bot: string;
  side: Side;
  /** The game's seed: each side's bot gets its own seed derived from it, so a game replays. */
  gameSeed: number;
  /** The only game information a bot gets: its side's view. */
  view: PlayerView;
  catalog: Readonly<Record<CardId, CardDef>>;
  /** The language of the move's reason in the log. */
  lang?: Lang;
  /** Aborted when the move is no longer wanted (undo, quit): the search stops. */
  signal?: AbortSignal;
}

export type ChooseBotAction = (request: BotRequest) => Promise<BotChoice>;

export interface BotRunnerOptions {
  /** The thinking budget of searching bots a move (`hard`), in ms; with `iterations`, a cap. */
  thinkMs?: number;
  /** A fixed number of search iterations (reproducible, machine-independent). */
  iterations?: number;
}

export function botRunner(options: BotRunnerOptions = {}): ChooseBotAction {
  const botOptions =
    options.iterations !== undefined || options.thinkMs !== undefined
      ? {
          ...(options.iterations !== undefined ? { iterations: options.iterations } : {}),
          ...(options.thinkMs !== undefined ? { thinkMs: options.thinkMs } : {}),
        }
      : undefined;
  return async ({ bot, side, gameSeed, view, catalog, lang, signal }) =>
    chooseInWorker(
      { botName: bot, seed: botSeed(gameSeed, side), ...(botOptions ? { options: botOptions } : {}), view, catalog, ...(lang ? { lang } : {}) },
      signal ? { signal } : {},
    );
}
