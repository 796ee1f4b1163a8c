// `silicon-curtain serve --data DIR` as a real process on 127.0.0.1: two clients create and play a
// game, the server is killed (SIGKILL, nothing saved on the way out), started again on the same
// folder, and the players come back with their seat tokens to the very position they left, then
// play the game to its end; the save in DIR replays to the same result. A damaged file in the
// folder costs its own game only, with one warning line. Every wait is bounded.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Side } from '../../src/decks/types.js';
import type { PlayerView } from '../../src/engine/index.js';
import { restoreGame } from '../../src/store/load.js';
import { deckFilesSource } from '../../src/store/decks.js';
import type { ServerMessage } from '../../src/net/messages.js';
import { listGames } from '../../src/net/lobby-client.js';
import { runCli } from '../cli/capture-io.js';
import { isType, LOOPBACK, rawClient, until, type RawClient } from './net-helpers.js';
import { startServe, TEST_CLI, type Served } from './serve-process.js';

const root = mkdtempSync(join(tmpdir(), 'sc-serve-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const running: ChildProcess[] = [];
const clients: RawClient[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.socket.terminate();
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

/** `join ADDRESS --bot NAME` as a process: resolves with its exit code and output. */
function joinBot(address: string, seed: number, home: string): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', TEST_CLI, 'join', address, '--bot', 'random', '--seed', String(seed), '--delay-ms', '40', '--lang', 'en'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SILICON_CURTAIN_HOME: home },
    },
  );
  running.push(child);
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => void (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => void (err += c.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out, err })));
}

const serve = (args: string[]): Promise<Served> => startServe(args, running);

async function client(port: number): Promise<RawClient> {
  const c = await rawClient(`ws://${LOOPBACK}:${port}`);
  clients.push(c);
  return c;
}

/** The number of actions in the one save of `dir`, or -1 while it cannot be read. */
function savedActions(dir: string): number {
  try {
    const name = readdirSync(dir).find((n) => n.endsWith('.json') && !n.startsWith('.'));
    return name ? (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { actions: unknown[] }).actions.length : -1;
  } catch {
    return -1;
  }
}

const lastView = (c: RawClient): PlayerView | undefined => {
  for (let i = c.messages.length - 1; i >= 0; i--) {
    const m = c.messages[i] as ServerMessage;
    if (m.type === 'view' && m.view.side !== null) return m.view;
  }
  return undefined;
};

/** Plays the first legal action of whichever seat must act, `moves` times or to the end. */
async function play(seats: Record<Side, RawClient>, moves: number): Promise<void> {
  for (let n = 0; n < moves; n++) {
    const views = { us: lastView(seats.us), china: lastView(seats.china) };
    if (seats.us.messages.some((m) => m.type === 'gameOver')) return;
    const side = (['us', 'china'] as const).find((s) => (views[s]?.legal.length ?? 0) > 0);
    if (!side) throw new Error('nobody can act');
    const view = views[side] as PlayerView;
    seats[side].send({ v: 1, type: 'action', action: view.legal[0], at: view.actionCount });
    const next = view.actionCount + 1;
    await until(`move ${next}`, () => lastView(seats.us)?.actionCount === next && lastView(seats.china)?.actionCount === next);
  }
}

