// The game server: a WebSocket endpoint in front of one HostedGame. It owns the connections:
// their first message must be a `hello`, every frame is checked (size, rate, shape) before the
// game sees it, and heartbeats find connections that died without closing (a laptop lid, a
// pulled cable), so the other player is told the seat is away instead of waiting forever.
import { WebSocketServer, type WebSocket } from 'ws';
import type { AddressInfo } from 'node:net';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { HostedGame, Participant } from './hosted-game.js';
import type { Lobby } from './lobby.js';
import { sameSecret } from './tokens.js';
import {
  CLOSE_ENDED,
  MAX_CLIENT_MESSAGE_BYTES,
  NET_PROTOCOL_VERSION as V,
  parseClientMessage,
  serverMessage,
  type ErrorCode,
  type ServerMessage,
} from './messages.js';

export interface ServerOptions {
  /** The one game of `host`... */
  game?: HostedGame;
  /** ...or the many games of a `serve` lobby, found by code. */
  lobby?: Lobby;
  /** A lobby's password: every hello, list and create must carry it. */
  password?: string;
  /** 127.0.0.1 unless the host asked for the network (`--lan`: 0.0.0.0). */
  host: string;
  /** 0: any free port. */
  port: number;
  /** Time between heartbeats; a connection that misses one is closed. */
  heartbeatMs?: number;
  /** Messages a second a connection may send, on average (a burst of twice that is allowed). */
  ratePerSecond?: number;
  maxConnections?: number;
  /** PEM certificate chain and private key: the server then speaks wss:// (TLS) only. */
  tls?: { cert: string | Buffer; key: string | Buffer };
}

export interface RunningServer {
  readonly port: number;
  readonly host: string;
  /** Closes every connection, then the server. `ended`: the game is over for good (the host left),
   * so clients stop instead of trying to come back; otherwise they retry (a restart). */
  close(options?: { ended?: boolean }): Promise<void>;
}

export const DEFAULT_HEARTBEAT_MS = 10_000;
/** A connection sending more than this many refused messages in a row is closed. */
const MAX_STRIKES = 50;

