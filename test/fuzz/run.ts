// `npm run fuzz`: the long fuzz. Options: --actions N (engine, default 100000), --runs N (save
// loaders, per property, default 3000; crafted saves in output mode, default 40), --seed N,
// --mode engine|output|all: `engine` (the default) fuzzes the engine and the save loaders,
// `output` has the built program print crafted saves full of control characters (build first).
// Prints figures; exits 1 on the first failure.
import { parseArgs } from 'node:util';
import { FIXTURE_CARDS } from '../engine/fixture-deck.js';
import { fuzzEngine } from './engine-fuzz.js';
import { fuzzOutputs } from './output-fuzz.js';
import { fuzzSaveLoaders } from './save-fuzz.js';
import { FIXTURE_DECKS, sampleSaves } from './sample-saves.js';

const { values } = parseArgs({ options: { actions: { type: 'string' }, runs: { type: 'string' }, seed: { type: 'string' }, mode: { type: 'string' } } });
const mode = values.mode ?? 'engine';
if (mode !== 'engine' && mode !== 'output' && mode !== 'all') {
  console.error(`--mode must be engine, output or all, not ${mode}`);
  process.exit(1);
}
const actions = Number(values.actions ?? 100_000);
const runs = Number(values.runs ?? (mode === 'output' ? 40 : 3000));
const seed = values.seed === undefined ? 1 : Number(values.seed);

try {
  if (mode !== 'engine') {
    const output = fuzzOutputs({ runs: mode === 'all' && values.runs === undefined ? 40 : runs, seed });
    console.log(`output gate: ${output.saves} crafted saves, ${output.commands} commands, no control character printed, in ${(output.ms / 1000).toFixed(1)} s`);
    if (mode === 'output') process.exit(0);
  }
  const loaders = fuzzSaveLoaders({ saves: sampleSaves(12), decks: FIXTURE_DECKS, runs, seed });
  console.log(`save loaders: ${loaders.runs} inputs (${loaders.loaded} loaded, ${loaders.refused} refused cleanly) in ${(loaders.ms / 1000).toFixed(1)} s`);
  const engine = fuzzEngine({ cards: FIXTURE_CARDS, decks: [{ id: 'fixture', hash: 'fixture' }], actions, seed });
  console.log(
    `engine: ${engine.actions} random legal actions in ${engine.games} games (${engine.finished} finished), ` +
      `${engine.illegalTried} illegal actions refused, ${(engine.ms / 1000).toFixed(1)} s, ` +
      `${Math.round(engine.actions / (engine.ms / 1000))} actions/s with every check`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
