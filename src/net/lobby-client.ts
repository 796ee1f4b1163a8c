// The client side of a `serve` lobby: list its games, create one, find a seat (the oldest game
// with a free seat, or a new one), or follow the list for a dashboard. Each request is one short
// connection with a time limit; the seat itself is then taken with connectClient and the code.
import WebSocket from 'ws';
import { MAX_MESSAGE_BYTES, NET_PROTOCOL_VERSION as V, type GameSummary, type ServerMessage, type TeacherAnswer } from './messages.js';
import { connectCause, type NetProblem } from './problems.js';

export interface LobbyTarget {
  /** ws://host:port */
  url: string;
  password?: string;
  /** The whole request, connection included. */
  timeoutMs?: number;
}

export type LobbyAnswer<T> = { ok: true; value: T } | { ok: false; problem: NetProblem };

/** Sends one lobby request and waits for the first answer `pick` accepts (or an error). */
function request<T>(target: LobbyTarget, message: object, pick: (m: ServerMessage) => T | undefined): Promise<LobbyAnswer<T>> {
  return new Promise((resolve) => {
    const ws = new WebSocket(target.url, { maxPayload: MAX_MESSAGE_BYTES, handshakeTimeout: target.timeoutMs ?? 10_000 });
    let done = false;
    let lastError: NodeJS.ErrnoException | null = null;
    const finish = (answer: LobbyAnswer<T>) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      ws.close(1000);
      resolve(answer);
    };
    const timer = setTimeout(() => {
      finish({ ok: false, problem: { kind: 'connect', url: target.url, cause: 'timeout' } });
      ws.terminate();
    }, target.timeoutMs ?? 10_000);
    ws.on('open', () => ws.send(JSON.stringify({ v: V, ...message, ...(target.password !== undefined ? { password: target.password } : {}) })));
    ws.on('message', (data) => {
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(String(data));
      } catch {
        // Said below.
      }
      if (typeof parsed !== 'object' || parsed === null || !('v' in parsed) || typeof parsed.v !== 'number')
        return finish({ ok: false, problem: { kind: 'notGame', url: target.url } });
      const reply = parsed as ServerMessage;
      if (reply.v !== V) return finish({ ok: false, problem: { kind: 'version', theirs: String(reply.v) } });
      if (reply.type === 'error') return finish({ ok: false, problem: { kind: 'refused', code: reply.code, message: reply.message } });
      const value = pick(reply);
      if (value !== undefined) finish({ ok: true, value });
    });
    ws.on('error', (error: NodeJS.ErrnoException) => (lastError = error));
    ws.on('close', () => {
      const cause = lastError ? connectCause(lastError) : 'closed';
      finish({ ok: false, problem: { kind: 'connect', url: target.url, cause, ...(cause === 'other' && lastError ? { detail: lastError.message } : {}) } });
    });
  });
}

export function listGames(target: LobbyTarget): Promise<LobbyAnswer<GameSummary[]>> {
  return request(target, { type: 'list' }, (m) => (m.type === 'games' ? m.games : undefined));
}

export function createGame(target: LobbyTarget, rounds?: number): Promise<LobbyAnswer<string>> {
  return request(target, { type: 'create', ...(rounds !== undefined ? { rounds } : {}) }, (m) => (m.type === 'created' ? m.code : undefined));
}

/** The oldest game being played with a free seat (not over, not ended by the teacher), else a new game: its code. */
export async function findSeat(target: LobbyTarget, rounds?: number): Promise<LobbyAnswer<string>> {
  const listed = await listGames(target);
  if (!listed.ok) return listed;
  const open = listed.value.find((g) => !g.outcome && !g.stopped && (g.seats.us === 'open' || g.seats.china === 'open'));
  if (open) return { ok: true, value: open.code };
  return createGame(target, rounds);
}

