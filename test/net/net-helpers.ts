// A game server on loopback (127.0.0.1, a port the OS picks) and a raw test client that keeps
// every frame it receives, for the network tests. Every wait is bounded.
import WebSocket from 'ws';
import { applyAction, createGame, type Action, type GameSetup, type GameState } from '../../src/engine/index.js';
import { HostedGame, type HostedGameOptions } from '../../src/net/hosted-game.js';
import type { ServerMessage } from '../../src/net/messages.js';
import { startServer, type RunningServer } from '../../src/net/server.js';

export const LOOPBACK = '127.0.0.1';

export async function hostOnLoopback(
  options: HostedGameOptions,
  serverOptions: { heartbeatMs?: number; ratePerSecond?: number; maxConnections?: number } = {},
): Promise<{ game: HostedGame; server: RunningServer; url: string }> {
  const game = new HostedGame(options);
  const server = await startServer({ game, host: LOOPBACK, port: 0, ...serverOptions });
  return { game, server, url: `ws://${LOOPBACK}:${server.port}` };
}

export interface RawClient {
  /** Every text frame received, as sent. */
  frames: string[];
  messages: ServerMessage[];
  send(message: unknown): void;
  sendText(text: string): void;
  waitFor(test: (m: ServerMessage) => boolean, timeoutMs?: number): Promise<ServerMessage>;
  closed: Promise<number>;
  socket: WebSocket;
}

/** `autoPong: false`: a client that went silent (a closed laptop) without closing. */
export async function rawClient(url: string, options: { autoPong?: boolean } = {}): Promise<RawClient> {
  const socket = new WebSocket(url, { autoPong: options.autoPong ?? true });
  const frames: string[] = [];
  const messages: ServerMessage[] = [];
  const waiters: { test: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] = [];
  // Waits read the stream in order: a wait starts after the message the previous one matched.
  let seen = 0;
  socket.on('message', (data) => {
    const text = String(data);
    frames.push(text);
    const message = JSON.parse(text) as ServerMessage;
    messages.push(message);
    for (const w of [...waiters]) {
      if (w.test(message)) {
        waiters.splice(waiters.indexOf(w), 1);
        seen = messages.length;
        w.resolve(message);
      }
    }
  });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return {
    frames,
    messages,
    socket,
    closed,
    send: (message) => socket.send(JSON.stringify(message)),
    sendText: (text) => socket.send(text),
    waitFor: (test, timeoutMs = 5000) => {
      const at = messages.findIndex((m, i) => i >= seen && test(m));
      if (at >= 0) {
        seen = at + 1;
        return Promise.resolve(messages[at] as ServerMessage);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no such message within ${timeoutMs} ms; last: ${frames.slice(-2).join(' | ').slice(0, 400)}`)),
          timeoutMs,
        );
        waiters.push({
          test,
          resolve: (m) => {
            clearTimeout(timer);
            resolve(m);
          },
        });
      });
    },
  };
}

/** The state after the first `n` actions of a game. */
export function stateAt(setup: GameSetup, actions: readonly Action[], n: number): GameState {
  let state = createGame(setup);
  for (const action of actions.slice(0, n)) state = applyAction(state, action);
  return state;
}

export const isType =
  <T extends ServerMessage['type']>(type: T) =>
  (m: ServerMessage): m is Extract<ServerMessage, { type: T }> =>
    m.type === type;

/** Waits until `test` holds, polling; fails after `ms` with what it was waiting for. */
export async function until(what: string, test: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
