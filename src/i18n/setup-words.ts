// A game setup refused by the engine (createGame's SetupError), in the player's words: the
// engine knows no language, it names the problem and its values.
import type { SetupError } from '../engine/create.js';
import type { Wording } from './messages.js';

export function setupWording(error: Pick<SetupError, 'problem' | 'values'>): Wording {
  return { key: `setup.${error.problem}`, params: error.values };
}
