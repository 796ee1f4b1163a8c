// Regenerates golden-game.json after a deliberate rules change: `npm run golden`, then commit
// the file with the rules change and RULES.md. The recorded actions are replayed for as long
// as the new rules allow each of them; from the first that is no longer legal, the game goes
// on with seeded picks among the legal actions until it ends. With unchanged rules the file
// comes out the same, byte for byte.
import { readFileSync, writeFileSync } from 'node:fs';
import { actionKey, applyAction, createGame, hashState, legalActions, rules } from '../../src/engine/index.js';
import type { Action } from '../../src/engine/index.js';
import { fixtureSetup } from './fixture-deck.js';
import { picker } from './helpers.js';

const FILE = new URL('./golden-game.json', import.meta.url);
const old = JSON.parse(readFileSync(FILE, 'utf8')) as { seed: number; actions: Action[] };

const setup = fixtureSetup(old.seed);
let state = createGame(setup);
const actions: Action[] = [];
for (const action of old.actions) {
  if (state.outcome || !legalActions(state).some((legal) => actionKey(legal) === actionKey(action))) break;
  state = applyAction(state, action);
  actions.push(action);
}
const kept = actions.length;
const pick = picker(old.seed);
while (!state.outcome && actions.length < rules.MAX_ACTIONS) {
  const action = pick(legalActions(state));
  state = applyAction(state, action);
  actions.push(action);
}
if (!state.outcome) throw new Error(`the golden game did not end within ${rules.MAX_ACTIONS} actions`);

const golden = {
  seed: old.seed,
  personas: setup.personas,
  actions,
  hash: hashState(state),
  outcome: { winner: state.outcome.winner, reason: state.outcome.reason },
};
writeFileSync(FILE, `${JSON.stringify(golden, null, 1)}\n`);
console.log(
  `golden-game.json: ${kept} recorded actions kept, ${actions.length - kept} new; ${golden.outcome.winner ?? 'draw'} by ${golden.outcome.reason}, hash ${golden.hash}`,
);
