// A real save of the shipped base deck (and any expansion in `deckFiles`), for the end-to-end tests: random legal moves of a
// one-round game, stopped at the US player's first decision after `actions` actions (an
// unfinished game to resume), written as the game writes it.
import { loadGameDecks } from '../../src/decks/game-decks.js';
import type { Action } from '../../src/engine/index.js';
import { applyAction, createGame, legalActions } from '../../src/engine/index.js';
import { nextRandom } from '../../src/engine/rng.js';
import { createAutosaver } from '../../src/store/index.js';

export function writeBaseDeckSave(file: string, options: { seed?: number; actions?: number; deckFiles?: string[] } = {}): void {
  const seed = options.seed ?? 42;
  const deckFiles = options.deckFiles ?? [];
  const loaded = loadGameDecks(deckFiles);
  if (!loaded.pool) throw new Error('the base deck does not load');
  const setup = { seed, personas: { us: 'nvidia', china: 'huawei' } as const, rounds: 1, cards: loaded.pool.cards, decks: loaded.pool.decks };
  let state = createGame(setup);
  const actions: Action[] = [];
  const rng = { rng: seed };
  // Then on to the human's (US) turn, so a resumed game waits for a key and its file stays put.
  while (!state.outcome && (actions.length < (options.actions ?? 12) || state.decision?.side !== 'us')) {
    const legal = legalActions(state);
    const action = legal[Math.floor(nextRandom(rng) * legal.length)] as Action;
    state = applyAction(state, action);
    actions.push(action);
  }
  const { cards: _cards, ...rest } = setup;
  createAutosaver({ setup: rest, seats: { us: 'human', china: 'random' }, lang: 'en', file, deckFiles }).save(actions, state);
}
