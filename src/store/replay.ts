// Replaying a save: fold its actions from createGame and check that the game arrives where it
// was saved. Whatever goes wrong comes back as a SaveError naming the action at fault.
import type { Action, GameSetup, GameState } from '../engine/index.js';
import { IllegalActionError, SetupError, applyAction, createGame, rules } from '../engine/index.js';
import { canonicalJson } from './checksum.js';
import { shellQuote } from './paths.js';
import { SaveError, saveWords } from './save-error.js';
import type { Wording } from '../i18n/messages.js';
import { setupWording } from '../i18n/setup-words.js';
import type { SaveFile } from './save-file.js';
import { saveHash } from './state-hash.js';

export interface Replay {
  /** The state after the last action. */
  state: GameState;
  /** With `keepStates`: the state before the first action, then after each action (length = actions + 1). */
  states?: GameState[];
}

function describeAction(a: Action): string {
  return JSON.stringify(a);
}

/** Fold `actions` into the game `setup` creates. */
export function foldActions(setup: GameSetup, actions: readonly Action[], options: { keepStates?: boolean; name?: string } = {}): Replay {
  const name = options.name ?? saveWords('save.theSave');
  let state: GameState;
  try {
    state = createGame(setup);
  } catch (error) {
    const reason = error instanceof SetupError ? setupWording(error) : String(error);
    throw new SaveError('badSetup', saveWords('save.badSetup', { name, reason }));
  }
  const states = options.keepStates ? [state] : undefined;
  actions.forEach((action, i) => {
    try {
      state = applyAction(state, action);
    } catch (error) {
      const where = saveWords('save.action', { n: i + 1, of: actions.length, action: describeAction(action) });
      if (error instanceof IllegalActionError) {
        throw new SaveError('illegalAction', saveWords('save.illegal', { name, where, reason: error.message }));
      }
      // The engine failing on a recorded action is a damaged save to the player, not a crash.
      const reason = error instanceof Error ? error.message : String(error);
      throw new SaveError('illegalAction', saveWords('save.failed', { name, where, reason }));
    }
    states?.push(state);
  });
  return states ? { state, states } : { state };
}

/** Check a save is playable by this version's rules before replaying it. */
export function checkRulesVersion(save: SaveFile, name: string | Wording): void {
  if (save.rulesVersion === rules.RULES_VERSION) return;
  // The advice is built from the program's name and the path only: the save's own appVersion is
  // file content, and a crafted one turned `npx silicon-curtain@VERSION` into another package.
  throw new SaveError(
    'rulesVersion',
    saveWords('save.rules', { name, saved: save.rulesVersion, current: rules.RULES_VERSION, file: typeof name === 'string' ? shellQuote(name) : 'FILE' }),
  );
}

/** Replay a save in the game `setup` (its cards come from the decks) and check the final hash. */
export function replaySave(save: SaveFile, setup: GameSetup, options: { keepStates?: boolean; name?: string } = {}): Replay {
  const name = options.name ?? saveWords('save.theSave');
  checkRulesVersion(save, name);
  const replay = foldActions(setup, save.actions, options);
  const hash = saveHash(replay.state);
  if (hash !== save.finalHash) {
    throw new SaveError('hashMismatch', saveWords('save.hash', { name, hash, saved: save.finalHash }));
  }
  // The listing trusts `progress` (it does not replay); a replay must find the game it claims,
  // or a crafted save could claim a finished game that never happened.
  const { state } = replay;
  const claimed = save.progress;
  if (claimed.round !== state.round || claimed.phase !== state.phase || canonicalJson(claimed.outcome) !== canonicalJson(state.outcome)) {
    throw new SaveError(
      'hashMismatch',
      saveWords('save.claims', {
        name,
        claimed: saveWords(claimed.outcome ? 'save.round.finished' : 'save.round', { round: claimed.round }),
        actual: saveWords(state.outcome ? 'save.round.finished' : 'save.round.unfinished', { round: state.round }),
      }),
    );
  }
  return replay;
}
