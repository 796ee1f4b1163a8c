import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAutosaver } from '../../src/store/autosave.js';
import { readSave } from '../../src/store/load.js';
import { prepareNamedSave } from '../../src/store/named-save.js';
import { playRandom, removeTempDirs, tempDir } from './helpers.js';

afterEach(removeTempDirs);

describe('play --save FILE', () => {
  it('saves the game under the chosen name, after every action', () => {
    const dir = tempDir();
    const path = prepareNamedSave(join(dir, 'class', 'match-1.json'));
    const game = playRandom(61, { maxActions: 5 });
    const saver = createAutosaver({ file: path, setup: game.setup, seats: { us: 'human', china: 'human' }, lang: 'fr' });
    saver.save(game.actions, game.state);
    expect(saver.path).toBe(path);
    expect(readSave(path).setup.seats).toEqual({ us: 'human', china: 'human' });
  });

  it('never overwrites another game or an unrelated file', () => {
    const dir = tempDir();
    const notes = join(dir, 'notes.json');
    writeFileSync(notes, '{"todo": "grade the debrief"}');
    expect(() => prepareNamedSave(notes)).toThrow(`${notes} already exists and is not a Silicon Curtain save; choose another name so it is not overwritten`);
    expect(readFileSync(notes, 'utf8')).toBe('{"todo": "grade the debrief"}');

    const game = playRandom(62, { maxActions: 3 });
    const saved = join(dir, 'game.json');
    createAutosaver({ file: saved, setup: game.setup, seats: { us: 'human', china: 'random' }, lang: 'en' }).save(game.actions, game.state);
    expect(() => prepareNamedSave(saved)).toThrow(
      `${saved} already holds a saved game; continue it with 'silicon-curtain resume ${saved}' or choose another name`,
    );

    mkdirSync(join(dir, 'folder'));
    expect(() => prepareNamedSave(join(dir, 'folder'))).toThrow(/is a folder; give a file name for the save/);
  });
});