/** Counts a connection's messages: a bucket refilled at `rate` a second, `2 * rate` deep. */
function rateLimiter(rate: number): () => boolean {
  let tokens = rate * 2;
  let last = Date.now();
  return () => {
    const now = Date.now();
    tokens = Math.min(rate * 2, tokens + ((now - last) / 1000) * rate);
    last = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const { lobby } = options;
  if (!options.game === !lobby) throw new Error('startServer needs a game or a lobby');
  const heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  const maxConnections = options.maxConnections ?? 32;
  // With TLS, ws rides on an https server of ours; without, it makes and owns its own.
  const web: HttpsServer | null = options.tls ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }) : null;
  const wss = new WebSocketServer({
    ...(web ? { server: web } : { host: options.host, port: options.port }),
    maxPayload: MAX_CLIENT_MESSAGE_BYTES,
    clientTracking: true,
  });
  const alive = new WeakMap<WebSocket, boolean>();
  const passwordOk = (given: string | undefined) => options.password === undefined || sameSecret(given ?? '', options.password);

  wss.on('connection', (socket) => {
    if (wss.clients.size > maxConnections) {
      socket.close(1013, 'too many connections');
      return;
    }
    alive.set(socket, true);
    socket.on('pong', () => alive.set(socket, true));
    const send = (message: ServerMessage) => {
      if (socket.readyState === socket.OPEN) socket.send(serverMessage(message));
    };
    const participant: Participant = { send, close: () => socket.close(1008, 'replaced') };
    const allowed = rateLimiter(options.ratePerSecond ?? 20);
    let game: HostedGame | null = null;
    let unfollow: (() => void) | null = null;
    let strikes = 0;
    const refuse = (code: ErrorCode, message: string, close = false) => {
      send({ v: V, type: 'error', code, message });
      strikes++;
      if (close || strikes > MAX_STRIKES) socket.close(1008, code);
    };

    socket.on('message', (data, isBinary) => {
      if (!allowed()) return refuse('tooFast', 'too many messages: slow down');
      if (isBinary) return refuse('badMessage', 'send text frames of JSON, not binary');
      const parsed = parseClientMessage(String(data));
      if (!parsed.ok) return refuse(parsed.code, parsed.message, parsed.code === 'version');
      const message = parsed.message;
      switch (message.type) {
        case 'ping':
          send({ v: V, type: 'pong' });
          return;
        case 'hello': {
          if (game) return refuse('badMessage', 'this connection has already joined');
          if (!passwordOk(message.password)) return refuse('password', 'this server needs its password', true);
          const target = lobby ? lobby.gameFor(message.code) : (options.game as HostedGame);
          if (!target) return refuse('badCode', 'this server has no game with that code: check the code, or list the games', true);
          const claim = target.join(message, participant);
          if (!claim.ok) return refuse(claim.code, claim.message, true);
          game = target;
          strikes = 0;
          return;
        }
        case 'list': {
          if (!lobby) return refuse('noLobby', 'this server hosts one game, not a lobby: join it with its code');
          if (!passwordOk(message.password)) return refuse('password', 'this server needs its password', true);
          const games = () => send({ v: V, type: 'games', games: lobby.list(), paused: lobby.paused });
          games();
          if (message.follow && !unfollow) unfollow = lobby.follow(games);
          strikes = 0;
          return;
        }
        case 'create': {
          if (!lobby) return refuse('noLobby', 'this server hosts one game, not a lobby: join it with its code');
          if (!passwordOk(message.password)) return refuse('password', 'this server needs its password', true);
          const created = lobby.create(message.rounds);
          if (!created.ok) return refuse('noLobby', created.message);
          send({ v: V, type: 'created', code: created.code });
          return;
        }
        case 'teacher': {
          if (!lobby) return refuse('noLobby', 'this server hosts one game, not a lobby');
          if (!sameSecret(message.token, lobby.teacherToken)) return refuse('notTeacher', "this is not the teacher's token printed by serve", true);
          strikes = 0;
          if (message.command === 'end') return send({ v: V, type: 'teacherDone', ...lobby.endAll() });
          if (message.command === 'pair') return send({ v: V, type: 'teacherDone', ...lobby.pair() });
          lobby.pause(message.command === 'pause');
          return;
        }
        case 'action': {
          if (!game) return refuse('notSeated', 'join a seat (hello) before sending actions');
          const result = game.act(participant, message.action, message.at);
          if (!result.ok) return refuse(result.code, result.message);
          strikes = 0;
          return;
        }
        case 'undo': {
          if (!game) return refuse('notSeated', 'join a seat (hello) before asking to undo');
          const result = game.askUndo(participant);
          if (!result.ok) return refuse(result.code, result.message);
          return;
        }
        case 'undoAnswer': {
          if (!game) return refuse('noUndo', 'there is no undo request to answer');
          const result = game.answerUndo(participant, message.accept);
          if (!result.ok) return refuse(result.code, result.message);
          return;
        }
        default: {
          const unhandled: never = message;
          throw new Error(`message not handled: ${JSON.stringify(unhandled)}`);
        }
      }
    });
    // A frame over the size limit: ws closes the connection (1009) and says why in 'error'.
    socket.on('error', () => socket.terminate());
    socket.on('close', () => {
      unfollow?.();
      game?.leave(participant);
    });
  });

  // Heartbeats: every connection is pinged; one that did not answer the last ping is dead.
  const beat = setInterval(() => {
    for (const socket of wss.clients) {
      if (alive.get(socket) === false) {
        socket.terminate();
        continue;
      }
      alive.set(socket, false);
      socket.ping();
    }
  }, heartbeatMs);
  beat.unref();

  return new Promise((resolve, reject) => {
    // ws passes the https server's 'listening' and 'error' on to wss.
    wss.once('error', reject);
    wss.once('listening', () => {
      wss.off('error', reject);
      const address = wss.address() as AddressInfo;
      resolve({
        port: address.port,
        host: options.host,
        close: (closing = {}) =>
          new Promise<void>((done) => {
            clearInterval(beat);
            lobby?.close();
            for (const socket of wss.clients) {
              if (closing.ended) socket.close(CLOSE_ENDED, 'host left');
              else socket.close(1001, 'server closing');
            }
            // Sockets that do not finish the closing handshake are cut after a moment.
            const cut = setTimeout(() => {
              for (const socket of wss.clients) socket.terminate();
            }, 1000);
            cut.unref();
            wss.close(() => {
              clearTimeout(cut);
              if (!web) return done();
              web.close(() => done());
              web.closeAllConnections();
            });
          }),
      });
    });
    web?.listen(options.port, options.host);
  });
}
