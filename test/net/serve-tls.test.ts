// `silicon-curtain serve --tls-cert FILE --tls-key FILE` on 127.0.0.1, with a self-signed
// certificate made here by openssl (skipped, with the reason, where openssl is not installed):
// the printed address says wss://, two `join --bot` clients that trust the certificate play a game
// through it, a client that does not trust it and a plain ws:// client are refused in one line,
// and SIGTERM still stops it with exit 0. Bad TLS options end in one line before listening.
// `host --tls-cert/--tls-key` under a pseudo-terminal: its own screen comes up over wss:// with a
// certificate made for another name (it trusts that certificate alone), and a `join --bot` that
// trusts it takes the free seat. Every wait is bounded.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli/capture-io.js';
import { until } from './net-helpers.js';

const CLI = join(import.meta.dirname, 'fixtures', 'cli.ts');
const root = mkdtempSync(join(tmpdir(), 'sc-serve-tls-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const cert = join(root, 'cert.pem');
const key = join(root, 'key.pem');
const made = spawnSync(
  'openssl',
  [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    key,
    '-out',
    cert,
    '-days',
    '1',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1',
  ],
  { encoding: 'utf8', timeout: 30_000 },
);
const noOpenssl = made.error
  ? 'openssl is not installed: no certificate to test with'
  : made.status !== 0
    ? `openssl could not make a certificate: ${made.stderr}`
    : null;

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

interface Ended {
  code: number | null;
  out: string;
  err: string;
}

/** The CLI as a process (saves in `home`); `out()` is its output so far. */
function cli(args: string[], env: Record<string, string> = {}): { child: ChildProcess; out: () => string; ended: Promise<Ended> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args, '--lang', 'en'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', SILICON_CURTAIN_HOME: join(root, 'home'), ...env },
  });
  running.push(child);
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => void (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => void (err += c.toString()));
  const ended = new Promise<Ended>((resolve) => child.on('close', (code) => resolve({ code, out, err })));
  return { child, out: () => out, ended };
}

const saves = (dir: string): string[] => {
  try {
    return readdirSync(dir).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
  } catch {
    return [];
  }
};