describe('serve --data, killed and started again', () => {
  it('brings both players back to the same position with their tokens, and the game finishes', async () => {
    const data = join(root, 'class');
    const first = await serve(['--port', '0', '--data', data, '--rounds', '1']);
    const port = first.port;
    const a = await client(port);
    a.send({ v: 1, type: 'create' });
    const created = await a.waitFor(isType('created'));
    if (created.type !== 'created') throw new Error('no code');
    a.send({ v: 1, type: 'hello', code: created.code, player: 'human' });
    const b = await client(port);
    b.send({ v: 1, type: 'hello', code: created.code.toLowerCase() });
    const welcomeA = await a.waitFor(isType('welcome'));
    const welcomeB = await b.waitFor(isType('welcome'));
    if (welcomeA.type !== 'welcome' || welcomeB.type !== 'welcome') throw new Error('not seated');
    expect([welcomeA.side, welcomeB.side].sort()).toEqual(['china', 'us']);
    const seats = { [welcomeA.side as Side]: a, [welcomeB.side as Side]: b } as Record<Side, RawClient>;
    const tokens = { [welcomeA.side as Side]: welcomeA.token, [welcomeB.side as Side]: welcomeB.token } as Record<Side, string>;
    await until('first views', () => lastView(a) !== undefined && lastView(b) !== undefined);
    await play(seats, 15);
    const before = { us: lastView(seats.us), china: lastView(seats.china) };
    expect(before.us?.actionCount).toBe(15);
    // Saves are written off the event loop, a moment after the views go out: the kill comes
    // once the file holds the 15th move.
    await until('the save of move 15', () => savedActions(data) === 15);

    first.child.kill('SIGKILL');
    await first.exited;
    const second = await serve(['--port', String(port), '--data', data]);
    expect(second.out()).toContain('1 game, 1 resumed');
    expect(second.err()).toBe('');

    const again = {} as Record<Side, RawClient>;
    for (const side of ['us', 'china'] as const) {
      again[side] = await client(port);
      again[side].send({ v: 1, type: 'hello', code: created.code, token: tokens[side] });
      const welcome = await again[side].waitFor(isType('welcome'));
      expect(welcome).toMatchObject({ side, token: tokens[side], code: created.code });
    }
    await until('views after the restart', () => lastView(again.us)?.actionCount === 15 && lastView(again.china)?.actionCount === 15);
    expect(lastView(again.us)).toEqual(before.us);
    expect(lastView(again.china)).toEqual(before.china);

    await play(again, 3000);
    const over = await again.us.waitFor(isType('gameOver'));
    if (over.type !== 'gameOver') throw new Error('no end');
    expect(over.actions.length).toBeGreaterThan(15);

    // A stopped server has written every game; the save in DIR is a normal save: it replays
    // (hash checked) to the same end.
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    const saves = readdirSync(data).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
    expect(saves).toHaveLength(1);
    const restored = await restoreGame(join(data, saves[0] as string), deckFilesSource);
    expect(restored.warning).toBeNull();
    expect(restored.state.outcome).toEqual(over.outcome);
    expect(restored.save.actions).toEqual(over.actions);
  }, 120_000);

  it('skips a damaged game with one warning and serves the others', async () => {
    const data = join(root, 'damaged');
    const first = await serve(['--port', '0', '--data', data, '--rounds', '1']);
    const a = await client(first.port);
    a.send({ v: 1, type: 'create' });
    a.send({ v: 1, type: 'create' });
    await a.waitFor(isType('created'));
    await a.waitFor(isType('created'));
    await until('two saves', () => readdirSync(data).filter((n) => n.endsWith('.json') && !n.startsWith('.')).length === 2);
    first.child.kill('SIGKILL');
    await first.exited;
    // One game's save is overwritten with rubbish (and has no backup); a stray seat file appears.
    const saves = readdirSync(data).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
    writeFileSync(join(data, saves[0] as string), '{"format": "silicon-curtain-save", trunc');
    mkdirSync(join(data, '.seats'), { recursive: true });
    writeFileSync(join(data, '.seats', 'ZZZZZZZZ.json'), 'not json');
    const second = await serve(['--port', '0', '--data', data]);
    expect(second.out()).toContain('1 game, 1 resumed');
    await until('two warnings', () => second.err().trimEnd().split('\n').length >= 2, 5000);
    const lines = second.err().trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.startsWith('silicon-curtain: warning: skipped'))).toBe(true);
    expect(second.err()).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('join --bot clients survive a kill -9 of the server mid-game, finish it, and the save verifies', async () => {
    const data = join(root, 'bots');
    const home = join(root, 'bots-home');
    const first = await serve(['--port', '0', '--data', data, '--rounds', '1']);
    const address = `${LOOPBACK}:${first.port}`;
    const a = joinBot(address, 1, home);
    // The second bot asks once the first has opened its game, so both sit at the same one.
    await until('a game opened', () => savedActions(data) >= 0, 20_000);
    const listed = await listGames({ url: `ws://${address}` });
    expect(listed.ok && listed.value).toHaveLength(1);
    const b = joinBot(address, 2, home);
    await until('some moves', () => savedActions(data) >= 8, 30_000);
    first.child.kill('SIGKILL');
    await first.exited;
    const second = await serve(['--port', String(first.port), '--data', data]);
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra).toMatchObject({ code: 0, err: '' });
    expect(rb).toMatchObject({ code: 0, err: '' });
    expect(ra.out).toMatch(/^(The game was a draw\.|(US|China) won by .+\.)\n$/);
    expect(rb.out).toBe(ra.out);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    const save = readdirSync(data).find((n) => n.endsWith('.json') && !n.startsWith('.')) as string;
    const verified = await runCli(['replay', '--verify', join(data, save)], { env: { SILICON_CURTAIN_HOME: home } });
    expect(verified.code).toBe(0);
    expect(savedActions(data)).toBeGreaterThan(8);
  }, 120_000);
});
