// Replaying a save: fold its actions from createGame and check that the game arrives where it
// was saved. Whatever goes wrong comes back as a SaveError naming the action at fault.
import type { Action, GameSetup, GameState } from '../engine/index.js';
import { IllegalActionError, SetupError, applyAction, createGame, rules } from '../engine/index.js';
import { canonicalJson } from './checksum.js';
import { shellQuote } from './paths.js';
import { SaveError } from './save-error.js';
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
  const name = options.name ?? 'the save';
  let state: GameState;
  try {
    state = createGame(setup);
  } catch (error) {
    const reason = error instanceof SetupError ? error.message : String(error);
    throw new SaveError('badSetup', `${name} records a setup this version refuses (${reason}); start a new game`);
  }
  const states = options.keepStates ? [state] : undefined;
  actions.forEach((action, i) => {
    try {
      state = applyAction(state, action);
    } catch (error) {
      const where = `action ${i + 1} of ${actions.length} (${describeAction(action)})`;
      if (error instanceof IllegalActionError) {
        throw new SaveError('illegalAction', `${name} cannot be replayed: ${where} is not legal there: ${error.message}`);
      }
      // The engine failing on a recorded action is a damaged save to the player, not a crash.
      const reason = error instanceof Error ? error.message : String(error);
      throw new SaveError('illegalAction', `${name} cannot be replayed: ${where} failed: ${reason}`);
    }
    states?.push(state);
  });
  return states ? { state, states } : { state };
}

/** Check a save is playable by this version's rules before replaying it. */
export function checkRulesVersion(save: SaveFile, name: string): void {
  if (save.rulesVersion === rules.RULES_VERSION) return;
  // The advice is built from the program's name and the path only: the save's own appVersion is
  // file content, and a crafted one turned `npx silicon-curtain@VERSION` into another package.
  throw new SaveError(
    'rulesVersion',
    `${name}: this game was saved under rules ${save.rulesVersion}; this version plays rules ${rules.RULES_VERSION}. Finish it with the version of Silicon Curtain that made it: silicon-curtain resume ${shellQuote(name)}`,
  );
}

/** Replay a save in the game `setup` (its cards come from the decks) and check the final hash. */
export function replaySave(save: SaveFile, setup: GameSetup, options: { keepStates?: boolean; name?: string } = {}): Replay {
  const name = options.name ?? 'the save';
  checkRulesVersion(save, name);
  const replay = foldActions(setup, save.actions, options);
  const hash = saveHash(replay.state);
  if (hash !== save.finalHash) {
    throw new SaveError(
      'hashMismatch',
      `${name} replays to a different game than the one saved (state ${hash}, saved ${save.finalHash}): the rules or the cards changed since`,
    );
  }
  // The listing trusts `progress` (it does not replay); a replay must find the game it claims,
  // or a crafted save could claim a finished game that never happened.
  const { state } = replay;
  const claimed = save.progress;
  if (claimed.round !== state.round || claimed.phase !== state.phase || canonicalJson(claimed.outcome) !== canonicalJson(state.outcome)) {
    throw new SaveError(
      'hashMismatch',
      `${name} claims a game at round ${claimed.round}${claimed.outcome ? ', finished' : ''}, but its actions play to round ${state.round}${state.outcome ? ', finished' : ', unfinished'}`,
    );
  }
  return replay;
}
