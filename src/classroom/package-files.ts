// Files shipped next to the code (the rules, the decks), found from wherever the code runs:
// src/ under tsx or vitest, dist/ in the bundle, node_modules/silicon-curtain once installed.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export class PackageRootError extends Error {
  override readonly name = 'PackageRootError';
}

/** The nearest folder at or above `from` that holds a package.json: the package root. */
export function packageRoot(from: string = import.meta.url): string {
  let dir = path.dirname(from.startsWith('file:') ? fileURLToPath(from) : from);
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new PackageRootError(`no package.json above ${from}`);
    dir = parent;
  }
}

/** The rules' file for each language, at the package root. */
export const RULES_FILES = { en: 'RULES.md', fr: 'RULES.fr.md' } as const;
