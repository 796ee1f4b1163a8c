// The output gate: crafted saves (valid checksum, escape sequences in every string field) and a
// crafted tutorial progress file, read by the built program. Nothing it prints, on stdout or
// stderr, and nothing it writes as a handout, may hold a control character or a bidi override;
// JSON output stays valid JSON; the resume advice never quotes the save's appVersion.
// Needs the bundle (`npm run build`); skipped without it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../../src/engine/index.js';
import { saveChecksum } from '../../src/store/checksum.js';
import { formatSave } from '../../src/store/save-file.js';
import type { SaveFile } from '../../src/store/save-file.js';
import { writeBaseDeckSave } from '../e2e/make-save.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(REPO, 'bin/silicon-curtain.js');
const built = existsSync(path.join(REPO, 'dist/silicon-curtain.js'));

/** Retitles the terminal, clears it, writes the clipboard (OSC 52), a C1 CSI, a direction override. */
export const EVIL = '\x1b]0;pwned\x07\x1b[2J\x1b]52;c;ZXZpbA==\x07\x9b31m\u202eevil';
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const work = mkdtempSync(path.join(os.tmpdir(), 'sc-gate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[], home: string): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd: work,
    env: { ...process.env, SILICON_CURTAIN_HOME: home, LANG: 'en_US.UTF-8', LC_ALL: '' },
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** A real save of the base deck, changed by `change` and sealed again with a valid checksum. */
function craftedSave(file: string, change: (save: SaveFile) => void): void {
  writeBaseDeckSave(file);
  const save = JSON.parse(readFileSync(file, 'utf8')) as SaveFile;
  change(save);
  save.checksum = saveChecksum(save as unknown as Record<string, unknown>);
  writeFileSync(file, formatSave(save));
}

const CRAFTS: [string, (save: SaveFile) => void][] = [
  ['seats', (s) => void ((s.setup.seats.us = `h${EVIL}`.slice(0, 40)), (s.setup.seats.china = EVIL.slice(0, 40)))],
  ['rulesVersion and appVersion', (s) => void ((s.rulesVersion = EVIL.slice(0, 40)), (s.appVersion = 'npm:evil-pkg@6.6.6'))],
  ['deck id', (s) => void ((s.decks[0] as { id: string }).id = EVIL)],
  ['deck files', (s) => void (s.setup.deckFiles = [`/tmp/${EVIL}.yaml`])],
  ['an action', (s) => void ((s.actions[1] as { card: string }).card = EVIL)],
];

describe.skipIf(!built)('nothing from a crafted save reaches the terminal raw', () => {
  it.for(CRAFTS)('%s: saves, saves --json, replay --verify and --export, debrief, resume', ([name, change]) => {
    const home = path.join(work, name.replace(/\W+/g, '-'));
    mkdirSync(home);
    const file = path.join(home, 'crafted.json');
    craftedSave(file, change);
    const runs = {
      saves: run(['saves'], home),
      json: run(['saves', '--json'], home),
      verify: run(['replay', file, '--verify'], home),
      exported: run(['replay', file, '--export', 'md'], home),
      handout: run(['replay', file, '--export', 'md', '--out', path.join(home, 'log.md')], home),
      debrief: run(['debrief', file], home),
      resume: run(['resume', file], home),
    };
    for (const [command, result] of Object.entries(runs)) {
      expect(result.out, `${command} stdout`).not.toMatch(UNSAFE);
      expect(result.err, `${command} stderr`).not.toMatch(UNSAFE);
      expect(result.err, `${command} stderr`).not.toMatch(/internal error/);
    }
    expect(() => JSON.parse(runs.json.out) as unknown).not.toThrow();
    if (existsSync(path.join(home, 'log.md'))) expect(readFileSync(path.join(home, 'log.md'), 'utf8')).not.toMatch(UNSAFE);
  });

  it('the advice for a save of other rules is built from the program name and the path, not the save', () => {
    const home = path.join(work, 'advice');
    mkdirSync(home);
    const file = path.join(home, 'old.json');
    craftedSave(file, (s) => void ((s.rulesVersion = '0.9.0'), (s.appVersion = 'npm:evil-pkg@6.6.6')));
    const result = run(['replay', file, '--verify'], home);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `silicon-curtain: ${file}: this game was saved under rules 0.9.0; this version plays rules ${rules.RULES_VERSION}. Finish it with the version of Silicon Curtain that made it: silicon-curtain resume ${file}\n`,
    );
  });
});
