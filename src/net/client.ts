// The client end: connects to a server, joins with the invite code (or its seat's token), hands
// every server message to its owner, and when the connection drops comes back to the same seat
// with the token, a bounded number of times. A server that stops answering heartbeats counts
// as dropped.
import WebSocket from 'ws';
import type { Action } from '../engine/index.js';
import { CLOSE_ENDED, MAX_MESSAGE_BYTES, NET_PROTOCOL_VERSION as V, type ServerMessage } from './messages.js';
import { connectCause, netProblemText, type NetProblem } from './problems.js';

export type ClientStatus =
  | { kind: 'connecting' }
  | { kind: 'connected' }
  | { kind: 'reconnecting'; attempt: number }
  /** For good: the game is over and the client closed (no problem), or the server refused it, or it is gone. */
  | { kind: 'closed'; reason: string | null; problem: NetProblem | null };

export interface ClientOptions {
  /** ws://host:port */
  url: string;
  code: string;
  token?: string;
  role?: 'player' | 'spectator';
  /** 'human' or a bot's name, recorded in the save. */
  player?: string;
  /** A `serve` lobby's password. */
  password?: string;
  onMessage: (message: ServerMessage) => void;
  onStatus?: (status: ClientStatus) => void;
  /** Tries to come back after a drop, and the pause between them. */
  reconnectAttempts?: number;
  reconnectDelayMs?: number;
  /** No message nor ping from the server for this long: the connection is dead. */
  silenceMs?: number;
  /** wss:// to a server known by its very certificate (the host's own screen on loopback):
   * that certificate alone is trusted, whatever name it was made for. */
  pinnedCert?: string | Buffer;
}

export interface GameClient {
  sendAction(action: Action, at?: number): void;
  sendUndo(): void;
  /** Agrees (or not) to the other seat's request to take back its move. */
  answerUndo(accept: boolean): void;
  /** The seat's token once welcomed (to rejoin later from another process). */
  readonly token: string | null;
  close(): void;
}

/** Errors after which trying again cannot help. */
const FATAL = new Set<string>(['badCode', 'badToken', 'full', 'version', 'password']);

