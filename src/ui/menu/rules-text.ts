// The rules shown in the menu: RULES.md (RULES.fr.md in French when present) read at run time
// from the package's root, and a light reading of its Markdown into styled rows.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../i18n/lang.js';
import { seg, type Row } from '../components/rows.js';
import { truncate, wrap } from '../terminal/text.js';

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

/** Inline Markdown marks a terminal has no use for. */
function plain(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)');
}

/** Markdown as rows `width` wide: headings stand out, lists hang, tables and code keep their lines. */
export function markdownRows(markdown: string, width: number): Row[] {
  const rows: Row[] = [];
  let inCode = false;
  for (const raw of markdown.replace(/\r\n/g, '\n').split('\n')) {
    if (raw.trimStart().startsWith('```')) {
      inCode = !inCode;
      continue;
    }
    if (inCode || raw.trimStart().startsWith('|')) {
      rows.push([seg(truncate(raw, width), { dim: inCode })]);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(raw);
    if (heading) {
      const level = (heading[1] ?? '#').length;
      const text = plain(heading[2] ?? '');
      if (rows.length > 0 && rows[rows.length - 1]?.length !== 0) rows.push([]);
      for (const line of wrap(level === 1 ? text.toUpperCase() : text, width)) rows.push([seg(line, { bold: true, tone: level <= 2 ? 'accent' : null })]);
      continue;
    }
    const item = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/.exec(raw);
    if (item) {
      const indent = (item[1] ?? '').length;
      const mark = /\d/.test(item[2] ?? '') ? `${item[2]} ` : '• ';
      const lead = ' '.repeat(Math.min(indent, 8));
      const lines = wrap(plain(item[3] ?? ''), Math.max(10, width - lead.length - mark.length));
      lines.forEach((line, i) => rows.push([seg(lead + (i === 0 ? mark : ' '.repeat(mark.length)) + line)]));
      continue;
    }
    if (raw.trim() === '') {
      if (rows.length > 0 && rows[rows.length - 1]?.length !== 0) rows.push([]);
      continue;
    }
    for (const line of wrap(plain(raw.trim()), width)) rows.push([seg(line)]);
  }
  return rows;
}
