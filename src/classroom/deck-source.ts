// The one place the classroom commands get their cards from: the base deck next to the
// program, loaded and checked by the deck loader like every other game's.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { cardPool } from '../decks/card-pool.js';
import { BASE_DECK_FILE, displayPath, readDeckFile } from '../decks/deck-files.js';
import { loadDeckFiles } from '../decks/loader.js';
import { formatProblem } from '../decks/problem.js';
import { packageRoot } from './package-files.js';
import type { TutorialDeck } from './tutorial.js';

export class DeckSourceError extends Error {
  override readonly name = 'DeckSourceError';
  constructor(
    readonly kind: 'missing' | 'invalid',
    readonly file: string,
    detail: string,
  ) {
    super(detail);
  }
}

export function classroomDeck(root: string = packageRoot()): TutorialDeck {
  const file = path.join(root, BASE_DECK_FILE);
  if (!existsSync(file)) throw new DeckSourceError('missing', file, `${file} was not found`);
  const result = loadDeckFiles([displayPath(file)], () => readDeckFile(file));
  const deck = result.decks[0];
  if (!result.ok || !deck) {
    const problem = result.problems.find((p) => p.severity === 'error');
    throw new DeckSourceError('invalid', file, problem ? formatProblem(problem) : 'invalid');
  }
  return cardPool([deck]);
}