export function connectClient(options: ClientOptions): GameClient {
  const attempts = options.reconnectAttempts ?? 20;
  const delayMs = options.reconnectDelayMs ?? 1000;
  const silenceMs = options.silenceMs ?? 25_000;
  let token = options.token ?? null;
  let socket: WebSocket | null = null;
  let closed = false;
  let failures = 0;
  let fatal: NetProblem | null = null;
  let over = false;
  /** Welcomed once: a drop after that is worth retrying; a first connection that fails is not. */
  let welcomed = false;
  let lastError: NodeJS.ErrnoException | null = null;
  let silence: ReturnType<typeof setTimeout> | null = null;

  const status = (s: ClientStatus) => options.onStatus?.(s);
  const finish = (problem: NetProblem | null) => {
    if (closed) return;
    closed = true;
    if (silence) clearTimeout(silence);
    socket?.close(1000);
    status({ kind: 'closed', reason: problem ? netProblemText(problem) : null, problem });
  };

  function heard(ws: WebSocket): void {
    if (silence) clearTimeout(silence);
    silence = setTimeout(() => ws.terminate(), silenceMs);
  }

  function open(): void {
    // Node's TLS takes checkServerIdentity's undefined for "no error" (ws types it as boolean).
    const anyName = (() => undefined) as unknown as () => boolean;
    const pinned = options.pinnedCert ? { ca: options.pinnedCert, checkServerIdentity: anyName } : {};
    const ws = new WebSocket(options.url, { maxPayload: MAX_MESSAGE_BYTES, handshakeTimeout: 10_000, ...pinned });
    socket = ws;
    ws.on('open', () => {
      heard(ws);
      const hello = {
        v: V,
        type: 'hello',
        code: options.code,
        ...(token ? { token } : {}),
        ...(options.role ? { role: options.role } : {}),
        ...(options.player ? { player: options.player } : {}),
        ...(options.password !== undefined ? { password: options.password } : {}),
      };
      ws.send(JSON.stringify(hello));
    });
    ws.on('ping', () => heard(ws));
    ws.on('message', (data) => {
      heard(ws);
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(String(data));
      } catch {
        // Not JSON: not a game server, said below.
      }
      if (typeof parsed !== 'object' || parsed === null || !('v' in parsed) || typeof parsed.v !== 'number') {
        fatal = { kind: 'notGame', url: options.url };
        ws.close(1000);
        return;
      }
      const message = parsed as ServerMessage;
      if (message.v !== V) {
        // Nothing else of a message in another version can be trusted to mean the same.
        fatal = { kind: 'version', theirs: String(message.v) };
        ws.close(1000);
        return;
      }
      if (message.type === 'welcome') {
        failures = 0;
        welcomed = true;
        token = message.token;
        status({ kind: 'connected' });
      }
      if (message.type === 'error' && FATAL.has(message.code)) fatal = { kind: 'refused', code: message.code, message: message.message };
      if (message.type === 'gameOver') over = true;
      options.onMessage(message);
    });
    ws.on('error', (error: NodeJS.ErrnoException) => {
      // 'close' follows and decides what next.
      lastError = error;
    });
    ws.on('close', (code) => {
      if (silence) clearTimeout(silence);
      if (closed || socket !== ws) return;
      if (fatal !== null) return finish(fatal);
      // The server ended the game for good (the host left): coming back cannot help.
      if (code === CLOSE_ENDED && !over) return finish({ kind: 'hostLeft' });
      if (over) return finish(null);
      if (!welcomed) {
        const cause = lastError ? connectCause(lastError) : 'closed';
        return finish({ kind: 'connect', url: options.url, cause, ...(cause === 'other' && lastError ? { detail: lastError.message } : {}) });
      }
      failures++;
      if (failures > attempts) return finish({ kind: 'unreachable', url: options.url });
      status({ kind: 'reconnecting', attempt: failures });
      setTimeout(
        () => {
          if (!closed) open();
        },
        failures === 1 ? Math.min(delayMs, 200) : delayMs,
      );
    });
  }

  status({ kind: 'connecting' });
  open();
  const send = (message: object) => {
    if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ v: V, ...message }));
  };
  return {
    sendAction: (action, at) => send({ type: 'action', action, ...(at !== undefined ? { at } : {}) }),
    sendUndo: () => send({ type: 'undo' }),
    answerUndo: (accept) => send({ type: 'undoAnswer', accept }),
    get token() {
      return token;
    },
    close: () => finish(null),
  };
}

/** `HOST:PORT/CODE` (or `ws://HOST:PORT/CODE`) as printed by `host`. */
export function parseAddress(address: string): { url: string; code: string } | null {
  const match = /^(?:wss?:\/\/)?(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})\/([A-Za-z0-9]{4,64})$/.exec(address.trim());
  if (!match) return null;
  const [, host, port, code] = match;
  if (Number(port) < 1 || Number(port) > 65535) return null;
  const scheme = address.trim().startsWith('wss://') ? 'wss' : 'ws';
  return { url: `${scheme}://${host}:${port}`, code: (code as string).toUpperCase() };
}

/** `HOST:PORT/CODE` (a game) or `HOST:PORT` (a `serve` lobby): code null for a lobby. */
export function parseServerAddress(address: string): { url: string; code: string | null } | null {
  const game = parseAddress(address);
  if (game) return game;
  const match = /^(?:wss?:\/\/)?(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})\/?$/.exec(address.trim());
  if (!match) return null;
  const [, host, port] = match;
  if (Number(port) < 1 || Number(port) > 65535) return null;
  const scheme = address.trim().startsWith('wss://') ? 'wss' : 'ws';
  return { url: `${scheme}://${host}:${port}`, code: null };
}
