// Every way a save can be bad gives one clear line and a non-zero exit, never a stack trace, and
// leaves the files as they were.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { registerWith as registerReplay } from '../../src/cli/commands/replay.js';
import { registerWith as registerResume } from '../../src/cli/commands/resume.js';
import type { RunPlay } from '../../src/cli/save-commands.js';
import { rules } from '../../src/engine/index.js';
import { createAutosaver } from '../../src/store/autosave.js';
import { saveChecksum } from '../../src/store/checksum.js';
import type { SaveFile } from '../../src/store/save-file.js';
import { formatSave } from '../../src/store/save-file.js';
import type { CommandRun } from './helpers.js';
import { FIXTURE_DECK, playRandom, removeTempDirs, runCommand, tempDir, testDeps } from './helpers.js';

afterEach(removeTempDirs);

function goodSave(dir: string, actions = 30): string {
  const game = playRandom(21, { maxActions: actions });
  const saver = createAutosaver({ dir, name: 'game.json', setup: game.setup, seats: { us: 'human', china: 'random' }, lang: 'en' });
  saver.save(game.actions, game.state);
  return saver.path;
}

/** Change a save's content and seal it again with a valid checksum, as a tool or an old version would. */
function resave(path: string, change: (save: SaveFile) => void): void {
  const save = JSON.parse(readFileSync(path, 'utf8')) as SaveFile;
  change(save);
  save.checksum = saveChecksum(save as unknown as Record<string, unknown>);
  writeFileSync(path, formatSave(save));
}

function expectOneLineFailure(run: CommandRun, pattern: RegExp): void {
  expect(run.code).toBe(1);
  expect(run.out).toBe('');
  expect(run.err).toMatch(/^silicon-curtain: [^\n]+\n$/);
  expect(run.err).not.toMatch(/internal error|\bat .*:\d+:\d+/);
  expect(run.err).toMatch(pattern);
}

type Case = { name: string; make: (dir: string) => string; expected: RegExp; deps?: ReturnType<typeof testDeps> };

