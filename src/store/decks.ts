// The cards a saved game needs. A save records each deck's id and content hash, not the cards:
// the deck files give the cards back, and a changed deck is refused rather than replayed wrong.
import { loadGameDecks } from '../decks/game-decks.js';
import { problemWording } from '../i18n/problem-wording.js';
import type { LoadedDeck } from '../decks/types.js';
import type { GameSetup } from '../engine/index.js';
import { checkRulesVersion } from './replay.js';
import { SaveError, saveWords } from './save-error.js';
import type { Wording } from '../i18n/messages.js';
import type { SaveFile } from './save-file.js';

/** Loads the decks a game uses: the base deck plus the saved deck files. */
export type DeckSource = (deckFiles: readonly string[]) => Promise<readonly LoadedDeck[]> | readonly LoadedDeck[];

/** The engine setup of a saved game, with the cards of the decks it was played with. */
export function gameSetupFor(save: SaveFile, loaded: readonly LoadedDeck[], name: string | Wording = saveWords('save.theSave')): GameSetup {
  // Other rules first: their decks changed too, and the rules are what the player must hear of.
  checkRulesVersion(save, name);
  const cards = save.decks.flatMap((wanted) => {
    const deck = loaded.find((d) => d.id === wanted.id);
    if (!deck) {
      throw new SaveError(
        'deckMissing',
        saveWords('save.deckMissing', { name, deck: wanted.id, files: save.setup.deckFiles.join(', ') || saveWords('save.baseDeck') }),
      );
    }
    if (deck.hash !== wanted.hash) {
      throw new SaveError('deckChanged', saveWords('save.deckChanged', { name, deck: wanted.id, saved: wanted.hash, now: deck.hash }));
    }
    return deck.cards;
  });
  const { seed, personas, rounds, handicap, first } = save.setup;
  return { seed, personas, rounds, handicap, ...(first ? { first } : {}), cards, decks: save.decks };
}

/** The real deck files: the base deck and the saved deck files as its expansions, or, for a
 * game played with --no-base-deck, the saved deck files alone. */
export const deckFilesSource = (deckFiles: readonly string[]): readonly LoadedDeck[] => {
  let result = loadGameDecks(deckFiles);
  if (!result.pool && deckFiles.length > 0) {
    const alone = loadGameDecks(deckFiles, { base: false });
    if (alone.pool) result = alone;
  }
  if (!result.pool) {
    const problem = result.problems.find((p) => p.severity === 'error');
    throw new SaveError('deckMissing', saveWords('save.deckUnloadable', { problem: problem ? problemWording(problem) : saveWords('save.unknownProblem') }));
  }
  return result.decks;
};