describe('serve over TLS', () => {
  it('prints a wss:// address; clients that trust the certificate play a game, others are refused', async (ctx) => {
    if (noOpenssl !== null) ctx.skip(noOpenssl);
    const data = join(root, 'data');
    const server = cli(['serve', '--port', '0', '--data', data, '--rounds', '1', '--tls-cert', cert, '--tls-key', key]);
    await until('serve to listen', () => /The teacher's dashboard/.test(server.out()), 20_000);
    const address = /^Serving on (wss:\/\/127\.0\.0\.1:\d+): no games yet/.exec(server.out())?.[1] as string;
    expect(address).toBeDefined();
    expect(server.out()).toContain(`Players join with: silicon-curtain join ${address}\n`);

    // Not trusted (a self-signed certificate), and not TLS at all: one line each, exit 1.
    const untrusted = await cli(['join', address, '--bot', 'random']).ended;
    expect(untrusted.code).toBe(1);
    expect(untrusted.err).toMatch(/^silicon-curtain: [^\n]*self-signed certificate\n$/);
    const plain = await cli(['join', address.replace('wss://', ''), '--bot', 'random']).ended;
    expect(plain.code).toBe(1);
    expect(plain.err).toMatch(/^silicon-curtain: [^\n]*ws:\/\/127\.0\.0\.1[^\n]*\n$/);

    // Trusting it (as school machines would, with NODE_EXTRA_CA_CERTS): a whole game.
    const trust = { NODE_EXTRA_CA_CERTS: cert };
    const a = cli(['join', address, '--bot', 'random', '--seed', '1'], trust);
    await until('the first game to open', () => saves(data).length === 1, 20_000);
    const b = cli(['join', address, '--bot', 'random', '--seed', '2'], trust);
    const [ra, rb] = await Promise.all([a.ended, b.ended]);
    expect(ra).toMatchObject({ code: 0, err: '' });
    expect(rb).toMatchObject({ code: 0, err: '' });
    expect(ra.out).toMatch(/^(The game was a draw\.|(US|China) won by .+\.)\n$/);
    expect(rb.out).toBe(ra.out);

    server.child.kill('SIGTERM');
    const stopped = await server.ended;
    expect(stopped.code).toBe(0);
    expect(stopped.out).toMatch(/\nServer stopped \(1 game\)\.\n$/);
    expect(saves(data)).toHaveLength(1);
  }, 90_000);

  it('refuses half or broken TLS options in one line, before listening', async (ctx) => {
    if (noOpenssl !== null) ctx.skip(noOpenssl);
    const half = await runCli(['serve', '--tls-cert', cert]);
    expect(half.code).toBe(1);
    expect(half.err).toBe('silicon-curtain: --tls-cert and --tls-key go together: give both files (PEM)\n');

    const missing = await runCli(['serve', '--tls-cert', join(root, 'nope.pem'), '--tls-key', key]);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(`silicon-curtain: cannot read ${join(root, 'nope.pem')} for TLS (ENOENT)\n`);

    const notPem = join(root, 'not.pem');
    writeFileSync(notPem, 'hello\n');
    for (const [c, k] of [
      [cert, notPem],
      [cert, cert],
      [notPem, key],
    ] as const) {
      const broken = await runCli(['serve', '--tls-cert', c, '--tls-key', k]);
      expect(broken.code).toBe(1);
      expect(broken.err).toMatch(
        new RegExp(`^silicon-curtain: --tls-cert ${c} and --tls-key ${k} are not a PEM certificate and its private key \\([A-Z_0-9]+\\)\\n$`),
      );
    }
  });
});

/** `host` with these TLS files under a 100x30 pseudo-terminal; `screen()` is its text so far. */
function hostUnderTerminal(certFile: string, keyFile: string): { screen: () => string; stop: () => void } {
  const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;
  const argv = [process.execPath, '--import', 'tsx', CLI, 'host', '--rounds', '1', '--tls-cert', certFile, '--tls-key', keyFile, '--lang', 'en'];
  const env: NodeJS.ProcessEnv = { ...process.env, SILICON_CURTAIN_HOME: join(root, 'host-home'), TERM: 'xterm-256color' };
  delete env.CI; // Ink prints only its last frame when it believes it runs in CI
  delete env.CONTINUOUS_INTEGRATION;
  const host = spawn('script', ['-qfec', `stty cols 100 rows 30; exec ${argv.map(quote).join(' ')}`, '/dev/null'], {
    env,
    detached: true,
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  let screen = '';
  // eslint-disable-next-line no-control-regex
  host.stdout.on('data', (c: Buffer) => void (screen += c.toString().replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')));
  return {
    screen: () => screen,
    stop: () => {
      try {
        process.kill(-(host.pid ?? 0), 'SIGKILL');
      } catch {
        // already ended
      }
    },
  };
}

const INVITE = /join (wss:\/\/127\.0\.0\.1:\d+\/[A-Z0-9]+)/;

describe('host over TLS, under a terminal', () => {
  it('its own screen trusts its certificate whatever its name; a joiner checks the name', async (ctx) => {
    if (noOpenssl !== null) ctx.skip(noOpenssl);
    if (spawnSync('script', ['--version']).error) ctx.skip('no pseudo-terminal: `script` (util-linux) is not installed');
    const otherCert = join(root, 'other-cert.pem');
    const otherKey = join(root, 'other-key.pem');
    const other = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        otherKey,
        '-out',
        otherCert,
        '-days',
        '1',
        '-subj',
        '/CN=example.org',
        '-addext',
        'subjectAltName=DNS:example.org',
      ],
      { timeout: 30_000 },
    );
    expect(other.status).toBe(0);
    const host = hostUnderTerminal(otherCert, otherKey);
    try {
      // The status line of the game screen, shown once the host's own seat is connected.
      await until('the host screen with its invite', () => /Waiting for the other player: silicon-curtain join wss:/.test(host.screen()), 30_000);
      const address = INVITE.exec(host.screen())?.[1] as string;
      const refused = await cli(['join', address, '--bot', 'random'], { NODE_EXTRA_CA_CERTS: otherCert }).ended;
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/^silicon-curtain: [^\n]*127\.0\.0\.1[^\n]*\n$/);
      expect(host.screen()).not.toMatch(/to act: Choose your headline/);
    } finally {
      host.stop();
    }
  }, 60_000);

  it('a join --bot that trusts the certificate takes the free seat and the game starts', async (ctx) => {
    if (noOpenssl !== null) ctx.skip(noOpenssl);
    if (spawnSync('script', ['--version']).error) ctx.skip('no pseudo-terminal: `script` (util-linux) is not installed');
    const host = hostUnderTerminal(cert, key);
    try {
      await until('the host screen with its invite', () => INVITE.test(host.screen()), 30_000);
      const address = INVITE.exec(host.screen())?.[1] as string;
      cli(['join', address, '--bot', 'random', '--delay-ms', '5000'], { NODE_EXTRA_CA_CERTS: cert });
      await until('the game to start on the host screen', () => /to act: Choose your headline/.test(host.screen()), 30_000);
    } finally {
      host.stop();
    }
  }, 60_000);
});
