// Markdown for the terminal, as styled rows: the rules book (RULES.md, RULES.fr.md) on the Rules
// screen and through `silicon-curtain rules`. HTML comments go, **bold** is bold, headings stand
// out and are underlined (so they read without colour or bold too), paragraphs reflow to the
// width, lists hang, and tables are redrawn: aligned when they fit, cells wrapped when they do
// not, and one "header: value" line each when even that would be too narrow.
import { displayWidth } from '../terminal/text.js';
import { mergeRow, seg, type Row, type Seg } from './rows.js';

type Style = Omit<Seg, 'text'>;

/** Inline marks: **bold**, *italic* and `code` lose their marks (bold stays bold), [text](url) keeps its address. */
export function inlineSegs(text: string, base: Style = {}): Seg[] {
  const out: Seg[] = [];
  const re = /\*\*(.+?)\*\*|__(.+?)__|`([^`]+)`|\[([^\]]+)\]\(([^)]+)\)|(?<![\w*])\*(?!\s)([^*]+?)\*(?![\w*])|(?<!\w)_(?!\s)([^_]+?)_(?!\w)/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > at) out.push(seg(unescape(text.slice(at, m.index)), base));
    const [, bold, bold2, code, linkText, url, italic, italic2] = m;
    if (bold !== undefined || bold2 !== undefined) out.push(...inlineSegs(bold ?? bold2 ?? '', { ...base, bold: true }));
    else if (code !== undefined) out.push(seg(code, base));
    else if (linkText !== undefined) out.push(...inlineSegs(linkText, base), seg(` (${url ?? ''})`, { ...base, dim: true }));
    else out.push(...inlineSegs(italic ?? italic2 ?? '', base));
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(seg(unescape(text.slice(at)), base));
  return out.filter((s) => s.text !== '');
}

function unescape(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1');
}

const plainText = (segs: readonly Seg[]): string => segs.map((s) => s.text).join('');

/** Whitespace a line may break at: any but the no-break spaces (French « : » holds together). */
const BREAKABLE = /[^\S\u00a0\u2007\u202f]/;

/** Words of styled text: each word a run of styled pieces (a word can change style midway, "**Hold**:"). */
function words(segs: readonly Seg[]): Seg[][] {
  const out: Seg[][] = [];
  let word: Seg[] = [];
  const end = () => {
    if (word.length > 0) out.push(word);
    word = [];
  };
  for (const s of segs) {
    let piece = '';
    const { text: _text, ...style } = s;
    for (const ch of s.text) {
      if (BREAKABLE.test(ch)) {
        if (piece) word.push(seg(piece, style));
        piece = '';
        end();
      } else {
        piece += ch;
      }
    }
    if (piece) word.push(seg(piece, style));
  }
  end();
  return out;
}

/** Cut a word wider than a line into line-wide parts (a long address, say). */
function splitWord(word: Seg[], width: number): Seg[][] {
  const parts: Seg[][] = [];
  let part: Seg[] = [];
  let used = 0;
  for (const s of word) {
    let piece = '';
    for (const ch of s.text) {
      const w = displayWidth(ch);
      if (used + w > width && used > 0) {
        if (piece) part.push({ ...s, text: piece });
        parts.push(part);
        part = [];
        piece = '';
        used = 0;
      }
      piece += ch;
      used += w;
    }
    if (piece) part.push({ ...s, text: piece });
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/** Styled text wrapped to `width`, the first line after `first`, the others after `rest` (a hanging indent). */
export function wrapSegs(segs: readonly Seg[], width: number, first: Seg[] = [], rest: Seg[] = first): Row[] {
  const rows: Row[] = [];
  let line: Seg[] = [...first];
  let lead = displayWidth(plainText(first));
  let used = 0;
  let empty = true;
  const room = () => Math.max(1, width - lead);
  const flush = () => {
    rows.push(line);
    line = [...rest];
    lead = displayWidth(plainText(rest));
    used = 0;
    empty = true;
  };
  for (const word of words(segs)) {
    const w = displayWidth(plainText(word));
    const parts = w > room() ? splitWord(word, room()) : [word];
    for (const part of parts) {
      const pw = displayWidth(plainText(part));
      if (!empty && used + 1 + pw > room()) flush();
      if (!empty) {
        // A space inside a bold phrase is bold too, so the phrase stays one run.
        const before = line[line.length - 1];
        const after = part[0];
        line.push(before && after && !!before.bold === !!after.bold && before.tone === after.tone ? { ...before, text: ' ' } : seg(' '));
        used += 1;
      }
      line.push(...part);
      used += pw;
      empty = false;
    }
  }
  if (!empty || rows.length === 0) rows.push(line);
  return rows;
}

// ——— Tables ———

function tableCells(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

const isTableRule = (line: string): boolean => /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line);

const SEPARATOR = ' │ ';
/** A wrapped column narrower than this reads badly: the table is then told row by row. */
const MIN_WRAPPED = 16;

function longestWord(segs: readonly Seg[]): number {
  return Math.max(1, ...words(segs).map((w) => displayWidth(plainText(w))));
}

/** Column widths for a wrapped grid in `width`, or null when some column would be too narrow. */
function wrappedWidths(cells: Seg[][][], natural: number[], width: number): number[] | null {
  const n = natural.length;
  const budget = width - SEPARATOR.length * (n - 1);
  const floor = natural.map((nat, c) => Math.min(nat, Math.max(MIN_WRAPPED, ...cells.map((row) => longestWord(row[c] ?? [])))));
  const fixed = floor.reduce((a, b) => a + b, 0);
  if (fixed > budget) return null;
  // Share what is left among the columns that want more, in proportion to what they want.
  const want = natural.map((nat, c) => nat - (floor[c] ?? 0));
  const totalWant = want.reduce((a, b) => a + b, 0);
  const spare = budget - fixed;
  const widths = floor.map((f, c) => f + (totalWant === 0 ? 0 : Math.floor((spare * (want[c] ?? 0)) / totalWant)));
  return widths;
}

function padTo(row: Seg[], width: number): Seg[] {
  const w = displayWidth(plainText(row));
  return w < width ? [...row, seg(' '.repeat(width - w))] : row;
}

function gridRows(cells: Seg[][][], widths: number[], header: boolean): Row[] {
  const rows: Row[] = [];
  const rule: Row = [seg(widths.map((w) => '─'.repeat(w)).join('─┼─'), { dim: true })];
  let multiLine = false;
  const body: Row[][] = cells.map((row, r) => {
    const wrapped = widths.map((w, c) => wrapSegs(row[c] ?? [], w).map((line) => (r === 0 && header ? line.map((s) => ({ ...s, bold: true })) : line)));
    const height = Math.max(...wrapped.map((lines) => lines.length));
    if (height > 1) multiLine = true;
    const lines: Row[] = [];
    for (let i = 0; i < height; i++) {
      const line: Row = [];
      widths.forEach((w, c) => {
        if (c > 0) line.push(seg(SEPARATOR, { dim: true }));
        const part = wrapped[c]?.[i] ?? [];
        line.push(...(c === widths.length - 1 ? part : padTo(part, w)));
      });
      lines.push(line);
    }
    return lines;
  });
  body.forEach((lines, r) => {
    if (r === 1 && header) rows.push(rule);
    else if (r > 1 && multiLine) rows.push(rule);
    rows.push(...lines);
  });
  return rows;
}

/** One block per row: its first cell in bold, then "header: value" for the others, wrapped under their header. */
function recordRows(cells: Seg[][][], width: number): Row[] {
  const [head = [], ...body] = cells;
  const rows: Row[] = [];
  body.forEach((row, r) => {
    if (r > 0) rows.push([]);
    rows.push(
      ...wrapSegs(
        (row[0] ?? []).map((s) => ({ ...s, bold: true })),
        width,
        [seg('• ')],
        [seg('  ')],
      ),
    );
    row.slice(1).forEach((cell, i) => {
      const key = plainText(head[i + 1] ?? []);
      if (cell.length === 0) return;
      rows.push(...wrapSegs(cell, width, [seg('  '), seg(`${key}: `, { dim: true })], [seg('    ')]));
    });
  });
  return rows;
}

export function tableRows(lines: readonly string[], width: number): Row[] {
  const parsed = lines.filter((l) => !isTableRule(l)).map((l) => tableCells(l).map((c) => inlineSegs(c)));
  const header = lines.length > 1 && isTableRule(lines[1] ?? '');
  const n = Math.max(...parsed.map((r) => r.length));
  const cells = parsed.map((r) => Array.from({ length: n }, (_, c) => r[c] ?? []));
  const natural = Array.from({ length: n }, (_, c) => Math.max(1, ...cells.map((r) => displayWidth(plainText(r[c] ?? [])))));
  const total = natural.reduce((a, b) => a + b, 0) + SEPARATOR.length * (n - 1);
  if (total <= width) return gridRows(cells, natural, header);
  const widths = wrappedWidths(cells, natural, width);
  if (widths) return gridRows(cells, widths, header);
  return header
    ? recordRows(cells, width)
    : gridRows(
        cells,
        natural.map(() => Math.max(1, Math.floor((width - SEPARATOR.length * (n - 1)) / n))),
        false,
      );
}

// ——— Blocks ———

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const ITEM = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/;
const FENCE = /^\s*(```|~~~)/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;

