// What `host` and `join` share: the seat's screen over a connection to a game server, and the
// lines printed after it closes (the result, or how to come back to the seat).
import type { Outcome } from '../engine/index.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import { UserError } from './errors.js';
import type { CliIO } from './io.js';
import type { NetSeat } from './net-connection.js';

export function outcomeLine(lang: Lang, outcome: Outcome): string {
  const winner = outcome.winner ? t(lang, `side.${outcome.winner}`) : null;
  return winner ? t(lang, 'cli.play.won', { winner, reason: t(lang, `end.${outcome.reason}`) }) : t(lang, 'cli.play.draw');
}

/** Plays the seat on screen until the game ends or the player leaves; `rejoin` is the address
 * to print with the seat's token when the player leaves a game that goes on (null: none). */
export async function playSeat(io: CliIO, seat: NetSeat, options: { lang: Lang; address: string; rejoin: string | null; invite?: string; onSeated?: (token: string) => void }): Promise<void> {
  const problem = await seat.ready;
  if (problem !== null) {
    seat.client.close();
    throw new UserError(problem);
  }
  if (seat.client.token) options.onSeated?.(seat.client.token);
  const { runRemotePlay } = await import('../ui/launch-remote.js');
  const { processTerminal } = await import('./process-terminal.js');
  let result;
  try {
    result = await runRemotePlay({ connection: seat.connection, address: options.address, ...(options.invite ? { invite: options.invite } : {}), lang: options.lang, color: !io.env.NO_COLOR, terminal: processTerminal() });
  } finally {
    seat.client.close();
  }
  if (result.over) {
    io.stdout(`${outcomeLine(options.lang, result.over)}\n`);
    return;
  }
  const lost = seat.lost();
  if (lost) throw new UserError(lost);
  const token = seat.client.token;
  if (options.rejoin && token) io.stdout(`${t(options.lang, 'cli.join.rejoin', { address: options.rejoin, token })}\n`);
}
