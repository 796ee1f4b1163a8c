// A saved game at a chosen moment, for the tmux tests to resume: a seeded random line of a
// hot-seat game that never takes a move losing on the spot, played until the position offers the
// action wanted. The same trial number gives the same line, so a failing test can be replayed.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyAction, createGame, legalActions, losingMove, rules, viewFor, type Action, type GameState, type PlayerView } from '../../src/engine/index.js';
import { nextRandom } from '../../src/engine/rng.js';
import { APP_VERSION, buildSave, deckFilesSource, formatSave, gameSetupFor, saveHash, type SavedSetup, type SaveFile } from '../../src/store/index.js';
import type { LoadedDeck } from '../../src/decks/types.js';

const SETUP: SavedSetup = {
  seed: 138918,
  personas: { us: 'washington', china: 'beijing' },
  rounds: 3,
  handicap: 0,
  seats: { us: 'human', china: 'human' },
  lang: 'en',
  deckFiles: [],
};

/** What the test looks for in a position: the action it will take there, or undefined. */
export type Wanted = (s: GameState, view: PlayerView | null, legal: Action[]) => Action | undefined;

export async function saveWhere(file: string, wanted: Wanted, what: string, trials = 2000): Promise<{ action: Action; state: GameState }> {
  const decks = (await deckFilesSource([])) as readonly LoadedDeck[];
  const blank = {
    format: 'silicon-curtain-save',
    rulesVersion: rules.RULES_VERSION,
    setup: SETUP,
    decks: decks.map((d) => ({ id: d.id, hash: d.hash })),
  } as unknown as SaveFile;
  const setup = gameSetupFor(blank, decks);
  for (let trial = 1; trial < trials; trial++) {
    const rng = { rng: trial };
    let s: GameState = createGame(setup);
    const actions: Action[] = [];
    while (!s.outcome && actions.length < 400) {
      const side = s.decision?.side;
      const view = side ? viewFor(s, side) : null;
      const legal = legalActions(s);
      const action = wanted(s, view, legal);
      if (action) {
        const save = buildSave({ appVersion: APP_VERSION, decks: blank.decks, setup: SETUP, actions, state: s, finalHash: saveHash(s), savedAt: new Date() });
        writeFileSync(path.resolve(file), formatSave(save));
        return { action, state: s };
      }
      const safe = legal.filter((a) => !view || !losingMove(view, s.cards, a));
      const pool = safe.length > 0 ? safe : legal;
      const next = pool[Math.floor(nextRandom(rng) * pool.length)] as Action;
      actions.push(next);
      s = applyAction(s, next);
    }
  }
  throw new Error(`no line of play reached ${what}`);
}
