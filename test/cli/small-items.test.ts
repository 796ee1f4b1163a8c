// The smaller items of issue 22: one seed range for every command, no more worker threads than
// cores, a readable ELOOP, a save that claims a game its actions do not play, no saves folder
// relative to wherever the game was started, and the README's defaults matching --help.
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import * as botMatch from '../../src/cli/commands/bot-match.js';
import * as deckCommand from '../../src/cli/commands/deck.js';
import * as play from '../../src/cli/commands/play.js';
import { MAX_SEED } from '../../src/cli/random-seed.js';
import { saveChecksum } from '../../src/store/checksum.js';
import { saveDir } from '../../src/store/paths.js';
import { formatSave } from '../../src/store/save-file.js';
import type { SaveFile } from '../../src/store/save-file.js';
import { runCli } from './capture-io.js';
import { runSimulateCli } from '../sim/harness.js';
import { writeBaseDeckSave } from '../e2e/make-save.js';
import { readSave, restoreGame, deckFilesSource } from '../../src/store/index.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-small-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('one seed range', () => {
  it('play, simulate and bot-match all take 0 to 4294967295 and refuse what is outside', async () => {
    expect(MAX_SEED).toBe(4294967295);
    const over = String(MAX_SEED + 1);
    const simulate = await runSimulateCli(['simulate', '--games', '1', '--workers', '1', '--seed', over]);
    expect(simulate.code).toBe(1);
    expect(simulate.err).toContain('from 0 to 4294967295');
    const bot = await runCli(['bot-match', '--seed', over], { commands: [botMatch] });
    expect(bot.code).toBe(1);
    expect(bot.err).toContain('expected a whole number from 0 to 4294967295');
    const played = await runCli(['play', '--seed', over], { commands: [play] });
    expect(played.code).toBe(1);
    expect(played.err).toContain('4294967295');
    expect((await runSimulateCli(['simulate', '--games', '1', '--workers', '1', '--seed', String(MAX_SEED), '--rounds', '1'])).code).toBe(0);
    expect(
      (await runCli(['bot-match', '--seed', String(MAX_SEED), '--us', 'random', '--china', 'random', '--rounds', '1'], { commands: [botMatch] })).code,
    ).toBe(0);
  });
});

describe('simulate --workers', () => {
  it('runs no more worker threads than cores, and says so', async () => {
    const run = await runSimulateCli(['simulate', '--games', '2', '--workers', '256', '--json', '--rounds', '1']);
    expect(run.code).toBe(0);
    expect(run.err).toContain('simulate: --workers 256 lowered to 2, one per core');
  });
});

describe('a deck path that is a link loop', () => {
  it('reads "too many symbolic links", not "eLOOP"', async () => {
    const loop = path.join(dir, 'loop.yaml');
    symlinkSync(loop, loop);
    const run = await runCli(['deck', 'validate', loop], { commands: [deckCommand] });
    expect(run.code).toBe(1);
    expect(run.out + run.err).toContain('cannot read the file: too many symbolic links (a link that loops)');
    expect(run.out + run.err).not.toContain('eLOOP');
  });
});

describe('a save that claims a finished game its actions do not play', () => {
  it('is refused when it is opened', async () => {
    const file = path.join(dir, 'claims.json');
    writeBaseDeckSave(file);
    const save = JSON.parse(readFileSync(file, 'utf8')) as SaveFile;
    save.progress = { ...save.progress, phase: 'over', outcome: { winner: 'us', reason: 'leadership', leadership: 20, round: 1 } };
    save.checksum = saveChecksum(save as unknown as Record<string, unknown>);
    writeFileSync(file, formatSave(save));
    expect(readSave(file).progress.outcome).not.toBeNull();
    await expect(restoreGame(file, deckFilesSource)).rejects.toThrow(/claims a game at round 1, finished, but its actions play to round 1, unfinished/);
  });
});

describe('the saves folder', () => {
  it('is never relative: an empty HOME is an error, a relative XDG_DATA_HOME is ignored', () => {
    expect(() => saveDir({ env: {}, platform: 'linux', home: '' })).toThrow(
      /there is no home folder to keep saves in \(HOME is empty\); set SILICON_CURTAIN_HOME/,
    );
    expect(saveDir({ env: { XDG_DATA_HOME: 'data' }, platform: 'linux', home: '/home/ana' })).toBe('/home/ana/.local/share/silicon-curtain');
    expect(path.isAbsolute(saveDir({ env: { SILICON_CURTAIN_HOME: 'saves' }, platform: 'linux', home: '' }))).toBe(true);
  });
});

describe('the README', () => {
  it('gives the same play defaults as --help', async () => {
    const help = await runCli(['play', '--help'], { commands: [play] });
    const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
    const chinaDefault = /--china <player>[^(]*\(default: "(\w+)"\)/.exec(help.out + help.err)?.[1];
    expect(chinaDefault).toBeDefined();
    expect(readme).toContain(`defaults: \`--us human\`, \`--china ${chinaDefault}\``);
  });
});

describe('the package', () => {
  it('has no install-time script, so installing the tarball prints no install-scripts warning', () => {
    // npm 11 warns about any preinstall, install, postinstall or prepare script of a package it installs.
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts[hook], hook).toBeUndefined();
    // The tarball is still built when packed.
    expect(pkg.scripts.prepack).toBe('npm run build');
  });
});
