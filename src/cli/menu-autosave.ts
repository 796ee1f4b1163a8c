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
  /** The save of the last game started, when it was left unfinished (its resume hint is printed). */
  unfinished(): string | null;
}

export function menuAutosave(saveFolder: () => string, lang: Lang, deckFiles: readonly string[]): MenuAutosave {
  const failures = new Set<string>();
  let last: { path: string | null; lastError: string | null } | null = null;
  let finished = false;
  return {
    async autosaveFor(seats) {
      const { autosaveGame } = await import('../store/index.js');
      const game = autosaveGame({ dir: saveFolder(), seats, lang, deckFiles, onError: (message) => failures.add(message) });
      last = game;
      finished = false;
      return (actions, state) => {
        if (last === game) finished = state.outcome !== null;
        game.onChange(actions, state);
      };
    },
    failures: () => [...failures],
    unfinished: () => (last && !finished && last.path !== null && last.lastError === null ? last.path : null),
  };
}