export interface LobbyFollower {
  close(): void;
  /** The teacher's command to every game (needs `teacherToken`); `end` and `pair` are answered
   * through `onTeacher`. */
  teacher(command: TeacherCommand): void;
}

/** Follows a lobby's list: `onGames` after every change, `onStatus` when the connection is lost
 * (then tried again, a second apart, `attempts` times) or ends for good (`problem`). */
export type TeacherCommand = 'pause' | 'resume' | 'end' | 'pair';

export function followLobby(
  target: LobbyTarget & {
    attempts?: number;
    teacherToken?: string;
    onGames: (games: GameSummary[], paused: boolean) => void;
    onTeacher?: (answer: TeacherAnswer) => void;
    onStatus: (status: { kind: 'connected' } | { kind: 'reconnecting' } | { kind: 'closed'; problem: NetProblem | null }) => void;
  },
): LobbyFollower {
  let closed = false;
  let failures = 0;
  let socket: WebSocket | null = null;
  let silence: ReturnType<typeof setTimeout> | null = null;
  const stop = (problem: NetProblem | null) => {
    if (closed) return;
    closed = true;
    if (silence) clearTimeout(silence);
    socket?.close(1000);
    target.onStatus({ kind: 'closed', problem });
  };
  const open = () => {
    const ws = new WebSocket(target.url, { maxPayload: MAX_MESSAGE_BYTES, handshakeTimeout: 10_000 });
    socket = ws;
    let fatal: NetProblem | null = null;
    let heard = false;
    let lastError: NodeJS.ErrnoException | null = null;
    // The server pings every 10 s: 25 s of silence is a dead connection.
    const alive = () => {
      if (silence) clearTimeout(silence);
      silence = setTimeout(() => ws.terminate(), 25_000);
    };
    ws.on('open', () => {
      alive();
      ws.send(JSON.stringify({ v: V, type: 'list', follow: true, ...(target.password !== undefined ? { password: target.password } : {}) }));
    });
    ws.on('ping', alive);
    ws.on('message', (data) => {
      alive();
      let reply: ServerMessage | null = null;
      try {
        reply = JSON.parse(String(data)) as ServerMessage;
      } catch {
        fatal = { kind: 'notGame', url: target.url };
      }
      if (!reply || typeof reply !== 'object' || typeof reply.v !== 'number') fatal ??= { kind: 'notGame', url: target.url };
      else if (reply.v !== V) fatal = { kind: 'version', theirs: String(reply.v) };
      else if (reply.type === 'error') fatal = { kind: 'refused', code: reply.code, message: reply.message };
      else if (reply.type === 'games') {
        if (!heard) target.onStatus({ kind: 'connected' });
        heard = true;
        failures = 0;
        target.onGames(reply.games, reply.paused === true);
      } else if (reply.type === 'teacherDone') {
        target.onTeacher?.(
          reply.command === 'end'
            ? { command: 'end', ended: reply.ended }
            : { command: 'pair', round: reply.round, games: reply.games, students: reply.students, ...(reply.refused ? { refused: reply.refused } : {}) },
        );
      }
      if (fatal) ws.close(1000);
    });
    ws.on('error', (error: NodeJS.ErrnoException) => (lastError = error));
    ws.on('close', () => {
      if (silence) clearTimeout(silence);
      if (closed || socket !== ws) return;
      if (fatal) return stop(fatal);
      failures++;
      if (failures > (target.attempts ?? 30)) {
        const cause = lastError ? connectCause(lastError) : 'closed';
        return stop({ kind: 'connect', url: target.url, cause });
      }
      target.onStatus({ kind: 'reconnecting' });
      setTimeout(() => {
        if (!closed) open();
      }, 1000);
    });
  };
  open();
  return {
    close: () => stop(null),
    teacher: (command) => {
      if (target.teacherToken === undefined || socket?.readyState !== WebSocket.OPEN) return;
      socket.send(JSON.stringify({ v: V, type: 'teacher', token: target.teacherToken, command }));
    },
  };
}
