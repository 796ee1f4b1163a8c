import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { saveHash } from '../../src/store/state-hash.js';
import { createAutosaver } from '../../src/store/autosave.js';
import { restoreGame } from '../../src/store/load.js';
import { readSave } from '../../src/store/load.js';
import { FIXTURE_DECK, playRandom, removeTempDirs, tempDir } from './helpers.js';
import { sayWording } from '../../src/i18n/messages.js';

afterEach(removeTempDirs);

const decks = () => [FIXTURE_DECK];
const seats = { us: 'human', china: 'random' };

describe('autosave', () => {
  it('keeps the save current after every action, and the previous save as .bak', async () => {
    const dir = tempDir();
    const game = playRandom(11, { maxActions: 40 });
    const saver = createAutosaver({ dir, setup: game.setup, seats, lang: 'en', now: () => new Date(2026, 0, 2, 3, 4, 5) });
    expect(saver.path).toBe(join(dir, '2026-01-02_03-04-05_washington-vs-huawei_seed11.json'));
    for (let i = 0; i <= game.actions.length; i++) {
      saver.save(game.actions.slice(0, i), game.states[i]!);
      expect(readSave(saver.path).actions).toHaveLength(i);
    }
    expect(readSave(`${saver.path}.bak`).actions).toHaveLength(39);
    const restored = await restoreGame(saver.path, decks);
    expect(saveHash(restored.state)).toBe(saveHash(game.state));
    expect(restored.warning).toBeNull();
    // Nothing else is left in the folder: no temporary files.
    expect(readdirSync(dir).sort()).toEqual([`${saver.path.split('/').pop()}`, `${saver.path.split('/').pop()}.bak`].sort());
  });

  it('restores a game whatever the key order of the setup the UI built', async () => {
    const dir = tempDir();
    const played = playRandom(17, { maxActions: 30 });
    // The same setup, its keys in another order: the engine's hashState would differ, the save must not care.
    const { decks: d, cards, personas, seed } = played.setup;
    const reordered = { decks: d, cards, seed, personas: { china: personas.china, us: personas.us } };
    const saver = createAutosaver({ dir, setup: reordered, seats, lang: 'en' });
    saver.save(played.actions, played.state);
    const restored = await restoreGame(saver.path, decks);
    expect(restored.save.actions).toEqual(played.actions);
  });

  it('keeps a fixed first player in the save, so the game restores and replays as played', async () => {
    const dir = tempDir();
    const game = playRandom(12, { maxActions: 25, setup: { first: 'china', handicap: -2 } });
    // The first player was never asked: no chooseFirst among the recorded actions of round 1.
    expect(game.actions[0]?.type).toBe('headline');
    const saver = createAutosaver({ dir, setup: game.state.setup, seats, lang: 'en' });
    saver.save(game.actions, game.state);
    expect(readSave(saver.path).setup).toMatchObject({ first: 'china', handicap: -2 });
    const restored = await restoreGame(saver.path, decks);
    expect(saveHash(restored.state)).toBe(saveHash(game.state));
    expect(restored.state.log.find((e) => e.type === 'firstPlayer')).toMatchObject({ side: 'china', round: 1 });
  });

  it('leaves the first player out of the save when the game did not fix it', () => {
    const dir = tempDir();
    const game = playRandom(13, { maxActions: 5 });
    const saver = createAutosaver({ dir, setup: game.state.setup, seats, lang: 'en' });
    saver.save(game.actions, game.state);
    expect(readSave(saver.path).setup).not.toHaveProperty('first');
  });

  it('gives two games started in the same second with the same seed two files', () => {
    const dir = tempDir();
    const game = playRandom(12, { maxActions: 1 });
    const now = () => new Date(2026, 0, 2, 3, 4, 5);
    const a = createAutosaver({ dir, setup: game.setup, seats, lang: 'en', now });
    a.save(game.actions, game.state);
    const b = createAutosaver({ dir, setup: game.setup, seats, lang: 'en', now });
    expect(b.path).not.toBe(a.path);
  });

  it('falls back to the backup when the save is damaged, and says so', async () => {
    const dir = tempDir();
    const game = playRandom(13, { maxActions: 25 });
    const saver = createAutosaver({ dir, name: 'g.json', setup: game.setup, seats, lang: 'en' });
    saver.save(game.actions.slice(0, 24), game.states[24]!);
    saver.save(game.actions, game.state);
    const text = readFileSync(saver.path, 'utf8');
    writeFileSync(saver.path, text.slice(0, text.length / 2));
    const restored = await restoreGame(saver.path, decks);
    expect(restored.readFrom).toBe(`${saver.path}.bak`);
    expect(restored.save.actions).toHaveLength(24);
    expect(sayWording('en', restored.warning!)).toMatch(/g\.json is damaged: it ends too early \(truncated\); continuing from its backup .*g\.json\.bak/);
    expect(sayWording('fr', restored.warning!)).toMatch(
      /g\.json est endommagé\u00a0: il s’arrête trop tôt \(fichier tronqué\)\u202f; la partie reprend depuis sa copie de secours .*g\.json\.bak/,
    );
  });

  it('does not let a damaged file replace the good backup it was restored from', async () => {
    const dir = tempDir();
    const game = playRandom(14, { maxActions: 10 });
    const path = join(dir, 'g.json');
    const first = createAutosaver({ file: path, setup: game.setup, seats, lang: 'en' });
    first.save(game.actions.slice(0, 8), game.states[8]!);
    first.save(game.actions.slice(0, 9), game.states[9]!);
    writeFileSync(path, 'garbage');
    const restored = await restoreGame(path, decks);
    const again = createAutosaver({ file: path, setup: restored.setup, seats, lang: 'en', backupExisting: restored.readFrom === path });
    again.save(game.actions, game.state);
    expect(readSave(path).actions).toHaveLength(10);
    expect(readSave(`${path}.bak`).actions).toHaveLength(8);
  });

  it('never stops the game when the disk refuses: the failure is reported once', () => {
    const dir = tempDir();
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const game = playRandom(15, { maxActions: 3 });
    const errors: string[] = [];
    const saver = createAutosaver({ dir: join(blocker, 'saves'), setup: game.setup, seats, lang: 'en', onError: (m) => errors.push(m) });
    for (let i = 1; i <= 3; i++) expect(() => saver.save(game.actions.slice(0, i), game.states[i]!)).not.toThrow();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^the game could not be saved in .*not-a-folder.* \((ENOTDIR|EEXIST)\)$/);
    expect(saver.lastError).toBe(errors[0]);
  });

  it('clears temporary files left by a write that was killed half-way', () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '.g.json.4242.1.tmp'), '{"format":"silicon-curtain-save"');
    const game = playRandom(16, { maxActions: 2 });
    createAutosaver({ dir, name: 'g.json', setup: game.setup, seats, lang: 'en' });
    expect(existsSync(join(dir, '.g.json.4242.1.tmp'))).toBe(false);
  });
});
