// No output option (--out, --markdown) writes over a saved game, its backup or the command's
// own input, under any name; a write that fails says "cannot write". The built program, as a
// player runs it. Needs the bundle (`npm run build`); skipped without it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER_SOURCE } from '../../src/decks/starter-deck.js';
import { writeBaseDeckSave } from '../e2e/make-save.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(REPO, 'bin/silicon-curtain.js');
const built = existsSync(path.join(REPO, 'dist/silicon-curtain.js'));

const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const save = path.join(dir, 'game.json');
const other = path.join(dir, 'other.json');
const deck = path.join(dir, 'deck.yaml');

function run(args: string[]): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd: dir,
    env: { ...process.env, SILICON_CURTAIN_HOME: dir },
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe.skipIf(!built)('output options never destroy a game or an input', () => {
  writeBaseDeckSave(save);
  writeBaseDeckSave(other, { seed: 9 });
  copyFileSync(save, `${save}.bak`);
  linkSync(save, path.join(dir, 'alias.md'));
  if (built) {
    run(['deck', 'new', deck]);
    // A cited source: the starter's placeholder would add its warnings to the one line checked below.
    writeFileSync(deck, readFileSync(deck, 'utf8').replaceAll(PLACEHOLDER_SOURCE, 'Test'));
  }
  const before = { save: readFileSync(save, 'utf8'), other: readFileSync(other, 'utf8'), deck: readFileSync(deck, 'utf8') };

  it.for([
    [['debrief', save, '--out', save], /--out .*game\.json is this command's own input/],
    [['debrief', save, '--out', 'alias.md'], /--out alias\.md is this command's own input/],
    [['debrief', save, '--out', other], /--out .*other\.json is a saved game \(or its backup\)/],
    [['debrief', save, '--out', `${save}.bak`], /is the backup of this command's input/],
    [['replay', save, '--export', 'md', '--out', save], /own input/],
    [['replay', save, '--export', 'md', '--out', `${other}`], /is a saved game/],
    [['simulate', '--games', '1', '--workers', '1', '--deck', deck, '--markdown', deck], /--markdown .*deck\.yaml is this command's own input/],
    [['simulate', '--games', '1', '--workers', '1', '--markdown', other], /--markdown .*other\.json is a saved game/],
  ] as [string[], RegExp][])('%s is refused in one line, exit 1, nothing written', ([args, message]) => {
    const result = run(args);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^silicon-curtain: [^\n]*\n$/);
    expect(result.err).toMatch(message);
    expect(readFileSync(save, 'utf8')).toBe(before.save);
    expect(readFileSync(`${save}.bak`, 'utf8')).toBe(before.save);
    expect(readFileSync(other, 'utf8')).toBe(before.other);
    expect(readFileSync(deck, 'utf8')).toBe(before.deck);
  });

  it('a handout that cannot be written says so ("cannot write", not "cannot read")', () => {
    const result = run(['debrief', save, '--out', path.join(dir, 'no-such-folder', 'h.md')]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^silicon-curtain: cannot write .*h\.md: ENOENT\n$/);
  });

  it('a new file or an old handout is written', () => {
    expect(run(['debrief', save, '--out', 'handout.md']).code).toBe(0);
    expect(run(['debrief', save, '--out', 'handout.md']).code).toBe(0);
    expect(readFileSync(path.join(dir, 'handout.md'), 'utf8')).toMatch(/^# /);
  });
});