const cases: Case[] = [
  {
    name: 'a truncated save',
    make: (dir) => {
      const path = goodSave(dir);
      const text = readFileSync(path, 'utf8');
      writeFileSync(path, text.slice(0, Math.floor(text.length * 0.6)));
      return path;
    },
    expected: /game\.json is damaged: it ends too early \(truncated\)/,
  },
  {
    name: 'a corrupted byte',
    make: (dir) => {
      const path = goodSave(dir);
      const text = readFileSync(path, 'utf8');
      writeFileSync(path, text.replace('"type":"place","space":"', '"type":"place","space":"x'));
      return path;
    },
    expected: /damaged or was edited: its checksum does not match its content/,
  },
  {
    name: 'random bytes',
    make: (dir) => {
      const path = join(dir, 'noise.json');
      writeFileSync(path, Buffer.from([0x00, 0xff, 0x13, 0x37, 0x7b, 0x22, 0x80, 0x81]));
      return path;
    },
    expected: /noise\.json is not a Silicon Curtain save file \(not JSON\); 'silicon-curtain saves' lists your games/,
  },
  {
    name: 'another JSON file (a deck)',
    make: (dir) => {
      const path = join(dir, 'deck.json');
      writeFileSync(path, JSON.stringify({ formatVersion: 1, id: 'base', cards: [] }));
      return path;
    },
    expected: /deck\.json is not a Silicon Curtain save file/,
  },
  {
    name: 'an empty file',
    make: (dir) => {
      const path = join(dir, 'empty.json');
      writeFileSync(path, '');
      return path;
    },
    expected: /empty\.json is empty \(the save was cut off\)/,
  },
  {
    name: 'a folder',
    make: (dir) => {
      mkdirSync(join(dir, 'folder.json'));
      return join(dir, 'folder.json');
    },
    expected: /folder\.json is a folder, not a save file/,
  },
  {
    name: 'a missing file',
    make: (dir) => join(dir, 'nothing.json'),
    expected: /there is no save file at .*nothing\.json; 'silicon-curtain saves' lists your games/,
  },
  {
    name: 'a deck that changed since',
    make: (dir) => goodSave(dir),
    deps: testDeps({ decks: () => [{ ...FIXTURE_DECK, hash: 'edited' }] }),
    expected: /played with another version of the deck 'fixture' \(hash fixture, now edited\); restore that version of the deck/,
  },
  {
    name: 'a deck that is not there',
    make: (dir) => goodSave(dir),
    deps: testDeps({ decks: () => [{ ...FIXTURE_DECK, id: 'base' }] }),
    expected: /played with the deck 'fixture', which is not available; put its file back/,
  },
  {
    name: 'other rules',
    make: (dir) => {
      const path = goodSave(dir);
      resave(path, (s) => void ((s.rulesVersion = '0.9.0'), (s.appVersion = '0.0.9')));
      return path;
    },
    expected: new RegExp(
      `: this game was saved under rules 0\\.9\\.0; this version plays rules ${rules.RULES_VERSION.replace(/\./g, '\\.')}\\. Finish it with the version of Silicon Curtain that made it: silicon-curtain resume `,
    ),
  },
  {
    // A game of earlier rules (1.0, 2.0) cannot be replayed by this engine.
    name: 'a save of rules 2.0.0',
    make: (dir) => {
      const path = goodSave(dir);
      resave(path, (s) => void ((s.rulesVersion = '2.0.0'), (s.appVersion = '0.1.0')));
      return path;
    },
    expected: new RegExp(
      `game\\.json: this game was saved under rules 2\\.0\\.0; this version plays rules ${rules.RULES_VERSION.replace(/\./g, '\\.')}\\. Finish it with the version of Silicon Curtain that made it: silicon-curtain resume `,
    ),
  },
  {
    // A real 2.0.0 save of the base deck also finds the deck changed: the rules are named first.
    name: 'a save of rules 2.0.0 whose deck changed since',
    make: (dir) => {
      const path = goodSave(dir);
      resave(path, (s) => void ((s.rulesVersion = '2.0.0'), (s.appVersion = '0.1.0')));
      return path;
    },
    deps: testDeps({ decks: () => [{ ...FIXTURE_DECK, hash: 'edited' }] }),
    expected: new RegExp(
      `game\\.json: this game was saved under rules 2\\.0\\.0; this version plays rules ${rules.RULES_VERSION.replace(/\./g, '\\.')}\\. Finish it with the version of Silicon Curtain that made it: silicon-curtain resume `,
    ),
  },
  {
    name: 'a newer save format',
    make: (dir) => {
      const path = goodSave(dir);
      resave(path, (s) => void ((s as unknown as { formatVersion: number }).formatVersion = 2));
      return path;
    },
    expected: /written by a newer version of Silicon Curtain \(save format 2\); update the game to open it/,
  },
  {
    name: 'a field of the wrong shape',
    make: (dir) => {
      const path = goodSave(dir);
      resave(path, (s) => void ((s.actions as unknown[])[3] = { type: 'fly', to: 'moon' }));
      return path;
    },
    expected: /game\.json is not a valid save: actions\.3\.type: Invalid discriminator value/,
  },
  {
    name: 'an action list that becomes illegal',
    make: (dir) => {
      const path = goodSave(dir);
      resave(path, (s) => void (s.actions[4] = { type: 'chooseFirst', first: 'us' }));
      return path;
    },
    expected: /game\.json cannot be replayed: action 5 of \d+ \(\{"type":"chooseFirst","first":"us"\}\) is not legal there: 'chooseFirst' is not possible now/,
  },
  {
    name: 'actions that lead to another game',
    make: (dir) => {
      const path = goodSave(dir);
      resave(path, (s) => void (s.finalHash = '0123456789abcdef'));
      return path;
    },
    expected: /replays to a different game than the one saved \(state [0-9a-f]{16}, saved 0123456789abcdef\)/,
  },
];

