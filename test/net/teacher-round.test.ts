// The teacher's bell and new pairings, on a real `serve` process on 127.0.0.1 driven by raw
// clients: the bell ends every game being played, each player is told where it stood, the games
// are saved (replay --verify reads them, a restart serves them as ended); a new round of pairings
// puts every connected student in a new game on the other side, against someone new, with the
// server's bot facing the odd one out. Every wait is bounded.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Side } from '../../src/decks/types.js';
import type { PlayerView } from '../../src/engine/index.js';
import { listGames } from '../../src/net/lobby-client.js';
import type { GameSummary, ServerMessage } from '../../src/net/messages.js';
import { runCli } from '../cli/capture-io.js';
import { isType, rawClient, until, type RawClient } from './net-helpers.js';
import { startServe, type Served } from './serve-process.js';

const root = mkdtempSync(join(tmpdir(), 'sc-bell-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const running: ChildProcess[] = [];
const clients: RawClient[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.socket.terminate();
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

const serve = (args: string[]): Promise<Served> => startServe(args, running);

async function client(url: string): Promise<RawClient> {
  const c = await rawClient(url);
  clients.push(c);
  return c;
}

const lastView = (c: RawClient): PlayerView | undefined => {
  for (let i = c.messages.length - 1; i >= 0; i--) {
    const m = c.messages[i] as ServerMessage;
    if (m.type === 'view' && m.view.side !== null) return m.view;
  }
  return undefined;
};

/** A new game (`create`), and one student seated in it per client given. */
async function gameOf(url: string, students: number): Promise<{ code: string; seats: RawClient[] }> {
  const opener = await client(url);
  opener.send({ v: 1, type: 'create' });
  const created = await opener.waitFor(isType('created'));
  if (created.type !== 'created') throw new Error('no game');
  const seats: RawClient[] = [];
  for (let i = 0; i < students; i++) {
    const c = await client(url);
    c.send({ v: 1, type: 'hello', code: created.code });
    await c.waitFor(isType('welcome'));
    seats.push(c);
  }
  return { code: created.code, seats };
}

/** `n` moves between two seats: whoever may act answers its first legal action. */
async function play(seats: RawClient[], n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    let mover: RawClient | undefined;
    await until('a seat to act', () => (mover = seats.find((c) => (lastView(c)?.legal.length ?? 0) > 0)) !== undefined);
    const view = lastView(mover as RawClient) as PlayerView;
    (mover as RawClient).send({ v: 1, type: 'action', action: view.legal[0], at: view.actionCount });
    await until('the move applied', () => seats.every((c) => (lastView(c)?.actionCount ?? -1) > view.actionCount));
  }
}

async function teacher(url: string, token: string, command: 'end' | 'pair'): Promise<Extract<ServerMessage, { type: 'teacherDone' }>> {
  const t = await client(url);
  t.send({ v: 1, type: 'teacher', token, command });
  return (await t.waitFor(isType('teacherDone'))) as Extract<ServerMessage, { type: 'teacherDone' }>;
}

async function games(url: string): Promise<GameSummary[]> {
  const listed = await listGames({ url });
  if (!listed.ok) throw new Error('no list');
  return listed.value;
}

describe("the teacher's bell", () => {
  it('ends every game being played, tells each player where it stood, and saves them for replay and restart', async () => {
    const data = join(root, 'bell');
    const home = mkdtempSync(join(root, 'home-'));
    const first = await serve(['--data', data]);
    const a = await gameOf(first.url, 2);
    const b = await gameOf(first.url, 2);
    await play(a.seats, 3);
    await play(b.seats, 1);

    const done = await teacher(first.url, first.teacher, 'end');
    expect(done).toMatchObject({ command: 'end', ended: 2 });
    for (const seat of [...a.seats, ...b.seats]) {
      const stopped = await seat.waitFor(isType('stopped'));
      expect(stopped).toMatchObject({ type: 'stopped', standing: { round: 1 } });
      if (stopped.type !== 'stopped') continue;
      const { leadership, leader } = stopped.standing;
      expect(leader).toBe(leadership > 0 ? 'us' : leadership < 0 ? 'china' : null);
    }
    // No move is taken any more; the list says the games were stopped, not won.
    const view = lastView(a.seats[0] as RawClient) as PlayerView;
    (a.seats[0] as RawClient).send({ v: 1, type: 'action', action: { type: 'choose', option: 0 }, at: view.actionCount });
    expect(await (a.seats[0] as RawClient).waitFor(isType('error'))).toMatchObject({ code: 'stopped' });
    const listed = await games(first.url);
    expect(listed.map((g) => [g.outcome, g.stopped?.round])).toEqual([
      [null, 1],
      [null, 1],
    ]);
    // A second bell finds nothing to end.
    expect(await teacher(first.url, first.teacher, 'end')).toMatchObject({ ended: 0 });

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.out()).toContain('Server stopped (2 games).');
    const saves = readdirSync(data).filter((n) => n.endsWith('.json'));
    expect(saves).toHaveLength(2);
    for (const save of saves) {
      const verified = await runCli(['replay', '--verify', join(data, save)], { env: { SILICON_CURTAIN_HOME: home } });
      expect(verified.code).toBe(0);
      expect(verified.out).toMatch(/^ok: \d+ actions/);
    }
    const actions = saves.map((s) => (JSON.parse(readFileSync(join(data, s), 'utf8')) as { actions: unknown[] }).actions.length).sort();
    expect(actions).toEqual([1, 3]);

    // After a restart the games are still ended, and a player back with its token is told so.
    const second = await serve(['--data', data]);
    expect(second.out()).toContain('2 games, 2 resumed');
    expect((await games(second.url)).every((g) => g.stopped !== null && g.outcome === null)).toBe(true);
    const back = await client(second.url);
    const welcome = (a.seats[1] as RawClient).messages.find((m) => m.type === 'welcome');
    back.send({ v: 1, type: 'hello', code: a.code, token: welcome?.type === 'welcome' ? welcome.token : '' });
    expect(await back.waitFor(isType('stopped'))).toMatchObject({ standing: { round: 1 } });
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 60_000);
});

describe("the teacher's new pairings", () => {
  it('moves every connected student to a new game on the other side, against someone new; the odd one plays the bot', async () => {
    const data = join(root, 'pairs');
    const served = await serve(['--data', data]);
    const a = await gameOf(served.url, 2);
    const b = await gameOf(served.url, 2);
    const c = await gameOf(served.url, 1);
    await play(a.seats, 1);
    // Not while games are being played.
    expect(await teacher(served.url, served.teacher, 'pair')).toMatchObject({ command: 'pair', refused: 'running' });
    expect(await teacher(served.url, served.teacher, 'end')).toMatchObject({ ended: 3 });
    expect(await teacher(served.url, served.teacher, 'pair')).toMatchObject({ command: 'pair', round: 1, games: 3, students: 5 });

    const students = [
      { was: 'us', game: a.code, c: a.seats[0] },
      { was: 'china', game: a.code, c: a.seats[1] },
      { was: 'us', game: b.code, c: b.seats[0] },
      { was: 'china', game: b.code, c: b.seats[1] },
      { was: 'us', game: c.code, c: c.seats[0] },
    ] as { was: Side; game: string; c: RawClient }[];
    const moved = [] as { was: Side; game: string; to: string; side: Side; token: string; seat: RawClient }[];
    for (const s of students) {
      const m = await s.c.waitFor(isType('moved'));
      if (m.type !== 'moved') throw new Error('not moved');
      expect(m.side).not.toBe(s.was);
      // The student takes the new seat with the token it was given, no code typed.
      const seat = await client(served.url);
      seat.send({ v: 1, type: 'hello', code: m.code, token: m.token });
      expect(await seat.waitFor(isType('welcome'))).toMatchObject({ side: m.side, code: m.code });
      moved.push({ was: s.was, game: s.game, to: m.code, side: m.side, token: m.token, seat });
    }
    // Nobody from a full game meets their old opponent again.
    for (const s of moved.slice(0, 4)) {
      const partner = moved.find((o) => o !== s && o.to === s.to);
      expect(partner?.game).not.toBe(s.game);
    }
    const listed = await games(served.url);
    const fresh = listed.filter((g) => g.pairing);
    expect(fresh).toHaveLength(3);
    for (const g of fresh) expect(g.pairing?.round).toBe(1);
    // The odd student (the US in game C) now plays China against the server's bot.
    const odd = moved[4] as (typeof moved)[number];
    const botGame = fresh.find((g) => g.code === odd.to) as GameSummary;
    expect(botGame.pairing?.from).toEqual({ us: null, china: c.code });
    expect(botGame.players.us).toBe('normal');
    // The bot plays its moves: the game goes on with the student answering theirs.
    const playOn = async (seat: RawClient, upTo: number): Promise<number> => {
      const end = Date.now() + 30_000;
      let count = lastView(seat)?.actionCount ?? 0;
      while (count < upTo && Date.now() < end) {
        const view = lastView(seat);
        if (view && view.legal.length > 0) {
          seat.send({ v: 1, type: 'action', action: view.legal[0], at: view.actionCount });
          await until('the move applied', () => (lastView(seat)?.actionCount ?? 0) > view.actionCount);
        } else await new Promise((r) => setTimeout(r, 50));
        count = lastView(seat)?.actionCount ?? 0;
      }
      return count;
    };
    expect(await playOn(odd.seat, 4)).toBeGreaterThanOrEqual(4);
    served.child.kill('SIGTERM');
    expect(await served.exited).toBe(0);
    expect(served.out()).toContain('Server stopped (6 games).');

    // After a restart the bot takes its seat again and plays on; the pairings are still listed.
    const again = await serve(['--data', data]);
    expect((await games(again.url)).filter((g) => g.pairing?.round === 1)).toHaveLength(3);
    const back = await client(again.url);
    back.send({ v: 1, type: 'hello', code: odd.to, token: odd.token });
    expect(await back.waitFor(isType('welcome'))).toMatchObject({ side: 'china' });
    const before = (await games(again.url)).find((g) => g.code === odd.to)?.actionCount ?? 0;
    expect(await playOn(back, before + 4)).toBeGreaterThanOrEqual(before + 4);
    // A second round is refused while these games are being played.
    expect(await teacher(again.url, again.teacher, 'pair')).toMatchObject({ refused: 'running' });
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  }, 60_000);
});
