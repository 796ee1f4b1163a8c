// A game process for the kill test: random bot against random bot, game after game, autosaving
// after every action into the folder given, until it is killed. After each save it prints
// "saved <file> <actions>", so the test knows what must survive the kill.
import { applyAction, createGame, legalActions } from '../../src/engine/index.js';
import type { Action } from '../../src/engine/index.js';
import { nextRandom } from '../../src/engine/rng.js';
import { createAutosaver } from '../../src/store/autosave.js';
import { fixtureSetup } from '../engine/fixture-deck.js';

const [dir, seedText] = process.argv.slice(2);
if (!dir) throw new Error('usage: kill-game.ts DIR [SEED]');
const rng = { rng: Number(seedText ?? 1) };

for (let game = 1; ; game++) {
  const setup = fixtureSetup(Number(seedText ?? 1) * 1000 + game);
  const saver = createAutosaver({ dir, name: `game-${game}.json`, setup, seats: { us: 'random', china: 'random' }, lang: 'en' });
  let state = createGame(setup);
  const actions: Action[] = [];
  saver.save(actions, state);
  process.stdout.write(`saved ${saver.path} 0\n`);
  while (!state.outcome) {
    const legal = legalActions(state);
    const action = legal[Math.floor(nextRandom(rng) * legal.length)] as Action;
    state = applyAction(state, action);
    actions.push(action);
    saver.save(actions, state);
    if (saver.lastError) throw new Error(saver.lastError);
    process.stdout.write(`saved ${saver.path} ${actions.length}\n`);
  }
}
