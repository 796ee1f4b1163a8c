// `debrief` reads a save file with the saves' own reader (issue 18, item 5): the deck files the
// game was played with, its checksum, its backup. It replayed every file on the base deck alone,
// so the debrief of a game with an expansion card in it failed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import * as debrief from '../../src/cli/commands/debrief.js';
import { loadGameDecks } from '../../src/decks/game-decks.js';
import type { SaveFile } from '../../src/store/save-file.js';
import { writeBaseDeckSave } from '../e2e/make-save.js';
import { runCli } from './capture-io.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FRONTIERS = path.join(REPO, 'cards/frontiers.yaml');
const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-debrief-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A save of a game with the frontiers expansion in which one of its cards was played. */
function expansionGame(): string {
  const frontier = new Set(
    loadGameDecks([FRONTIERS])
      .decks.find((d) => d.id !== 'base')
      ?.cards.map((c) => c.id),
  );
  for (let seed = 1; seed < 200; seed++) {
    const file = path.join(dir, `frontiers-${seed}.json`);
    writeBaseDeckSave(file, { seed, actions: 30, deckFiles: [FRONTIERS] });
    const save = JSON.parse(readFileSync(file, 'utf8')) as SaveFile;
    if (save.actions.some((a) => a.type === 'play' && frontier.has(a.card))) return file;
  }
  throw new Error('no seed played a frontiers card');
}

describe('debrief of a save file', () => {
  it('replays a game with an expansion card on the decks it was played with', async () => {
    const file = expansionGame();
    const run = await runCli(['debrief', file, '--export', 'md'], { commands: [debrief] });
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^# /);
  });

  it('refuses a save whose checksum does not match, in one line', async () => {
    const file = path.join(dir, 'edited.json');
    writeBaseDeckSave(file);
    const text = readFileSync(file, 'utf8').replace('"round":1', '"round":2');
    writeFileSync(file, text);
    const run = await runCli(['debrief', file, '--export', 'md'], { commands: [debrief] });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^silicon-curtain: [^\n]*edited\.json is damaged or was edited: its checksum does not match its content[^\n]*\n$/);
  });
});
