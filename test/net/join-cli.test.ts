// `silicon-curtain join` from the command line, against servers on 127.0.0.1: a bot plays a
// hosted game to its end, and every way of not getting a seat ends with one clear line.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { connectClient, type ClientStatus } from '../../src/net/client.js';
import { HostedGame } from '../../src/net/hosted-game.js';
import { startServer, type RunningServer } from '../../src/net/server.js';
import { runCli } from '../cli/capture-io.js';
import { fixtureSetup } from '../engine/fixture-deck.js';
import { hostOnLoopback, LOOPBACK } from './net-helpers.js';

/** A saves folder of its own: join looks there for a seat it held at the address. */
const env = { SILICON_CURTAIN_HOME: mkdtempSync(join(tmpdir(), 'sc-join-')) };
afterAll(() => rmSync(env.SILICON_CURTAIN_HOME, { recursive: true, force: true }));

const servers: RunningServer[] = [];
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
  for (const close of closers.splice(0)) await close();
});

async function hosted(seed: number) {
  const hosted = await hostOnLoopback({ setup: fixtureSetup(seed, { rounds: 1 }) });
  servers.push(hosted.server);
  return { ...hosted, address: `${LOOPBACK}:${hosted.server.port}/${hosted.game.code}` };
}

/** A loopback port nobody listens on: one the OS just gave and took back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, LOOPBACK, resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A WebSocket server that answers every connection with one frame of its own. */
async function fakeServer(frame: string): Promise<number> {
  const wss = new WebSocketServer({ host: LOOPBACK, port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', resolve));
  wss.on('connection', (socket) => socket.send(frame));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        for (const c of wss.clients) c.terminate();
        wss.close(() => resolve());
      }),
  );
  return (wss.address() as { port: number }).port;
}

/** The one line a failed run prints. */
function oneLineError(run: { code: number; out: string; err: string }): string {
  expect(run.code).toBe(1);
  expect(run.out).toBe('');
  const lines = run.err.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(run.err).not.toMatch(/\n\s+at /);
  return lines[0] as string;
}

describe('join --bot', () => {
  it('plays a hosted game to its end and prints the result', async () => {
    const { game, address } = await hosted(21);
    const other = runCli(['join', address, '--bot', 'random', '--seed', '1']);
    const run = await runCli(['join', address, '--bot', 'easy', '--seed', '2']);
    expect((await other).code).toBe(0);
    expect(run.code).toBe(0);
    expect(game.current.outcome).not.toBeNull();
    expect(run.out).toMatch(/^(The game was a draw\.|(US|China) won by .+\.)\n$/);
  }, 30_000);
});

