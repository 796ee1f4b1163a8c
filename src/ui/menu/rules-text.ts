// The rules shown in the menu: RULES.md (RULES.fr.md in French when present) read at run time
// from the package's root, drawn for the terminal by components/markdown.ts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findPackageRoot } from '../../decks/deck-files.js';
import type { Lang } from '../../i18n/lang.js';

/** The rules in `lang` (English when there is no translation), or null when not installed. */
export function readRules(lang: Lang, root: string | null = findPackageRoot(import.meta.url, 'package.json') ?? null): string | null {
  if (!root) return null;
  const files = lang === 'fr' ? ['RULES.fr.md', 'RULES.md'] : ['RULES.md'];
  for (const file of files) {
    const full = path.join(root, file);
    if (existsSync(full)) return readFileSync(full, 'utf8');
  }
  return null;
}

/** The rules book drawn for the terminal (src/ui/components/markdown.ts). */
export { markdownRows } from '../components/markdown.js';
