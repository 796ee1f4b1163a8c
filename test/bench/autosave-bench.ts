// The cost of autosaving after every action, over a 200-action game: building the save (state
// hash, checksum, text) and writing it (temporary file, fsync, backup link, rename).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyAction, createGame, legalActions } from '../../src/engine/index.js';
import type { Action, GameState } from '../../src/engine/index.js';
import { nextRandom } from '../../src/engine/rng.js';
import { createAutosaver, savedSetupOf } from '../../src/store/autosave.js';
import { buildSave, formatSave } from '../../src/store/save-file.js';
import { saveHash } from '../../src/store/state-hash.js';
import { fixtureSetup } from '../engine/fixture-deck.js';

const ACTIONS = 200;

function longGame(): { setup: ReturnType<typeof fixtureSetup>; actions: Action[]; states: GameState[] } {
  for (let seed = 1; ; seed++) {
    const setup = fixtureSetup(seed, { rounds: 9 });
    let state = createGame(setup);
    const states = [state];
    const actions: Action[] = [];
    const rng = { rng: seed };
    while (!state.outcome && actions.length < ACTIONS) {
      const legal = legalActions(state);
      const action = legal[Math.floor(nextRandom(rng) * legal.length)] as Action;
      state = applyAction(state, action);
      actions.push(action);
      states.push(state);
    }
    if (actions.length >= ACTIONS) return { setup, actions, states };
  }
}

function stats(ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
  return `mean ${mean.toFixed(2)} ms, median ${at(0.5).toFixed(2)}, p95 ${at(0.95).toFixed(2)}, max ${at(1).toFixed(2)}`;
}

const game = longGame();
const seats = { us: 'human', china: 'random' };
const setup = savedSetupOf({ setup: game.setup, seats, lang: 'en' });

const build: number[] = [];
for (let i = 1; i <= ACTIONS; i++) {
  const t = performance.now();
  const state = game.states[i] as GameState;
  formatSave(
    buildSave({
      appVersion: 'bench',
      decks: game.setup.decks,
      setup,
      actions: game.actions.slice(0, i),
      state,
      finalHash: saveHash(state),
      savedAt: new Date(),
    }),
  );
  build.push(performance.now() - t);
}
console.log(`autosave, building the save (hash + checksum + text), ${ACTIONS} saves: ${stats(build)}`);

for (const [where, base] of [
  ['the system temp folder', tmpdir()],
  ['the working folder', process.cwd()],
] as const) {
  const dir = mkdtempSync(join(base, '.sc-bench-'));
  try {
    const saver = createAutosaver({ dir, name: 'bench.json', setup: game.setup, seats, lang: 'en' });
    const whole: number[] = [];
    for (let i = 1; i <= ACTIONS; i++) {
      const t = performance.now();
      saver.save(game.actions.slice(0, i), game.states[i] as GameState);
      whole.push(performance.now() - t);
    }
    if (saver.lastError) throw new Error(saver.lastError);
    console.log(`autosave, whole save written in ${where}: ${stats(whole)}; ${ACTIONS} saves in ${whole.reduce((a, b) => a + b, 0).toFixed(0)} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
