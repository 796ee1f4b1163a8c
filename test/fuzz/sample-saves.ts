// Real save files to mutate: random games on the fixture deck, some finished, some stopped early.
import type { LoadedDeck } from '../../src/decks/types.js';
import { applyAction, createGame, legalActions } from '../../src/engine/index.js';
import { nextRandom } from '../../src/engine/rng.js';
import { savedSetupOf } from '../../src/store/autosave.js';
import type { SaveFile } from '../../src/store/save-file.js';
import { buildSave } from '../../src/store/save-file.js';
import { saveHash } from '../../src/store/state-hash.js';
import { FIXTURE_CARDS, fixtureSetup } from '../engine/fixture-deck.js';

export const FIXTURE_DECKS: LoadedDeck[] = [{ formatVersion: 1, id: 'fixture', name: 'Fixture', cards: FIXTURE_CARDS, hash: 'fixture' }];

export function sampleSaves(count: number): SaveFile[] {
  const saves: SaveFile[] = [];
  for (let seed = 1; seed <= count; seed++) {
    const setup = fixtureSetup(seed, { personas: { us: seed % 2 ? 'washington' : 'nvidia', china: seed % 3 ? 'huawei' : 'beijing' } });
    const stopAt = seed % 2 === 0 ? 10 + seed * 3 : Infinity;
    let state = createGame(setup);
    const actions = [];
    const rng = { rng: seed };
    while (!state.outcome && actions.length < stopAt) {
      const legal = legalActions(state);
      const action = legal[Math.floor(nextRandom(rng) * legal.length)]!;
      state = applyAction(state, action);
      actions.push(action);
    }
    const saved = savedSetupOf({ setup, seats: { us: 'human', china: 'random' }, lang: seed % 2 ? 'en' : 'fr' });
    saves.push(
      buildSave({
        appVersion: '0.1.0',
        decks: setup.decks,
        setup: saved,
        actions,
        state,
        finalHash: saveHash(state),
        savedAt: new Date(Date.UTC(2026, 0, seed)),
      }),
    );
  }
  return saves;
}
