// The CI sample of `npm run fuzz`: the same checks on ~2,000 engine actions and a few hundred
// fuzzed save files per property.
import { describe, expect, it } from 'vitest';
import { FIXTURE_CARDS } from '../engine/fixture-deck.js';
import { fuzzEngine } from './engine-fuzz.js';
import { openSaveText, fuzzSaveLoaders } from './save-fuzz.js';
import { FIXTURE_DECKS, sampleSaves } from './sample-saves.js';
import { formatSave } from '../../src/store/save-file.js';
import { existsSync } from 'node:fs';
import { fuzzOutputs } from './output-fuzz.js';

describe('fuzzing', () => {
  it('2,000 random legal actions keep every invariant, refuse illegal actions and replay identically', () => {
    const report = fuzzEngine({ cards: FIXTURE_CARDS, decks: [{ id: 'fixture', hash: 'fixture' }], actions: 2000, seed: 1000 });
    expect(report.actions).toBe(2000);
    expect(report.games).toBeGreaterThan(5);
    expect(report.illegalTried).toBeGreaterThan(500);
  });

  it('the save loaders answer random bytes and mutated saves with a game or a clean refusal', () => {
    const saves = sampleSaves(6);
    // The untouched saves load: the harness can tell a refusal from a load.
    for (const save of saves) expect(openSaveText(formatSave(save), FIXTURE_DECKS)).toBe('loaded');
    const report = fuzzSaveLoaders({ saves, decks: FIXTURE_DECKS, runs: 200, seed: 7 });
    expect(report.runs).toBe(600);
    expect(report.refused).toBeGreaterThan(0);
  });

  it.skipIf(!existsSync(new URL('../../dist/silicon-curtain.js', import.meta.url)))(
    'the built program prints crafted saves (control characters in a random string field) without a control byte',
    { timeout: 120_000 },
    () => {
      const report = fuzzOutputs({ runs: 3, seed: 11 });
      expect(report.commands).toBe(18);
    },
  );
});
