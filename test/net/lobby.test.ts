// A `serve` lobby on 127.0.0.1: clients list, create and join games by code; `join HOST:PORT`
// bots take the oldest free seat or open a game and play it to the end; a password keeps out
// whoever lacks it; the list says public facts only; `serve` refuses bad input in one line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Lobby } from '../../src/net/lobby.js';
import { findSeat, followLobby, listGames } from '../../src/net/lobby-client.js';
import type { GameSummary, ServerMessage } from '../../src/net/messages.js';
import { startServer, type RunningServer } from '../../src/net/server.js';
import { runCli } from '../cli/capture-io.js';
import { fixtureSetup } from '../engine/fixture-deck.js';
import { hostOnLoopback, isType, LOOPBACK, rawClient, type RawClient } from './net-helpers.js';

const env = { SILICON_CURTAIN_HOME: mkdtempSync(join(tmpdir(), 'sc-lobby-')) };
afterAll(() => rmSync(env.SILICON_CURTAIN_HOME, { recursive: true, force: true }));

const servers: RunningServer[] = [];
const clients: RawClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.socket.terminate();
  for (const s of servers.splice(0)) await s.close();
});

let seed = 100;
async function lobbyOnLoopback(options: { password?: string; maxGames?: number } = {}) {
  const lobby = new Lobby({
    newSetup: (rounds) => fixtureSetup(seed++, { rounds: rounds ?? 1 }),
    followMs: 20,
    ...(options.maxGames ? { maxGames: options.maxGames } : {}),
  });
  const server = await startServer({ lobby, host: LOOPBACK, port: 0, ...(options.password ? { password: options.password } : {}) });
  servers.push(server);
  return { lobby, server, url: `ws://${LOOPBACK}:${server.port}`, address: `${LOOPBACK}:${server.port}` };
}

async function client(url: string): Promise<RawClient> {
  const c = await rawClient(url);
  clients.push(c);
  return c;
}

