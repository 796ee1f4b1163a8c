import { afterEach, describe, expect, it } from 'vitest';
import { saveHash } from '../../src/store/state-hash.js';
import { SaveError } from '../../src/store/save-error.js';
import { buildSave, formatSave, parseSave } from '../../src/store/save-file.js';
import { savedSetupOf } from '../../src/store/autosave.js';
import { playRandom, removeTempDirs } from './helpers.js';

afterEach(removeTempDirs);

function saveOf(seed: number, maxActions?: number) {
  const game = playRandom(seed, { maxActions });
  const setup = savedSetupOf({ setup: game.setup, seats: { us: 'human', china: 'random' }, lang: 'en' });
  return {
    game,
    save: buildSave({
      appVersion: '0.1.0',
      decks: game.setup.decks,
      setup,
      actions: game.actions,
      state: game.state,
      finalHash: saveHash(game.state),
      savedAt: new Date('2026-01-02T03:04:05Z'),
    }),
  };
}

describe('save file', () => {
  it('reads back exactly what was written', () => {
    const { save } = saveOf(3);
    expect(parseSave(formatSave(save), 'game.json')).toEqual(save);
  });

  it('records the rules version, decks, setup, actions, final hash and where the game stands', () => {
    const { game, save } = saveOf(4, 30);
    expect(save.rulesVersion).toBe(game.state.rulesVersion);
    expect(save.decks).toEqual([{ id: 'fixture', hash: 'fixture' }]);
    expect(save.setup).toMatchObject({
      seed: 4,
      personas: game.setup.personas,
      rounds: 3,
      handicap: 0,
      seats: { us: 'human', china: 'random' },
      lang: 'en',
      deckFiles: [],
    });
    expect(save.actions).toHaveLength(30);
    expect(save.finalHash).toBe(saveHash(game.state));
    expect(save.progress).toEqual({ round: game.state.round, phase: game.state.phase, outcome: null });
    expect(save.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('writes one action a line, so a save reads and diffs well', () => {
    const { save } = saveOf(5, 12);
    const lines = formatSave(save).split('\n');
    const actionLines = lines.filter((l) => l.startsWith('    {"type":'));
    expect(actionLines).toHaveLength(12);
  });

  it('still opens after an editor re-indents it (the checksum covers values, not layout)', () => {
    const { save } = saveOf(6, 20);
    const reindented = JSON.stringify(JSON.parse(formatSave(save)), null, 4);
    expect(parseSave(reindented, 'game.json')).toEqual(save);
    expect(parseSave(`\uFEFF${formatSave(save)}`, 'game.json')).toEqual(save);
  });

  it('refuses a changed value with a one-line reason', () => {
    const { save } = saveOf(7, 20);
    const edited = formatSave(save).replace('"seed":7', '"seed":8');
    expect(() => parseSave(edited, 'game.json')).toThrow(SaveError);
    expect(() => parseSave(edited, 'game.json')).toThrow(/game\.json is damaged or was edited: its checksum does not match/);
  });
});
