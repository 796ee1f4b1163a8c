// Clean exits, with the built program: closing the terminal of a running game (tmux kills its
// session: SIGHUP, then EIO) ends it quietly with the game saved and its lock released; a full
// disk or a closed pipe on standard output gives one line and exit 1. Before, the first died
// with an uncaught `write EIO`, a Node assertion and status 139, the second with an uncaught
// ENOSPC and a page of minified code. Needs the bundle and tmux; skipped without them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { killSession, quote, tmux } from '../tmux/driver.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(REPO, 'bin/silicon-curtain.js');
const WRAPPER = path.join(REPO, 'test/cli/fixtures/hangup-wrapper.mjs');
const built = existsSync(path.join(REPO, 'dist/silicon-curtain.js'));
const hasTmux = spawnSync('tmux', ['-V']).status === 0;

const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-exits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function until<T>(what: string, check: () => T | undefined, seconds = 15): Promise<T> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

describe.skipIf(!built || !hasTmux)('closing the terminal of a running game', () => {
  it('ends the game quietly, saved, its lock released', async () => {
    const save = path.join(dir, 'hup.json');
    const out = path.join(dir, 'hup');
    const session = `sc-hup-${process.pid}`;
    const argv = [
      process.execPath,
      WRAPPER,
      out,
      BIN,
      'play',
      '--us-persona',
      'nvidia',
      '--china-persona',
      'huawei',
      '--china',
      'random',
      '--seed',
      '5',
      '--save',
      save,
    ];
    tmux(['new-session', '-d', '-s', session, '-x', '100', '-y', '30', `env -u CI SILICON_CURTAIN_HOME=${quote(dir)} ${argv.map(quote).join(' ')}`]);
    try {
      await until('the headline choice', () => (tmux(['capture-pane', '-p', '-t', session]).includes('Choose your headline') ? true : undefined));
      tmux(['send-keys', '-t', session, 'Enter']);
      await until('the first save', () => (existsSync(save) && readFileSync(save, 'utf8').includes('"headline"') ? true : undefined));
    } finally {
      killSession(session);
    }
    const ended = await until('the game to end', () => (existsSync(`${out}.rc`) ? readFileSync(`${out}.rc`, 'utf8') : undefined));
    // Ended by the hang-up itself (status 129 in a shell), not by a crash (SIGSEGV, SIGABRT, 139).
    expect(ended).toBe('null SIGHUP');
    expect(readFileSync(`${out}.err`, 'utf8')).not.toMatch(/Error|Assertion|\bat /);
    expect(existsSync(`${save}.lock`)).toBe(false);
    const verify = spawnSync(process.execPath, [BIN, 'replay', save, '--verify'], { encoding: 'utf8', env: { ...process.env, SILICON_CURTAIN_HOME: dir } });
    expect(verify.stdout).toMatch(/^ok: \d+ actions/);
  });
});

describe.skipIf(!built)('standard output that cannot take the output', () => {
  it('a full disk (/dev/full): one line, exit 1', () => {
    const result = spawnSync('sh', ['-c', `${quote(process.execPath)} ${quote(BIN)} simulate --games 3 --workers 1 > /dev/full`], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n').filter((l) => l.startsWith('silicon-curtain:'))).toEqual([
      'silicon-curtain: the output could not be written: no space left on the device (ENOSPC)',
    ]);
    expect(result.stderr).not.toMatch(/Error|\bat /);
  });

  it('a pipe closed by its reader (EPIPE): one line, exit 1', () => {
    // The reader (`true`) is gone long before Node has started and written: the first write fails,
    // whatever the size of the output (a reader that sleeps first lets an output under the pipe's
    // 64 KiB go through whole).
    const result = spawnSync('bash', ['-c', `${quote(process.execPath)} ${quote(BIN)} cards --json | true; exit \${PIPESTATUS[0]}`], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('silicon-curtain: the output could not be written: the reader closed the pipe (EPIPE)\n');
  });

  it('says it in the run’s language: --lang fr or SILICON_CURTAIN_LANG=fr', () => {
    const french = 'silicon-curtain: la sortie n’a pas pu être écrite\u00a0: le lecteur a fermé le tube (EPIPE)\n';
    for (const [args, env] of [
      ['cards --json --lang fr', {}],
      ['cards --json', { SILICON_CURTAIN_LANG: 'fr' }],
    ] as const) {
      const result = spawnSync('bash', ['-c', `${quote(process.execPath)} ${quote(BIN)} ${args} | true; exit \${PIPESTATUS[0]}`], {
        encoding: 'utf8',
        timeout: 30_000,
        env: { ...process.env, ...env },
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(french);
    }
    const full = spawnSync('sh', ['-c', `${quote(process.execPath)} ${quote(BIN)} simulate --games 3 --workers 1 --lang fr > /dev/full`], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(full.stderr.split('\n').filter((l) => l.startsWith('silicon-curtain:'))).toEqual([
      'silicon-curtain: la sortie n’a pas pu être écrite\u00a0: plus de place sur le disque (ENOSPC)',
    ]);
  });
});
