// The rules book drawn for the terminal (the Rules screen and `silicon-curtain rules`): no
// Markdown mark or HTML comment shows, bold stays bold, paragraphs reflow, tables fit the width
// (aligned, wrapped, or told row by row) and nothing of the text is lost, in both languages.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownRows, renderRules, rowsToText, tableRows } from '../../src/ui/components/markdown.js';
import { displayWidth } from '../../src/ui/terminal/text.js';
import { rulesCommand } from '../../src/cli/commands/rules.js';
import { runCli } from '../cli/capture-io.js';

const RULES = {
  en: readFileSync(fileURLToPath(new URL('../../RULES.md', import.meta.url)), 'utf8'),
  fr: readFileSync(fileURLToPath(new URL('../../RULES.fr.md', import.meta.url)), 'utf8'),
};

const lines = (rows: ReturnType<typeof markdownRows>): string[] => rows.map((r) => r.map((s) => s.text).join(''));

/** The words of a text, without Markdown marks and comments: what a reader must still find. */
function wordsOf(text: string): string[] {
  return text
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

describe('the rules book drawn for the terminal', () => {
  for (const lang of ['en', 'fr'] as const) {
    for (const width of [79, 117]) {
      it(`shows no raw Markdown, fits ${width} cells and keeps every word (${lang})`, () => {
        const shown = lines(markdownRows(RULES[lang], width));
        const text = shown.join('\n');
        expect(text).not.toContain('**');
        expect(text).not.toContain('<!--');
        expect(text).not.toMatch(/^\s*\|/m);
        expect(text).not.toMatch(/^#+ /m);
        for (const line of shown) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
        // No cut: an ellipsis shows only where the book itself has one.
        expect(text.split('…').length).toBe(RULES[lang].split('…').length);
        const have = new Set(wordsOf(text.toLowerCase()));
        const missing = wordsOf(RULES[lang].toLowerCase()).filter((w) => !have.has(w));
        expect(missing).toEqual([]);
      });
    }
  }

  it('keeps bold as bold, and styles headings', () => {
    const rows = markdownRows('## Play\n\nA **pressure check** each round.', 40);
    expect(rows[0]?.[0]).toMatchObject({ text: 'Play', bold: true, tone: 'accent' });
    expect(lines(rows)).toEqual(['Play', '────', '', 'A pressure check each round.']);
    expect(
      rows[3]
        ?.filter((s) => s.bold)
        .map((s) => s.text)
        .join(''),
    ).toBe('pressure check');
  });

  it('reflows a paragraph broken over source lines', () => {
    expect(lines(markdownRows('A standard game lasts three rounds,\nabout forty minutes.', 80))).toEqual([
      'A standard game lasts three rounds, about forty minutes.',
    ]);
  });

  it('draws a table that fits as aligned columns, a wide one wrapped, a very wide one row by row', () => {
    const table = ['| Persona | Check |', '|---|---|', '| NVIDIA | Shareholders |'];
    expect(lines(tableRows(table, 40))).toEqual(['Persona │ Check', '────────┼─────────────', 'NVIDIA  │ Shareholders']);
    const long = ['| Step | What happens |', '|---|---|', '| Hold | Each side keeps exactly one ordinary card and discards the rest. |'];
    const wrapped = lines(tableRows(long, 40));
    expect(wrapped[2]).toBe('Hold │ Each side keeps exactly one');
    expect(wrapped.every((l) => displayWidth(l) <= 40)).toBe(true);
    const wide = [
      '| A | B | C | D |',
      '|---|---|---|---|',
      `| one | ${'long words here '.repeat(3)} | ${'more words there '.repeat(3)} | ${'and yet more '.repeat(3)} |`,
    ];
    const records = lines(tableRows(wide, 40));
    expect(records[0]).toBe('• one');
    expect(records[1]).toMatch(/^ {2}B: long words here/);
  });

  it('writes rows as plain text, or with bold escape codes for a pager that shows them', () => {
    const rows = markdownRows('A **bold** word.', 40);
    expect(rowsToText(rows, false)).toBe('A bold word.');
    expect(rowsToText(rows, true)).toBe('A \u001B[1mbold\u001B[22m word.');
    expect(renderRules('# Rules', 80, false)).toBe('RULES\n═════\n');
  });
});

describe('silicon-curtain rules on a terminal', () => {
  const root = () => fileURLToPath(new URL('../../', import.meta.url));

  it('draws the rules for the terminal when no pager starts, in both languages', async () => {
    for (const lang of ['en', 'fr']) {
      const run = await runCli(['rules', '--lang', lang], { commands: [rulesCommand(root)], interactive: true, env: { PAGER: 'no-such-pager-for-this-test' } });
      expect(run.code).toBe(0);
      expect(run.out).not.toContain('**');
      expect(run.out).not.toContain('<!--');
      expect(run.out).not.toContain('\u001B');
      expect(run.out).toContain(lang === 'en' ? 'SILICON CURTAIN — RULES OF PLAY' : 'SILICON CURTAIN — RÈGLES DU JEU');
    }
  });

  it('prints the Markdown itself with --markdown, as when piped', async () => {
    const run = await runCli(['rules', '--markdown'], { commands: [rulesCommand(root)], interactive: true });
    expect(run.out).toBe(RULES.en);
  });
});
