// The rules shown in the menu: RULES.md (RULES.fr.md in French when present) read at run time
// from the package's root, drawn for the terminal by components/markdown.ts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../i18n/lang.js';

/** The folder of the installed package: the first parent holding our package.json. */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string | null {
  let dir = path.dirname(from);
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'silicon-curtain') return dir;
      } catch {
        // Not ours: keep looking upward.
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** The rules in `lang` (English when there is no translation), or null when not installed. */
export function readRules(lang: Lang, root: string | null = packageRoot()): string | null {
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
