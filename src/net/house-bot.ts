// The server's own bot at a seat of a `serve` game: when the teacher's new pairings leave one
// student without a partner, a bot plays the other side in the server's process. It is a
// participant like any connection: it gets its seat's view (never more), answers with one of
// that view's legal actions, and goes quiet when the game ends or the teacher stops it.
import type { Side } from '../decks/types.js';
import type { CardDef, CardId } from '../decks/types.js';
import type { PlayerView } from '../engine/index.js';
import type { Lang } from '../i18n/lang.js';
import { asAsync, PLAY_ITERATIONS, PLAY_THINK_CAP_MS } from '../ai/bot.js';
import { makeBot } from '../ai/registry.js';
import type { HostedGame, Participant } from './hosted-game.js';
import { NET_PROTOCOL_VERSION as V } from './messages.js';

/** The bot that takes the odd student's other side. */
export const HOUSE_BOT = 'normal';

export interface HouseBotOptions {
  name?: string;
  seed: number;
  lang?: Lang;
  /** A pause before each move, so a student can follow it. */
  delayMs?: number;
}

/** Seats a bot at `side` (a seat already claimed for it, taken back with its token). */
export function seatHouseBot(game: HostedGame, side: Side, options: HouseBotOptions): void {
  const bot = asAsync(makeBot(options.name ?? HOUSE_BOT, options.seed, { iterations: PLAY_ITERATIONS, thinkMs: PLAY_THINK_CAP_MS }));
  let catalog: Record<CardId, CardDef> = {};
  let answered = -1;
  const choose = (view: PlayerView) => {
    bot.chooseAsync({ view, catalog, ...(options.lang ? { lang: options.lang } : {}) }).then(
      (choice) => {
        if (!choice || !game.running) return;
        const result = game.act(participant, choice.action, view.actionCount);
        // Refused while paused: the view sent at the resume is answered anew.
        if (!result.ok) answered = -1;
      },
      () => {
        // A failing bot leaves its seat waiting, as a closed terminal would; the game is saved.
        game.leave(participant);
      },
    );
  };
  const participant: Participant = {
    send(message) {
      if (message.type === 'welcome') catalog = message.catalog;
      if (message.type !== 'view' || message.view.side !== side) return;
      const view = message.view;
      if (view.legal.length === 0 || answered === view.actionCount || !game.running) return;
      answered = view.actionCount;
      // Never inside the game's own broadcast: the move is made on a later tick.
      setTimeout(() => choose(view), options.delayMs ?? 0).unref?.();
    },
  };
  game.join({ v: V, type: 'hello', code: game.code, token: game.tokens[side] }, participant);
}