describe('a lobby', () => {
  it('lists, creates and seats by code; a spectator of any game gets the public view', async () => {
    const { url } = await lobbyOnLoopback();
    const a = await client(url);
    a.send({ v: 1, type: 'list' });
    expect(await a.waitFor(isType('games'))).toMatchObject({ games: [] });
    a.send({ v: 1, type: 'create' });
    const created = await a.waitFor(isType('created'));
    if (created.type !== 'created') throw new Error('no code');
    a.send({ v: 1, type: 'hello', code: created.code, player: 'easy' });
    expect(await a.waitFor(isType('welcome'))).toMatchObject({ side: 'us', code: created.code });
    const listed = await listGames({ url });
    expect(listed.ok && listed.value).toMatchObject([
      { code: created.code, seats: { us: 'present', china: 'open' }, players: { us: 'easy' }, round: 1, rounds: 1, outcome: null },
    ]);
    const watcher = await client(url);
    watcher.send({ v: 1, type: 'hello', code: created.code, role: 'spectator' });
    const view = await watcher.waitFor(isType('view'));
    expect(view).toMatchObject({ view: { side: null, hand: [] } });
    // An unknown code is refused and the connection closed.
    const stranger = await client(url);
    stranger.send({ v: 1, type: 'hello', code: 'NOSUCH23' });
    expect(await stranger.waitFor(isType('error'))).toMatchObject({ code: 'badCode' });
    expect(await stranger.closed).toBe(1008);
  });

  it('sends followers the list again after each change', async () => {
    const { url } = await lobbyOnLoopback();
    const seen: GameSummary[][] = [];
    const follower = followLobby({ url, onGames: (games) => seen.push(games), onStatus: () => {} });
    try {
      const code = await findSeat({ url });
      expect(code.ok).toBe(true);
      const end = Date.now() + 5000;
      while (!seen.some((g) => g.length === 1) && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      expect(seen[0]).toEqual([]);
      expect(seen.at(-1)).toHaveLength(1);
    } finally {
      follower.close();
    }
  });

  it('join HOST:PORT --bot: two bots find each other, play to the end and the list shows the result', async () => {
    const { url, address } = await lobbyOnLoopback();
    const first = runCli(['join', address, '--bot', 'random', '--seed', '1'], { env });
    // The second bot asks once the first has opened its game.
    const end = Date.now() + 5000;
    for (;;) {
      const listed = await listGames({ url });
      if (listed.ok && listed.value.length === 1) break;
      if (Date.now() > end) throw new Error('no game opened');
      await new Promise((r) => setTimeout(r, 20));
    }
    const second = await runCli(['join', address, '--bot', 'easy', '--seed', '2'], { env });
    expect(second.code).toBe(0);
    expect((await first).code).toBe(0);
    const listed = await listGames({ url });
    expect(listed.ok && listed.value).toHaveLength(1);
    expect(listed.ok && listed.value[0]?.outcome).not.toBeNull();
    expect(listed.ok && listed.value[0]?.players).toEqual({ us: 'random', china: 'easy' });
  }, 30_000);

  it('the list holds public facts only: no card of any hand or of the draw pile', async () => {
    const { url, lobby } = await lobbyOnLoopback();
    const created = lobby.create();
    if (!created.ok) throw new Error(created.message);
    const game = lobby.gameFor(created.code);
    const state = game?.current;
    if (!state) throw new Error('no game');
    const a = await client(url);
    a.send({ v: 1, type: 'list' });
    await a.waitFor(isType('games'));
    const frame = a.frames.join('\n');
    for (const card of [...state.hands.us, ...state.hands.china, ...state.deck]) expect(frame).not.toContain(`"${card}"`);
    expect(frame).not.toContain(game.tokens.us);
    expect(frame).not.toContain(game.tokens.china);
  });

  it('answers every message before a hello with an error, never a crash', async () => {
    const { url } = await lobbyOnLoopback();
    const a = await client(url);
    a.send({ v: 1, type: 'action', action: { type: 'chooseFirst', first: 'us' } });
    expect(await a.waitFor(isType('error'))).toMatchObject({ code: 'notSeated' });
    a.send({ v: 1, type: 'undo' });
    expect(await a.waitFor(isType('error'))).toMatchObject({ code: 'notSeated' });
    a.send({ v: 1, type: 'undoAnswer', accept: true });
    expect(await a.waitFor(isType('error'))).toMatchObject({ code: 'noUndo' });
    a.send({ v: 1, type: 'create', rounds: 99 });
    expect(await a.waitFor(isType('error'))).toMatchObject({ code: 'badMessage' });
    a.sendText('{"v":1,"type":"list","follow":"yes"}');
    expect(await a.waitFor(isType('error'))).toMatchObject({ code: 'badMessage' });
    // Still served after all that.
    a.send({ v: 1, type: 'list' });
    expect(await a.waitFor(isType('games'))).toMatchObject({ games: [] });
  });

  it('refuses more games than its cap', async () => {
    const { url } = await lobbyOnLoopback({ maxGames: 1 });
    const a = await client(url);
    a.send({ v: 1, type: 'create' });
    await a.waitFor(isType('created'));
    a.send({ v: 1, type: 'create' });
    expect(await a.waitFor(isType('error'))).toMatchObject({ code: 'noLobby' });
  });

  it('a host server is no lobby', async () => {
    const { url, server } = await hostOnLoopback({ setup: fixtureSetup(5, { rounds: 1 }) });
    servers.push(server);
    const a = await client(url);
    a.send({ v: 1, type: 'list' });
    expect(await a.waitFor(isType('error'))).toMatchObject({ code: 'noLobby' });
  });
});

describe("the teacher's pause", () => {
  it('holds every move until resumed, with the token only', async () => {
    const { url, lobby } = await lobbyOnLoopback();
    const created = lobby.create();
    if (!created.ok) throw new Error(created.message);
    const [us, china] = [await client(url), await client(url)];
    us.send({ v: 1, type: 'hello', code: created.code });
    china.send({ v: 1, type: 'hello', code: created.code });
    await us.waitFor(isType('welcome'));
    await china.waitFor(isType('welcome'));
    const intruder = await client(url);
    intruder.send({ v: 1, type: 'teacher', token: '0'.repeat(32), command: 'pause' });
    expect(await intruder.waitFor(isType('error'))).toMatchObject({ code: 'notTeacher' });
    expect(await intruder.closed).toBe(1008);
    expect(lobby.paused).toBe(false);

    const teacher = await client(url);
    teacher.send({ v: 1, type: 'list', follow: true });
    expect(await teacher.waitFor(isType('games'))).toMatchObject({ paused: false });
    teacher.send({ v: 1, type: 'teacher', token: lobby.teacherToken, command: 'pause' });
    expect(await teacher.waitFor((m) => m.type === 'games' && m.paused === true)).toBeTruthy();
    const state = lobby.gameFor(created.code)?.current;
    const side = state?.decision?.side;
    const seat = side === 'us' ? us : china;
    const move = (await seat.waitFor((m) => m.type === 'view' && m.view.side !== null && m.view.legal.length > 0)) as Extract<ServerMessage, { type: 'view' }>;
    if (move.view.side === null) throw new Error('no seat view');
    seat.send({ v: 1, type: 'action', action: move.view.legal[0], at: move.view.actionCount });
    expect(await seat.waitFor(isType('error'))).toMatchObject({ code: 'paused' });
    expect(lobby.gameFor(created.code)?.current).toBe(state);

    teacher.send({ v: 1, type: 'teacher', token: lobby.teacherToken, command: 'resume' });
    // Every seat gets its view again, to choose anew.
    await seat.waitFor((m) => m.type === 'view' && m.view.actionCount === move.view.actionCount);
    seat.send({ v: 1, type: 'action', action: move.view.legal[0], at: move.view.actionCount });
    await seat.waitFor((m) => m.type === 'view' && m.view.actionCount === move.view.actionCount + 1);
    expect(await teacher.waitFor((m) => m.type === 'games' && m.paused === false)).toBeTruthy();
  });
});

describe('a lobby with a password', () => {
  it('closes a connection without it, or with a wrong one, and lets the right one in', async () => {
    const { url, address } = await lobbyOnLoopback({ password: 'bell 3pm' });
    for (const hello of [{ type: 'list' }, { type: 'create', password: 'bell 4pm' }, { type: 'hello', code: 'ABCDEFGH' }]) {
      const c = await client(url);
      c.send({ v: 1, ...hello });
      expect(await c.waitFor(isType('error'))).toMatchObject({ code: 'password' });
      expect(await c.closed).toBe(1008);
    }
    expect((await listGames({ url, password: 'bell 3pm' })).ok).toBe(true);
    const refused = await runCli(['join', address, '--bot', 'random'], { env });
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(
      `silicon-curtain: no seat found on ws://${address}: this server needs its password: give it with --password (or SILICON_CURTAIN_PASSWORD)\n`,
    );
    const fr = await runCli(['join', address, '--bot', 'random', '--password', 'nope', '--lang', 'fr'], { env });
    expect(fr.err).toBe(
      `silicon-curtain: aucune place trouvée sur ws://${address}\u00a0: ce serveur demande son mot de passe\u00a0: donnez-le avec --password (ou SILICON_CURTAIN_PASSWORD)\n`,
    );
  });
});

describe('serve says in one line why it cannot start', () => {
  it('a --data path that is a file, a port in use, a bad number or an empty password', async () => {
    const file = join(env.SILICON_CURTAIN_HOME, 'a-file');
    writeFileSync(file, 'x');
    const runs = [
      await runCli(['serve', '--data', file], { env }),
      await runCli(['serve', '--data', join(file, 'below')], { env }),
      await runCli(['serve', '--port', '70000'], { env }),
      await runCli(['serve', '--password', ''], { env }),
    ];
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, LOOPBACK, resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      runs.push(await runCli(['serve', '--port', String(port)], { env }));
    } finally {
      taken.close();
    }
    const lines = runs.map((run) => {
      expect(run.code).toBe(1);
      expect(run.err.trimEnd().split('\n')).toHaveLength(1);
      return run.err.trimEnd();
    });
    expect(lines).toEqual([
      `silicon-curtain: the --data folder ${file} cannot hold the games: a file is in the way, not a folder`,
      `silicon-curtain: the --data folder ${join(file, 'below')} cannot hold the games: a file is in the way, not a folder`,
      'silicon-curtain: --port must be a whole number from 0 to 65535, not 70000',
      'silicon-curtain: --password needs 1 to 200 characters',
      `silicon-curtain: could not listen on 127.0.0.1:${port}: the port is in use (choose another --port, or leave it out for any free one)`,
    ]);
  });
});
