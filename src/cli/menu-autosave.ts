// Autosave for games started from the main menu: each game (and each rematch) gets its own
// save file, created at its first action. Failures are kept and printed once the screen has
// closed, so a full disk is told without breaking the game's frame. The store loads with the
// first game, not before the menu's first frame.
import type { Action, GameState } from '../engine/index.js';
import type { Lang } from '../i18n/lang.js';
import type { Seats } from '../store/index.js';

export interface MenuAutosave {
  /** One autosave per game: passed to the main menu. */
  autosaveFor(seats: Seats): Promise<(actions: readonly Action[], state: GameState) => void>;
  /** What could not be saved, one line each. */
  failures(): string[];
}

export function menuAutosave(saveFolder: () => string, lang: Lang, deckFiles: readonly string[]): MenuAutosave {
  const failures = new Set<string>();
  return {
    async autosaveFor(seats) {
      const { autosaveGame } = await import('../store/index.js');
      return autosaveGame({ dir: saveFolder(), seats, lang, deckFiles, onError: (message) => failures.add(message) }).onChange;
    },
    failures: () => [...failures],
  };
}
