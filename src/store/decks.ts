// The cards a saved game needs. A save records each deck's id and content hash, not the cards:
// the deck files give the cards back, and a changed deck is refused rather than replayed wrong.
import type { LoadedDeck } from '../decks/types.js';
import type { GameSetup } from '../engine/index.js';
import { SaveError } from './save-error.js';
import type { SaveFile } from './save-file.js';

/** Loads the decks a game uses: the base deck plus the saved deck files. */
export type DeckSource = (deckFiles: readonly string[]) => Promise<readonly LoadedDeck[]> | readonly LoadedDeck[];

/** The engine setup of a saved game, with the cards of the decks it was played with. */
export function gameSetupFor(save: SaveFile, loaded: readonly LoadedDeck[], name = 'the save'): GameSetup {
  const cards = save.decks.flatMap((wanted) => {
    const deck = loaded.find((d) => d.id === wanted.id);
    if (!deck) {
      throw new SaveError(
        'deckMissing',
        `${name} was played with the deck '${wanted.id}', which is not available; put its file back where it was (${save.setup.deckFiles.join(', ') || 'the base deck'})`,
      );
    }
    if (deck.hash !== wanted.hash) {
      throw new SaveError(
        'deckChanged',
        `${name} was played with another version of the deck '${wanted.id}' (hash ${wanted.hash}, now ${deck.hash}); restore that version of the deck to continue the game`,
      );
    }
    return deck.cards;
  });
  const { seed, personas, rounds, handicap } = save.setup;
  return { seed, personas, rounds, handicap, cards, decks: save.decks };
}

interface DeckLoader {
  loadBaseDeck(): LoadedDeck;
  loadDeckFiles(paths: string[]): { decks: LoadedDeck[]; problems: unknown[] };
}

function problemText(problem: unknown): string {
  if (typeof problem === 'string') return problem;
  if (problem && typeof problem === 'object') {
    const p = problem as { file?: unknown; line?: unknown; col?: unknown; message?: unknown };
    const where = [p.file, p.line, p.col].filter((x) => x !== undefined).join(':');
    return `${where ? `${where}: ` : ''}${String(p.message ?? JSON.stringify(problem))}`;
  }
  return String(problem);
}

/** The real deck files, through the deck loader (branch `decks`). */
export const deckFilesSource: DeckSource = async (deckFiles) => {
  let loader: DeckLoader;
  try {
    // eslint-disable-next-line @typescript-eslint/ban-ts-comment -- the loader lands with branch `decks`; drop this line then.
    // @ts-ignore
    loader = (await import('../decks/loader.js')) as unknown as DeckLoader;
  } catch {
    throw new SaveError('deckMissing', 'this build of the game has no deck loader, so no saved game can be opened');
  }
  try {
    const { decks, problems } = loader.loadDeckFiles([...deckFiles]);
    if (problems.length > 0) throw new SaveError('deckMissing', `a deck of the saved game cannot be loaded: ${problemText(problems[0])}`);
    return [loader.loadBaseDeck(), ...decks];
  } catch (error) {
    if (error instanceof SaveError) throw error;
    throw new SaveError('deckMissing', `a deck of the saved game cannot be loaded: ${error instanceof Error ? error.message : String(error)}`);
  }
};