function snapshot(path: string): string | null {
  try {
    return readFileSync(path, 'latin1');
  } catch {
    return null;
  }
}

describe('bad saves', () => {
  for (const c of cases) {
    it(`${c.name}: replay --verify says what is wrong in one line and exits 1`, async () => {
      const path = c.make(tempDir());
      const before = snapshot(path);
      const run = await runCommand(registerReplay, ['replay', path, '--verify'], { deps: c.deps });
      expectOneLineFailure(run, c.expected);
      expect(snapshot(path)).toBe(before);
    });

    it(`${c.name}: resume refuses it without touching the file`, async () => {
      const path = c.make(tempDir());
      const before = snapshot(path);
      let played = false;
      const runPlay: RunPlay = () => {
        played = true;
        return Promise.resolve({ outcome: null, actions: [] });
      };
      const deps = { ...(c.deps ?? testDeps()), loadRunPlay: () => Promise.resolve(runPlay) };
      const run = await runCommand(registerResume, ['resume', path], { interactive: true, deps });
      expectOneLineFailure(run, c.expected);
      expect(played).toBe(false);
      expect(snapshot(path)).toBe(before);
      expect(snapshot(`${path}.bak`)).toBeNull();
    });
  }

  it('a damaged save with a good backup: resume continues from the backup and says so', async () => {
    const dir = tempDir();
    const game = playRandom(22, { maxActions: 20 });
    const saver = createAutosaver({ dir, name: 'game.json', setup: game.setup, seats: { us: 'human', china: 'random' }, lang: 'en' });
    saver.save(game.actions.slice(0, 19), game.states[19]!);
    saver.save(game.actions, game.state);
    writeFileSync(saver.path, readFileSync(saver.path, 'utf8').slice(0, 300));
    const backupBefore = snapshot(`${saver.path}.bak`);
    let resumedWith = -1;
    const runPlay: RunPlay = (options) => {
      resumedWith = options.actions?.length ?? -1;
      return Promise.resolve({ outcome: null, actions: options.actions ?? [] });
    };
    const run = await runCommand(registerResume, ['resume', saver.path], {
      interactive: true,
      deps: testDeps({ loadRunPlay: () => Promise.resolve(runPlay) }),
    });
    expect(run.code).toBe(0);
    expect(run.err).toMatch(
      /^silicon-curtain: .*game\.json is damaged: it ends too early \(truncated\); continuing from its backup .*game\.json\.bak, made one save earlier\n$/,
    );
    expect(resumedWith).toBe(19);
    expect(snapshot(`${saver.path}.bak`)).toBe(backupBefore);
  });

  it('a damaged save without a usable backup: resume says there is nothing to fall back on', async () => {
    const dir = tempDir();
    const path = goodSave(dir);
    writeFileSync(path, readFileSync(path, 'utf8').slice(0, 100));
    const run = await runCommand(registerResume, ['resume', path], { interactive: true });
    expectOneLineFailure(run, /truncated\), and there is no backup to fall back on$/m);
    writeFileSync(`${path}.bak`, 'x');
    const again = await runCommand(registerResume, ['resume', path], { interactive: true });
    expectOneLineFailure(again, /truncated\), and its backup .*game\.json\.bak cannot be used either$/m);
  });

  it('--verify of a damaged save says when its backup is good', async () => {
    const dir = tempDir();
    const game = playRandom(23, { maxActions: 12 });
    const saver = createAutosaver({ dir, name: 'game.json', setup: game.setup, seats: { us: 'human', china: 'random' }, lang: 'en' });
    saver.save(game.actions.slice(0, 11), game.states[11]!);
    saver.save(game.actions, game.state);
    writeFileSync(saver.path, '{"format":"silicon-curtain-save",');
    const run = await runCommand(registerReplay, ['replay', saver.path, '--verify']);
    expectOneLineFailure(run, /truncated\) \(its backup .*game\.json\.bak is good: 'silicon-curtain resume .*game\.json' uses it\)/);
  });
});
