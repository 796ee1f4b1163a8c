// A golden seeded game: a fixed action list must reach a fixed final state. If the rules
// change on purpose, regenerate golden-game.json (`npm run golden`) in the same commit as RULES.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyAction, createGame, hashState } from '../../src/engine/index.js';
import type { Action } from '../../src/engine/index.js';
import { fixtureSetup } from './fixture-deck.js';

const golden = JSON.parse(readFileSync(new URL('./golden-game.json', import.meta.url), 'utf8')) as {
  seed: number;
  actions: Action[];
  hash: string;
  outcome: { winner: string; reason: string };
};

describe('the golden game', () => {
  it('replays its recorded actions to the recorded final state', () => {
    let s = createGame(fixtureSetup(golden.seed));
    for (const action of golden.actions) s = applyAction(s, action);
    expect(s.outcome).toMatchObject(golden.outcome);
    expect(hashState(s)).toBe(golden.hash);
  });
});
