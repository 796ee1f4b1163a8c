// Measuring, cutting and wrapping text by terminal cells, so every panel can be cut to its
// size before ink lays it out (a frame taller than the terminal makes ink 6 redraw everything).

/** Cells a code point takes: 0 for combining marks, 2 for East Asian wide characters and emoji. */
function cellWidth(code: number): number {
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  if ((code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) || (code >= 0xfe00 && code <= 0xfe0f)) return 0;
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += cellWidth(ch.codePointAt(0) ?? 0);
  return width;
}

/** Cut `text` to at most `width` cells, ending with an ellipsis when something was cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = cellWidth(ch.codePointAt(0) ?? 0);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out.trimEnd()}…`;
}

/** The first of `texts` (longest wording first) that fits in `width` cells; else the last one,
 * cut. For a line the catalogue words in full and shorter, so it never reads cut mid-word. */
export function firstFitting(texts: readonly string[], width: number): string {
  const fitting = texts.find((text) => displayWidth(text) <= width);
  return fitting ?? truncate(texts[texts.length - 1] ?? '', width);
}

/** `text` cut or padded with spaces to exactly `width` cells. */
export function fit(text: string, width: number): string {
  const cut = truncate(text, width);
  return cut + ' '.repeat(Math.max(0, width - displayWidth(cut)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Word-wrap `text` to lines of at most `width` cells; a word longer than a line is split. */
/** Whitespace a line may break at: any but the no-break spaces U+00A0, U+2007 and U+202F. */
const BREAKABLE_SPACE = /[^\S\u00a0\u2007\u202f]+/;

export function wrap(text: string, width: number): string[] {
  if (width <= 0) return [];
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    // Break at ordinary spaces only: a no-break space (French « : », « ; ») holds its words together.
    for (const word of paragraph.split(BREAKABLE_SPACE).filter((w) => w !== '')) {
      let rest = word;
      while (displayWidth(rest) > width) {
        if (line !== '') {
          lines.push(line);
          line = '';
        }
        const head = sliceCells(rest, width);
        lines.push(head);
        rest = rest.slice(head.length);
      }
      if (line === '') line = rest;
      else if (displayWidth(line) + 1 + displayWidth(rest) <= width) line += ` ${rest}`;
      else {
        lines.push(line);
        line = rest;
      }
    }
    lines.push(line);
  }
  return lines;
}

function sliceCells(text: string, width: number): string {
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = cellWidth(ch.codePointAt(0) ?? 0);
    if (used + w > width) break;
    out += ch;
    used += w;
  }
  return out;
}

/** At most `max` lines; when lines were dropped the last kept one ends with an ellipsis. */
export function clampLines(lines: string[], max: number, width: number): string[] {
  if (lines.length <= max) return lines;
  if (max <= 0) return [];
  const kept = lines.slice(0, max);
  const last = kept[max - 1] ?? '';
  kept[max - 1] = displayWidth(last) + 1 <= width ? `${last}…` : truncate(`${last}…`, width);
  return kept;
}
