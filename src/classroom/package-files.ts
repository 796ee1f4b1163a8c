// Files shipped next to the code (the rules, the decks), found from wherever the code runs:
// src/ under tsx or vitest, dist/ in the bundle, node_modules/silicon-curtain once installed.
import { findPackageRoot } from '../decks/deck-files.js';

export class PackageRootError extends Error {
  override readonly name = 'PackageRootError';
}

/** The nearest folder at or above `from` that holds a package.json: the package root. The one
 * finder is the deck loader's (src/decks/deck-files.ts); this one says so when there is none. */
export function packageRoot(from: string = import.meta.url): string {
  const root = findPackageRoot(from, 'package.json');
  if (root === undefined) throw new PackageRootError(`no package.json above ${from}`);
  return root;
}

/** The rules' file for each language, at the package root. */
export const RULES_FILES = { en: 'RULES.md', fr: 'RULES.fr.md' } as const;
