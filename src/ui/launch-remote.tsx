// Starting a networked game's screen: runRemotePlay shows the seat's side of a game held by a
// server until it ends or the player leaves (src/cli/commands/host.ts and join.ts call it).
import type { Lang } from '../i18n/lang.js';
import { mountApp, openSession, type Terminal } from './mount.js';
import { NetPlayApp, type RemoteConnection, type RemoteResult } from './net-play-app.js';

export type { RemoteConnection, RemoteResult } from './net-play-app.js';
export type { RemoteUpdate, SeatPresence } from './game/remote-state.js';

export interface RunRemoteOptions {
  connection: RemoteConnection;
  /** The server's address, said while connecting. */
  address: string;
  /** The host's screen: the join command, shown while the other seat is free. */
  invite?: string;
  /** A line for the start of the game (a seat the teacher's pairings gave). */
  intro?: string;
  lang: Lang;
  color?: boolean;
  terminal?: Terminal;
}

export async function runRemotePlay(options: RunRemoteOptions): Promise<RemoteResult> {
  const terminal = options.terminal ?? {};
  const session = openSession(terminal);
  try {
    const result = await mountApp<RemoteResult>(
      (finish) => (
        <NetPlayApp
          connection={options.connection}
          address={options.address}
          {...(options.invite ? { invite: options.invite } : {})}
          {...(options.intro ? { intro: options.intro } : {})}
          onExit={finish}
        />
      ),
      { lang: options.lang, color: options.color ?? true, terminal, session },
    );
    return result ?? { over: null, problem: null };
  } finally {
    session.leave();
  }
}
