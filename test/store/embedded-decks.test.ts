// Playtest saves survive deck edits: a save of a game played with an extra deck carries that
// deck, so replay, debrief and resume work after the file is edited or moved; a save without
// it (older, or the base deck only) loads as before.
import { copyFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { registerWith as registerReplay } from '../../src/cli/commands/replay.js';
import { registerWith as registerResume } from '../../src/cli/commands/resume.js';
import type { RunPlay } from '../../src/cli/save-commands.js';
import { runDebrief } from '../../src/cli/commands/debrief-run.js';
import type { CliIO } from '../../src/cli/io.js';
import { loadGameDecks } from '../../src/decks/game-decks.js';
import type { LoadedDeck } from '../../src/decks/types.js';
import { deckHash } from '../../src/decks/deck-hash.js';
import { applyAction, createGame, legalActions } from '../../src/engine/index.js';
import type { Action, GameSetup, GameState } from '../../src/engine/index.js';
import { nextRandom } from '../../src/engine/rng.js';
import { createAutosaver } from '../../src/store/autosave.js';
import { saveChecksum } from '../../src/store/checksum.js';
import { deckFilesSource } from '../../src/store/decks.js';
import { decksOfSave, embedDeck, GZIP_FROM } from '../../src/store/embedded-decks.js';
import { restoreGame } from '../../src/store/load.js';
import type { SaveFile } from '../../src/store/save-file.js';
import { formatSave } from '../../src/store/save-file.js';
import { removeTempDirs, runCommand, tempDir, testDeps } from './helpers.js';

afterEach(removeTempDirs);

const realDecks = testDeps({ decks: deckFilesSource });

/** A game on the base deck and a copy of cards/frontiers.yaml, saved after `actions` random actions. */
function playtest(actions = 60): { dir: string; deckFile: string; savePath: string; state: GameState } {
  const dir = tempDir();
  const deckFile = join(dir, 'my-deck.yaml');
  copyFileSync('cards/frontiers.yaml', deckFile);
  const loaded = loadGameDecks([deckFile]);
  if (!loaded.pool) throw new Error('the deck does not load');
  const setup: GameSetup = { seed: 11, personas: { us: 'washington', china: 'huawei' }, rounds: 3, cards: loaded.pool.cards, decks: loaded.pool.decks };
  let state = createGame(setup);
  const played: Action[] = [];
  const rng = { rng: 99 };
  while (!state.outcome && played.length < actions) {
    const legal = legalActions(state);
    const action = legal[Math.floor(nextRandom(rng) * legal.length)] as Action;
    state = applyAction(state, action);
    played.push(action);
  }
  const saver = createAutosaver({ dir, name: 'game.json', setup: state.setup, seats: { us: 'human', china: 'random' }, lang: 'en', deckFiles: [deckFile] });
  saver.save(played, state);
  return { dir, deckFile, savePath: saver.path, state };
}

/** A balance tweak: every Ops 2 card of the deck becomes Ops 3. */
function editDeck(file: string): void {
  writeFileSync(file, readFileSync(file, 'utf8').replace(/ops: 2/g, 'ops: 3'));
}

const readSaveFile = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as SaveFile;

describe('a save carries its extra decks', () => {
  it('holds the extra deck (not the base deck) with its hash', () => {
    const { savePath } = playtest();
    const save = readSaveFile(savePath);
    expect(save.deckContents?.map((d) => d.id)).toEqual(['frontiers']);
    expect(save.deckContents?.[0]?.hash).toBe(save.decks.find((d) => d.id === 'frontiers')?.hash);
    expect(save.deckContents?.[0]?.json).toContain('quantum-export-controls');
  });

  it('replays, verifies and debriefs after the deck file is edited', async () => {
    const { deckFile, savePath, state } = playtest();
    editDeck(deckFile);
    expect(loadGameDecks([deckFile]).decks.find((d) => d.id === 'frontiers')?.hash).not.toBe(state.setup.decks[1]?.hash);
    const restored = await restoreGame(savePath, deckFilesSource);
    expect(restored.state.log).toEqual(state.log);
    // The cards are those played: an Ops 2 card is still Ops 2.
    expect(restored.state.cards['quantum-export-controls']?.ops).toBe(2);
    const verify = await runCommand(registerReplay, ['replay', savePath, '--verify'], { deps: realDecks });
    expect(verify.err).toBe('');
    expect(verify.out).toMatch(/^ok: 60 actions, hash [0-9a-f]{16}\n$/);
    let out = '';
    const io: CliIO = {
      stdout: (t) => void (out += t),
      stderr: () => {},
      exit: (code) => {
        throw new Error(`exit ${code}`);
      },
      interactive: false,
      env: {},
    };
    await runDebrief(savePath, { export: 'md' }, 'en', io, () => ({ cards: [], decks: [] }));
    expect(out).toContain('Silicon Curtain');
  });

  it('resume goes on with the deck as played, and says the file changed', async () => {
    const { deckFile, savePath } = playtest(30);
    editDeck(deckFile);
    let ops: number | undefined;
    const runPlay: RunPlay = (options) => {
      ops = options.setup.cards.find((c) => c.id === 'quantum-export-controls')?.ops;
      // The screen saves after each action: write the game as it stands, with the edited file on disk.
      const actions = options.actions ?? [];
      options.onChange?.(actions, actions.reduce(applyAction, createGame(options.setup)));
      return Promise.resolve({ outcome: null, actions: options.actions ?? [] });
    };
    const run = await runCommand(registerResume, ['resume', savePath], {
      interactive: true,
      deps: testDeps({ decks: deckFilesSource, loadRunPlay: () => Promise.resolve(runPlay) }),
    });
    expect(run.code).toBe(0);
    expect(ops).toBe(2);
    expect(run.err).toMatch(
      /^silicon-curtain: the deck 'frontiers' has changed since this game was saved \(hash [0-9a-f]{16}, now [0-9a-f]{16}\); the game goes on with the version saved in it\n$/,
    );
    // The save it goes on writing still carries the deck as played.
    expect(readSaveFile(savePath).deckContents?.[0]?.json).toContain('"ops":2');
  });

  it('replays after the deck file is moved away', async () => {
    const { dir, deckFile, savePath, state } = playtest(40);
    renameSync(deckFile, join(dir, 'moved.yaml'));
    const restored = await restoreGame(savePath, deckFilesSource);
    expect(restored.state.log).toEqual(state.log);
  });

  it('a save without the deck content loads as before: the same deck file, or the clear hash message', async () => {
    const { deckFile, savePath, state } = playtest();
    const save = readSaveFile(savePath);
    delete save.deckContents;
    save.checksum = saveChecksum(save as unknown as Record<string, unknown>);
    writeFileSync(savePath, formatSave(save));
    expect((await restoreGame(savePath, deckFilesSource)).state.log).toEqual(state.log);
    editDeck(deckFile);
    const run = await runCommand(registerReplay, ['replay', savePath, '--verify'], { deps: realDecks });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /was played with another version of the deck 'frontiers' \(hash [0-9a-f]{16}, now [0-9a-f]{16}\); restore that version of the deck/,
    );
  });

  it('a game on the base deck alone writes no deck content', () => {
    const dir = tempDir();
    const loaded = loadGameDecks([]);
    const state = createGame({ seed: 3, personas: { us: 'nvidia', china: 'beijing' }, cards: loaded.pool?.cards ?? [], decks: loaded.pool?.decks ?? [] });
    const saver = createAutosaver({ dir, name: 'base.json', setup: state.setup, seats: { us: 'human', china: 'random' }, lang: 'en' });
    saver.save([], state);
    expect(readSaveFile(saver.path)).not.toHaveProperty('deckContents');
  });

  it('gzips a large deck and reads it back; a carried deck that does not match its hash is refused', async () => {
    const loaded = loadGameDecks(['cards/frontiers.yaml']);
    const [base, frontiers] = loaded.decks as [LoadedDeck, LoadedDeck];
    const cards = [0, 1, 2, 3, 4, 5].flatMap((k) => frontiers.cards.map((c) => ({ ...c, id: `${c.id}-${k}` })));
    const { hash: _h, file: _f, ...content } = { ...frontiers, cards };
    const big: LoadedDeck = { ...content, hash: deckHash(content), file: 'big.yaml' };
    const embedded = embedDeck(big);
    expect(JSON.stringify(content).length).toBeGreaterThan(GZIP_FROM);
    expect(embedded.json).toBeUndefined();
    expect(embedded.gzip?.length).toBeLessThan(JSON.stringify(content).length / 2);
    const save = {
      decks: [
        { id: base.id, hash: base.hash },
        { id: big.id, hash: big.hash },
      ],
      deckContents: [embedded],
      setup: { deckFiles: ['big.yaml'] },
    } as unknown as SaveFile;
    const decks = await decksOfSave(save, () => [base]);
    expect(decks.map((d) => [d.id, d.hash])).toEqual([
      [base.id, base.hash],
      [big.id, big.hash],
    ]);
    const forged = { ...save, deckContents: [{ ...embedded, hash: '0000000000000000' }] } as SaveFile;
    await expect(decksOfSave(forged, () => [base], 'forged.json')).rejects.toThrow(
      "forged.json is not a valid save: the deck 'frontiers' it carries does not match its hash",
    );
  });
});