describe('join over IPv6 loopback', () => {
  it('takes an address in brackets, [::1]:PORT/CODE', async () => {
    const game = new HostedGame({ setup: fixtureSetup(26, { rounds: 1 }) });
    const server = await startServer({ game, host: '::1', port: 0 });
    servers.push(server);
    const address = `[::1]:${server.port}/${game.code}`;
    const [a, b] = await Promise.all([
      runCli(['join', address, '--bot', 'random', '--seed', '1']),
      runCli(['join', address, '--bot', 'random', '--seed', '2']),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(game.current.outcome).not.toBeNull();
  }, 30_000);
});

describe('join says in one line why it got no seat', () => {
  it('an address that is not HOST:PORT/CODE', async () => {
    expect(oneLineError(await runCli(['join', 'localhost', '--bot', 'random']))).toBe(
      "silicon-curtain: 'localhost' is not an address to join: give HOST:PORT/CODE, as printed by 'silicon-curtain host', or HOST:PORT, as printed by 'silicon-curtain serve'",
    );
    expect(oneLineError(await runCli(['join', '127.0.0.1:99999/ABCDEFGH', '--bot', 'random']))).toContain('is not an address to join');
  });

  it('a refused connection, on screen or as a bot, before any screen is drawn', async () => {
    const port = await closedPort();
    for (const extra of [['--bot', 'random'], []]) {
      const run = await runCli(['join', `${LOOPBACK}:${port}/ABCDEFGH`, ...extra], { interactive: true, env });
      expect(oneLineError(run)).toBe(
        `silicon-curtain: cannot connect to ws://${LOOPBACK}:${port}: connection refused (is the host running, and is the port right?)`,
      );
    }
    // In the player's language.
    const fr = await runCli(['join', `${LOOPBACK}:${port}/ABCDEFGH`, '--lang', 'fr'], { interactive: true, env });
    expect(oneLineError(fr)).toBe(
      `silicon-curtain: connexion impossible à ws://${LOOPBACK}:${port}\u00a0: connexion refusée (l’hôte est-il lancé, et le port est-il le bon\u202f?)`,
    );
  });

  it('a wrong invite code', async () => {
    const { server } = await hosted(22);
    expect(oneLineError(await runCli(['join', `${LOOPBACK}:${server.port}/WRONG234`], { interactive: true, env }))).toContain(
      "this invite code is not the game's",
    );
  });

  it('a server of another protocol version, or not a game server at all', async () => {
    const newer = await fakeServer(JSON.stringify({ v: 99, type: 'welcome' }));
    expect(oneLineError(await runCli(['join', `${LOOPBACK}:${newer}/ABCDEFGH`], { interactive: true, env }))).toBe(
      'silicon-curtain: the server speaks protocol version 99, this silicon-curtain speaks 1: use the same version of silicon-curtain on both sides',
    );
    const other = await fakeServer('hello');
    expect(oneLineError(await runCli(['join', `${LOOPBACK}:${other}/ABCDEFGH`, '--bot', 'random']))).toContain('does not speak the silicon-curtain protocol');
  });

  it('watch without a terminal, or with a bad address', async () => {
    const run = await runCli(['watch', '127.0.0.1:4000/ABCDEFGH']);
    expect(run.code).toBe(2);
    expect(run.err).toContain('watch needs an interactive terminal');
    expect(oneLineError(await runCli(['watch', 'nowhere'], { interactive: true, env }))).toContain("'nowhere' is not an address to join");
  });

  it('join on screen without a terminal', async () => {
    const run = await runCli(['join', '127.0.0.1:4000/ABCDEFGH']);
    expect(run.code).toBe(2);
    expect(run.err).toContain('join needs an interactive terminal');
  });
});

describe('a seat whose server goes away', () => {
  it('is tried again a bounded number of times, then closed with the reason', async () => {
    const { game, server, url } = await hosted(23);
    const statuses: ClientStatus[] = [];
    const closed = new Promise<ClientStatus>((resolve) => {
      connectClient({
        url,
        code: game.code,
        reconnectAttempts: 2,
        reconnectDelayMs: 20,
        onMessage: () => {},
        onStatus: (s) => {
          statuses.push(s);
          if (s.kind === 'connected') void server.close();
          if (s.kind === 'closed') resolve(s);
        },
      });
    });
    servers.splice(servers.indexOf(server), 1);
    expect(await closed).toMatchObject({ kind: 'closed', reason: `the server at ${url} cannot be reached`, problem: { kind: 'unreachable', url } });
    expect(statuses.filter((s) => s.kind === 'reconnecting')).toHaveLength(2);
  });
});

describe('a host that leaves', () => {
  it('ends the seat at once with the reason, no retries', async () => {
    const { game, server, url } = await hosted(25);
    servers.splice(servers.indexOf(server), 1);
    const statuses: ClientStatus[] = [];
    const closed = new Promise<ClientStatus>((resolve) => {
      connectClient({
        url,
        code: game.code,
        onMessage: () => {},
        onStatus: (s) => {
          statuses.push(s);
          if (s.kind === 'connected') void server.close({ ended: true });
          if (s.kind === 'closed') resolve(s);
        },
      });
    });
    expect(await closed).toMatchObject({ kind: 'closed', reason: "the host left the game; it is saved on the host's machine", problem: { kind: 'hostLeft' } });
    expect(statuses.some((s) => s.kind === 'reconnecting')).toBe(false);
  });
});

describe('host says in one line why it cannot start', () => {
  it('without a terminal, with a bad port, a missing save, and on a port in use', async () => {
    const noTerminal = await runCli(['host'], { env });
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.err).toContain('host needs an interactive terminal');
    expect(oneLineError(await runCli(['host', '--port', '70000'], { interactive: true, env }))).toBe(
      'silicon-curtain: --port must be a whole number from 0 to 65535, not 70000',
    );
    expect(oneLineError(await runCli(['host', '--resume', join(env.SILICON_CURTAIN_HOME, 'nope.json')], { interactive: true, env }))).toMatch(
      /^silicon-curtain: there is no save file at .*nope\.json/,
    );
    const { server } = await hosted(24);
    expect(oneLineError(await runCli(['host', '--port', String(server.port)], { interactive: true, env }))).toBe(
      `silicon-curtain: could not listen on 127.0.0.1:${server.port}: the port is in use (choose another --port, or leave it out for any free one)`,
    );
  });
});