function startsBlock(line: string, next: string | undefined): boolean {
  return (
    HEADING.test(line) ||
    ITEM.test(line) ||
    FENCE.test(line) ||
    RULE.test(line) ||
    line.trimStart().startsWith('>') ||
    (line.trimStart().startsWith('|') && next !== undefined && isTableRule(next))
  );
}

/** Markdown as rows `width` cells wide. */
export function markdownRows(markdown: string, width: number): Row[] {
  const lines = markdown
    .replace(/\r\n/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .split('\n');
  const rows: Row[] = [];
  const gap = () => {
    if (rows.length > 0 && rows[rows.length - 1]?.length !== 0) rows.push([]);
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      gap();
      i++;
      continue;
    }
    if (FENCE.test(line)) {
      i++;
      while (i < lines.length && !FENCE.test(lines[i] ?? '')) rows.push(...wrapSegs([seg(lines[i++] ?? '', { dim: true })], width, [seg('  ')]));
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = (heading[1] ?? '#').length;
      const text = heading[2] ?? '';
      gap();
      const title = inlineSegs(level === 1 ? text.toUpperCase() : text, { bold: true, tone: level <= 2 ? 'accent' : null });
      const wrapped = wrapSegs(title, width);
      rows.push(...wrapped);
      if (level <= 2)
        rows.push([
          seg((level === 1 ? '═' : '─').repeat(Math.min(width, Math.max(...wrapped.map((r) => displayWidth(plainText(r)))))), {
            tone: 'accent',
            dim: level > 1,
          }),
        ]);
      i++;
      continue;
    }
    if (RULE.test(line)) {
      gap();
      rows.push([seg('─'.repeat(width), { dim: true })]);
      i++;
      continue;
    }
    if (line.trimStart().startsWith('|') && isTableRule(lines[i + 1] ?? '')) {
      const table: string[] = [];
      while (i < lines.length && (lines[i] ?? '').trimStart().startsWith('|')) table.push(lines[i++] ?? '');
      gap();
      rows.push(...tableRows(table, width));
      continue;
    }
    if (line.trimStart().startsWith('>')) {
      const quote: string[] = [];
      while (i < lines.length && (lines[i] ?? '').trimStart().startsWith('>')) quote.push((lines[i++] ?? '').trimStart().replace(/^>\s?/, ''));
      rows.push(...wrapSegs(inlineSegs(quote.join(' ')), width, [seg('│ ', { dim: true })]));
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      const indent = Math.min(8, (item[1] ?? '').length);
      const mark = /\d/.test(item[2] ?? '') ? `${item[2]} ` : '• ';
      const text = [item[3] ?? ''];
      i++;
      // Continuation lines: indented, not a new item, not blank.
      while (i < lines.length && (lines[i] ?? '').trim() !== '' && !ITEM.test(lines[i] ?? '') && /^\s+/.test(lines[i] ?? ''))
        text.push((lines[i++] ?? '').trim());
      const lead = ' '.repeat(indent);
      rows.push(...wrapSegs(inlineSegs(text.join(' ')), width, [seg(lead + mark)], [seg(lead + ' '.repeat(mark.length))]));
      continue;
    }
    // A paragraph: its lines joined, so the source's line breaks do not show.
    const para: string[] = [line.trim()];
    i++;
    while (i < lines.length && (lines[i] ?? '').trim() !== '' && !startsBlock(lines[i] ?? '', lines[i + 1])) para.push((lines[i++] ?? '').trim());
    rows.push(...wrapSegs(inlineSegs(para.join(' ')), width));
  }
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return rows;
}

/** Rows as text: bold as ANSI codes when `ansi`, plain otherwise. Trailing spaces go. */
export function rowsToText(rows: readonly Row[], ansi: boolean): string {
  return rows
    .map((row) =>
      mergeRow(row)
        .map((s) => (ansi && s.bold ? `\u001B[1m${s.text}\u001B[22m` : s.text))
        .join('')
        .replace(/\s+$/, ''),
    )
    .join('\n');
}

/** The rules book drawn for a terminal `columns` wide (a comfortable 100 at most), for a pager or a print. */
export function renderRules(markdown: string, columns: number, bold: boolean): string {
  const width = Math.max(40, Math.min(columns, 101) - 1);
  return `${rowsToText(markdownRows(markdown, width), bold)}\n`;
}
