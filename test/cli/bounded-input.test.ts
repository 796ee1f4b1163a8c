// Bounded input, with the built program: saves, backups, the tutorial's progress and decks are
// read only if they are regular files under their size limit, checked before reading; JSON
// nesting is bounded. Each case here once hung or grew without end (a FIFO, /dev/zero, a 16 MB
// nest of brackets); each now ends in bounded time with one line, or is listed as damaged.
// Needs the bundle (`npm run build`) and mkfifo; skipped without them.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBaseDeckSave } from '../e2e/make-save.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(REPO, 'bin/silicon-curtain.js');
const built = existsSync(path.join(REPO, 'dist/silicon-curtain.js'));
const hasFifo = spawnSync('mkfifo', ['--version']).status === 0;
const hasScript = !spawnSync('script', ['--version']).error;

const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-bounded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the program; a hang is a failure after `seconds`, not a stuck test run. */
function run(args: string[], home: string, seconds = 15): { code: number | null; out: string; err: string; ms: number } {
  const started = Date.now();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd: dir,
    env: { ...process.env, SILICON_CURTAIN_HOME: home },
    timeout: seconds * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, out: result.stdout, err: result.stderr, ms: Date.now() - started };
}

function fifo(file: string): string {
  spawnSync('mkfifo', [file]);
  return file;
}

function folder(name: string): string {
  const home = path.join(dir, name);
  mkdirSync(home);
  return home;
}

describe.skipIf(!built || !hasFifo)('bounded input', () => {
  it('a save that links to /dev/zero: replay --verify refuses it at once', () => {
    const home = folder('zero');
    symlinkSync('/dev/zero', path.join(home, 'zero.json'));
    const result = run(['replay', path.join(home, 'zero.json'), '--verify'], home);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^silicon-curtain: [^\n]*zero\.json is not a regular file \(a device, a pipe or a socket\), so not a save file[^\n]*\n$/);
    expect(result.ms).toBeLessThan(10_000);
  });

  it('a damaged save whose .bak is a FIFO or /dev/zero: saves marks it, replay and the listing do not hang', () => {
    const home = folder('bak');
    for (const [name, bak] of [
      ['fifo', (p: string) => fifo(p)],
      ['zero', (p: string) => symlinkSync('/dev/zero', p)],
    ] as const) {
      const save = path.join(home, `${name}.json`);
      writeFileSync(save, '{"format": "silicon-curtain-save", "cut');
      bak(`${save}.bak`);
    }
    const listing = run(['saves', '--json'], home);
    expect(listing.code).toBe(0);
    const entries = JSON.parse(listing.out) as { path: string; error?: string }[];
    expect(entries.map((e) => path.basename(e.path)).sort()).toEqual(['fifo.json', 'zero.json']);
    for (const entry of entries) expect(entry.error).toMatch(/damaged/);
    const verify = run(['replay', path.join(home, 'fifo.json'), '--verify'], home);
    expect(verify.code).toBe(1);
    expect(verify.err).toMatch(/^silicon-curtain: [^\n]*fifo\.json is damaged[^\n]*\n$/);
  });

  it('a deck path that is a FIFO: deck validate, cards and simulate say so in one line', () => {
    const home = folder('deck');
    const deck = fifo(path.join(home, 'deck.yaml'));
    for (const args of [
      ['deck', 'validate', deck, '--as-expansion'],
      ['cards', '--deck', deck],
      ['simulate', '--games', '1', '--workers', '1', '--deck', deck],
    ]) {
      const result = run(args, home);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.out + result.err).toContain(`${deck}: error: cannot read the file: this is a device, a pipe or a socket, not a deck file`);
    }
  });

  it('a 16 MB deeply nested fake save in the saves folder costs the listing nothing', () => {
    const home = folder('nested');
    writeFileSync(path.join(home, 'deep.json'), `{"format":"silicon-curtain-save","x":${'['.repeat(1_000_000)}`);
    writeFileSync(path.join(home, 'huge.json'), `{"format":"silicon-curtain-save","x":[${'1,'.repeat(8_000_000)}1]}`);
    writeFileSync(path.join(home, 'small-deep.json'), `{"format":"silicon-curtain-save","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    writeBaseDeckSave(path.join(home, 'good.json'));
    const result = run(['saves', '--json'], home);
    expect(result.code).toBe(0);
    const entries = JSON.parse(result.out) as { path: string; error?: string }[];
    const byName = Object.fromEntries(entries.map((e) => [path.basename(e.path), e.error ?? 'ok']));
    expect(byName).toEqual({
      'good.json': 'ok',
      'deep.json': expect.stringMatching(/not a Silicon Curtain save file/),
      'huge.json': expect.stringMatching(/too large to be a Silicon Curtain save file/),
      'small-deep.json': expect.stringMatching(/nested more than 32 deep/),
    });
    expect(result.ms).toBeLessThan(5_000);
  });

  it('10,000 saves are listed in seconds, not minutes', () => {
    const home = folder('many');
    const first = path.join(home, 'game-0.json');
    writeBaseDeckSave(first);
    for (let i = 1; i < 10_000; i++) copyFileSync(first, path.join(home, `game-${i}.json`));
    const result = run(['saves', '--json'], home, 60);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.out) as unknown[]).length).toBe(10_000);
    // About 1.3 s on the 2 shared cores it was written on; the bound leaves room for a busy machine.
    expect(result.ms).toBeLessThan(15_000);
  });

  it.skipIf(!hasScript)('a tutorial progress file that is a FIFO: the tutorial starts over, saying why', () => {
    const home = folder('tutorial');
    fifo(path.join(home, 'tutorial.json'));
    const result = spawnSync('script', ['-qfec', `stty cols 100 rows 30; ${process.execPath} ${BIN} tutorial`, '/dev/null'], {
      cwd: dir,
      env: { ...process.env, SILICON_CURTAIN_HOME: home, TERM: 'xterm-256color', CI: '' },
      encoding: 'utf8',
      timeout: 5_000,
      killSignal: 'SIGKILL',
    });
    // eslint-disable-next-line no-control-regex
    const shown = result.stdout.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
    expect(shown).toContain('silicon-curtain: the saved tutorial could not be resumed (');
    expect(shown).toContain('tutorial.json is not a regular file (a device, a pipe or a socket)); it starts again from the beginning');
    expect(shown).toContain('Lesson 1/13 · The headline');
  });
});
