// Deck problems about a whole file, made to happen: the tests of their English and French
// wordings both need them.
import { loadDeckFiles, loadDeckText } from '../../src/decks/loader.js';
import type { Problem } from '../../src/decks/problem.js';

/** One problem for each way a deck file fails to be read (missing, a directory, a looping link...). */
export function unreadableFileProblems(): Problem[] {
  const failing = (code: string) => () => {
    throw Object.assign(new Error(`${code}: something odd`), { code });
  };
  return ['ENOENT', 'EISDIR', 'ELOOP', 'notRegular', 'EACCES', 'EIO'].flatMap((code) => loadDeckFiles([`${code}.yaml`], failing(code)).problems);
}

/** The last problem listed for a deck of `n` cards with no fields and no side, then one with a side.
 * Each such card has two problems (its missing fields, its side); one with a side has one. */
export function lastProblemOfMany(n: number): Problem {
  const cards = Array.from({ length: n }, (_, i) => `  - { id: c${i}, side: nobody }`).join('\n');
  return loadDeckText(`formatVersion: 1\nid: many\nname: Many\ncards:\n${cards}\n  - { id: last, side: us }\n`, 'many.yaml').problems.at(-1)!;
}
