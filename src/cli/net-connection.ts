// The join between src/net's client and the networked game screen (src/ui cannot import
// src/net, nor the other way round): the protocol's messages become the screen's updates,
// kept in order until the screen subscribes. `ready` settles on the first answer, so `join`
// can say "connection refused" in one line before any screen is drawn.
import type { Side } from '../decks/types.js';
import { connectClient, type GameClient } from '../net/client.js';
import type { ServerMessage } from '../net/messages.js';
import { netProblemText, type NetProblem } from '../net/problems.js';
import type { Lang } from '../i18n/lang.js';
import type { RemoteConnection, RemoteUpdate } from '../ui/launch-remote.js';

export interface NetSeat {
  connection: RemoteConnection;
  client: GameClient;
  /** Null once the server has seated this client; the reason when it never did. */
  ready: Promise<string | null>;
  /** The seat taken, once welcomed. */
  side(): Side | null;
  /** Why the connection ended for good, if it did for a reason (not closed by this side). */
  lost(): string | null;
  /** The seat the teacher's new pairings gave this player, once they did. */
  moved(): Moved | null;
}

/** A seat in another game of the same server, given by the teacher's pairings. */
export interface Moved {
  code: string;
  token: string;
  side: Side;
  round: number;
}

const other = (side: Side): Side => (side === 'us' ? 'china' : 'us');

export function connectSeat(options: {
  url: string;
  code: string;
  token?: string;
  lang: Lang;
  spectator?: boolean;
  reconnectAttempts?: number;
  password?: string;
  pinnedCert?: string | Buffer;
}): NetSeat {
  const words = (problem: NetProblem) => netProblemText(problem, options.lang);
  const backlog: RemoteUpdate[] = [];
  let listener: ((update: RemoteUpdate) => void) | null = null;
  const emit = (update: RemoteUpdate) => (listener ? listener(update) : backlog.push(update));
  let side: Side | null = null;
  let lost: string | null = null;
  let moved: Moved | null = null;
  let settle: (problem: string | null) => void = () => {};
  const ready = new Promise<string | null>((resolve) => (settle = resolve));

  const onMessage = (message: ServerMessage) => {
    switch (message.type) {
      case 'welcome':
        side = message.side;
        emit({ type: 'welcome', side: message.side, catalog: message.catalog, personas: message.personas });
        return settle(null);
      case 'view': {
        const view = message.view;
        if (view.side !== null) {
          if (side !== null) emit({ type: 'view', view, opponent: message.seats[other(side)] });
          return;
        }
        // The public view, drawn like the US seat's with no hand; the counts go beside it.
        const { handCounts, ...board } = view;
        emit({
          type: 'view',
          view: { ...board, side: 'us', hand: [], legal: [], opponentHandCount: handCounts.china },
          opponent: 'present',
          hands: handCounts,
        });
        return;
      }
      case 'gameOver':
        emit({ type: 'over', outcome: message.outcome });
        return;
      case 'stopped':
        emit({ type: 'stopped', standing: message.standing });
        return;
      case 'moved':
        moved = { code: message.code, token: message.token, side: message.side, round: message.round };
        emit({ type: 'moved' });
        client.close();
        return;
      case 'error':
        // A refusal that ends the connection comes again as the close's reason.
        emit({ type: 'refused', message: words({ kind: 'refused', code: message.code, message: message.message }) });
        return;
      case 'undoAsked':
        emit({ type: 'undoAsked', by: message.by });
        return;
      case 'undoAnswered':
        emit({ type: 'undoAnswered', accept: message.accept });
        return;
      // Lobby answers: a seat's connection never asks for them.
      case 'pong':
      case 'games':
      case 'created':
      case 'teacherDone':
        return;
      default: {
        const unhandled: never = message;
        throw new Error(`message not handled: ${JSON.stringify(unhandled)}`);
      }
    }
  };

  const client = connectClient({
    url: options.url,
    code: options.code,
    ...(options.token ? { token: options.token } : {}),
    ...(options.spectator ? { role: 'spectator' as const } : { player: 'human' }),
    ...(options.reconnectAttempts !== undefined ? { reconnectAttempts: options.reconnectAttempts } : {}),
    ...(options.password !== undefined ? { password: options.password } : {}),
    ...(options.pinnedCert !== undefined ? { pinnedCert: options.pinnedCert } : {}),
    onMessage,
    onStatus: (status) => {
      if (status.kind === 'closed') {
        const reason = status.problem ? words(status.problem) : null;
        lost = reason;
        settle(reason ?? words({ kind: 'connect', url: options.url, cause: 'closed' }));
        emit({ type: 'connection', status: 'closed', ...(reason ? { reason } : {}) });
      } else {
        emit({ type: 'connection', status: status.kind });
      }
    },
  });

  return {
    client,
    ready,
    side: () => side,
    lost: () => lost,
    moved: () => moved,
    connection: {
      subscribe(next) {
        listener = next;
        for (const update of backlog.splice(0)) next(update);
        return () => {
          if (listener === next) listener = null;
        };
      },
      send: (action, at) => client.sendAction(action, at),
      askUndo: () => client.sendUndo(),
      answerUndo: (accept) => client.answerUndo(accept),
    },
  };
}
