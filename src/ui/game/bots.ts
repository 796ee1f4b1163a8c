// Asking a bot for its move. Everything goes through one async function, so the bots can
// move to a worker thread (branch ai) without the screen changing: only the runner does.
import type { Bot, BotChoice } from '../../ai/bot.js';
import { makeBot } from '../../ai/registry.js';
import type { CardDef, CardId, Side } from '../../decks/types.js';
import type { PlayerView } from '../../engine/index.js';

export interface BotRequest {
  /** A name from botNames(). */
  bot: string;
  side: Side;
  /** The game's seed: each side's bot gets its own seed derived from it. */
  gameSeed: number;
  /** The only game information a bot gets: its side's view. */
  view: PlayerView;
  catalog: Readonly<Record<CardId, CardDef>>;
}

export type ChooseBotAction = (request: BotRequest) => Promise<BotChoice>;

/** A bot's seed: the game seed mixed with the side, so both bots of a game differ and a replay repeats. */
export function botSeed(gameSeed: number, side: Side): number {
  let h = Math.imul(gameSeed | 0, 0x9e3779b1) ^ (side === 'us' ? 0x5bd1e995 : 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return (h ^ (h >>> 13)) | 0;
}

/** Bots on the screen's own thread, one per side and game, kept so a bot's own generator moves on. */
export function localBotRunner(): ChooseBotAction {
  const bots = new Map<string, Bot>();
  return async ({ bot, side, gameSeed, view, catalog }) => {
    const key = `${side}:${bot}:${gameSeed}`;
    let instance = bots.get(key);
    if (!instance) {
      instance = makeBot(bot, botSeed(gameSeed, side));
      bots.set(key, instance);
    }
    return instance.choose({ view, catalog });
  };
}
