// What `host` and `join` share: the seat's screen over a connection to a game server, and the
// lines printed after it closes (the result, or how to come back to the seat).
import type { Outcome } from '../engine/index.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import { UserError } from './errors.js';
import type { CliIO } from './io.js';
import type { Moved, NetSeat } from './net-connection.js';

export function outcomeLine(lang: Lang, outcome: Outcome): string {
  const winner = outcome.winner ? t(lang, `side.${outcome.winner}`) : null;
  return winner ? t(lang, 'cli.play.won', { winner, reason: t(lang, `end.${outcome.reason}`) }) : t(lang, 'cli.play.draw');
}

export interface PlaySeatOptions {
  lang: Lang;
  address: string;
  /** The address to print with the seat's token when the player leaves a game that goes on (null: none). */
  rejoin: string | null;
  /** The same for a game the teacher's pairings gave, by its code. */
  rejoinAt?: (code: string) => string;
  invite?: string;
  /** The seat's token (and its game's code), once seated, and again in each game a pairing gives. */
  onSeated?: (token: string, code: string) => void;
  /** Connects to the seat the teacher's new pairings gave (a `serve` lobby); absent: the screen ends there. */
  next?: (moved: Moved) => NetSeat;
}

/** Plays the seat on screen until the game ends or the player leaves; a seat the teacher's
 * pairings give is played next, on a fresh screen, without a word from the player. */
export async function playSeat(io: CliIO, first: NetSeat, options: PlaySeatOptions): Promise<void> {
  let seat = first;
  let code: string | null = null;
  let intro: string | undefined;
  for (;;) {
    const problem = await seat.ready;
    if (problem !== null) {
      seat.client.close();
      throw new UserError(problem);
    }
    if (seat.client.token) options.onSeated?.(seat.client.token, code ?? '');
    const { runRemotePlay } = await import('../ui/launch-remote.js');
    const { processTerminal } = await import('./process-terminal.js');
    let result;
    try {
      result = await runRemotePlay({
        connection: seat.connection,
        address: options.address,
        ...(options.invite ? { invite: options.invite } : {}),
        ...(intro ? { intro } : {}),
        lang: options.lang,
        color: !io.env.NO_COLOR,
        terminal: processTerminal(),
      });
    } finally {
      seat.client.close();
    }
    const moved = seat.moved();
    if (result.moved && moved && options.next) {
      seat = options.next(moved);
      code = moved.code;
      intro = t(options.lang, 'net.moved', { round: moved.round, side: t(options.lang, `side.the.${moved.side}`) });
      continue;
    }
    const { standingText } = await import('../ui/game/remote-state.js');
    const lang = options.lang;
    if (result.stopped) {
      const standing = standingText((key, params) => t(lang, key, params), result.stopped);
      io.stdout(`${t(lang, 'cli.join.stopped', { round: result.stopped.round, rounds: result.stopped.rounds, standing })}\n`);
      return;
    }
    finished(io, seat, options, result, code);
    return;
  }
}

function finished(io: CliIO, seat: NetSeat, options: PlaySeatOptions, result: { over: Outcome | null }, movedTo: string | null): void {
  if (result.over) {
    io.stdout(`${outcomeLine(options.lang, result.over)}\n`);
    return;
  }
  const lost = seat.lost();
  if (lost) throw new UserError(lost);
  const token = seat.client.token;
  const rejoin = movedTo !== null && options.rejoinAt ? options.rejoinAt(movedTo) : options.rejoin;
  if (rejoin && token) io.stdout(`${t(options.lang, 'cli.join.rejoin', { address: rejoin, token })}\n`);
}
