// The layout mistakes a designer makes in a YAML deck, found in the file's lines before the
// parser's words: a line indented too little or too much, a quote, [ or { opened and never closed.
// One wrong indent makes the YAML parser report a cascade ("sequence item without - indicator",
// "all mapping items must start at the same column", …) and an unclosed quote or bracket is
// reported where the parser gave up, often the next field or the end of the file. Read only when the parser found errors: a file
// that parses is never judged here.

import { hinted, said, wording, type Hinted, type ProblemParam, type ProblemSay, type Said } from './problem.js';

/** A mistake at an offset of the text, in the guide's words. */
export interface LayoutMistake {
  at: number;
  words: Said;
  hint?: Hinted;
}

interface Line {
  /** Offset of the line's first character. */
  start: number;
  number: number;
  indent: number;
  /** The content after the indent, without its comment, trimmed at the end. */
  text: string;
}

interface Scan {
  /** Lines that start a YAML block entry: not inside a quote, a { } or [ ] list, or a | or > text. */
  lines: Line[];
  /** Where an unclosed quote opens, if one does. */
  unclosed: { at: number; quote: string } | null;
  /** The [ and { still open where the scan stopped (outermost first), or the one a wrong closer
   * met (`[1, 2}`): never closed either way. */
  unclosedFlow: Opener[];
}

interface Opener {
  char: '[' | '{';
  at: number;
  /** The indent of the line it opens on: its content must stay indented more. */
  indent: number;
  /** The closer that came in place of its own, if one did. */
  wrong?: string;
}

/** A quote opens a scalar only where a value or a key may start, not inside a word (China's). */
function valueStart(prev: string): boolean {
  return prev === '' || prev === ':' || prev === '-' || prev === '[' || prev === '{' || prev === ',' || prev === '?';
}

function scan(text: string): Scan {
  const lines: Line[] = [];
  let quote: { char: string; at: number; indent: number } | null = null;
  const open: Opener[] = [];
  const stop = (): Scan => ({ lines, unclosed: quote ? { at: quote.at, quote: quote.char } : null, unclosedFlow: [...open] });
  let blockParent: number | null = null;
  let start = 0;
  let number = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
    const raw = text.slice(start, end).replace(/\r$/, '');
    number++;
    const indent = raw.length - raw.trimStart().length;
    const blank = raw.trim() === '';
    if (blockParent !== null) {
      if (blank || indent > blockParent) {
        start = end + 1;
        continue;
      }
      blockParent = null;
    }
    // A quoted text may run over several lines, each indented more than the line that opened it:
    // a line back at that indent means the quote was never closed.
    if (quote && !blank && indent <= quote.indent) return stop();
    // So may a [ ] or { } list; a line back at the indent of the line that opened it ends it.
    const outer = open[0];
    if (!quote && outer && !blank && !raw.trimStart().startsWith('#') && indent <= outer.indent) return stop();
    const inside = quote !== null || open.length > 0;
    let prev = '';
    let content = raw.length;
    for (let i = indent; i < raw.length; i++) {
      const c = raw.charAt(i);
      if (quote) {
        if (quote.char === '"' && c === '\\') i++;
        else if (quote.char === "'" && c === "'" && raw.charAt(i + 1) === "'") i++;
        else if (c === quote.char) {
          quote = null;
          prev = 'x';
        }
        continue;
      }
      if (c === '#' && (i === 0 || /\s/.test(raw.charAt(i - 1)))) {
        content = i;
        break;
      }
      if (c === ' ' || c === '\t') continue;
      if ((c === '"' || c === "'") && valueStart(prev)) quote = { char: c, at: start + i, indent };
      // A bracket opens a list where a value may start (not inside a plain text: "Gain [1]").
      else if ((c === '{' || c === '[') && (open.length > 0 || valueStart(prev))) open.push({ char: c, at: start + i, indent: open[0]?.indent ?? indent });
      else if ((c === '}' || c === ']') && open.length > 0) {
        const top = open[open.length - 1] as Opener;
        // `[1, 2}`: the ] never comes; that [ is the one left open.
        if ((top.char === '[') !== (c === ']')) return { lines, unclosed: null, unclosedFlow: [{ ...top, wrong: c }] };
        open.pop();
      }
      prev = c;
    }
    const body = raw.slice(indent, content).trimEnd();
    if (!inside && !blank && body !== '') {
      lines.push({ start, number, indent, text: body });
      // A | or > text: its lines are the text, whatever their indent below this line's.
      if (quote === null && open.length === 0 && /(^|[:-]\s)[|>][-+0-9]*$/.test(body)) blockParent = indent;
    }
    if (end >= text.length) break;
    start = end + 1;
  }
  return stop();
}

/** Where a quote opens that is never closed, or null. */
export function unclosedQuote(text: string): LayoutMistake | null {
  const found = scan(text).unclosed;
  if (!found) return null;
  return {
    at: found.at,
    words: said('layout.unclosedQuote', { quote: found.quote }),
    hint: hinted('layout.unclosedQuote.hint', { quote: found.quote }),
  };
}

/** The [ and { opened and never closed (outermost first), each where it opens; none when all close. */
export function unclosedBrackets(text: string): LayoutMistake[] {
  const { unclosed, unclosedFlow } = scan(text);
  // A quote left open swallows the brackets after it: it is the mistake to report.
  if (unclosed) return [];
  return unclosedFlow.map(({ char, at, wrong }) => {
    const close = char === '[' ? ']' : '}';
    const unclosed = char === '[' ? said('layout.unclosedList') : said('layout.unclosedFields');
    return {
      at,
      words: wrong ? said('layout.wrongCloser', { char, wrong, close }) : unclosed,
      hint: char === '[' ? hinted('layout.closeList.hint') : hinted('layout.closeFields.hint'),
    };
  });
}

/** `key:` at the start of `text` (quoted or plain), with the column of what follows the colon. */
function keyOf(text: string): { key: string; rest: string } | null {
  const m = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s\-?:#'"{[][^#]*?|-[^\s][^#]*?)\s*:(?:\s+(.*))?$/.exec(text);
  if (!m) return null;
  return { key: (m[1] ?? '').replace(/^["']|["']$/g, ''), rest: (m[2] ?? '').trim() };
}

/** A value that opens a block below it: nothing, or only an anchor or a tag. */
function opensBlock(rest: string): boolean {
  return rest === '' || /^(&\S+|!\S*)(\s+(&\S+|!\S*))?$/.test(rest);
}

interface Level {
  indent: number;
  kind: 'map' | 'seq';
  /** The line that opened this level, and how many lines stand at it so far. */
  line: Line;
  count: number;
  name: string;
}

/** A line whose indent fits none of the blocks open above it, and the ways to mend it. */
interface Misfit {
  line: Line;
  /** The indent that fits it among its neighbours: the nearest open block of its kind. */
  expected: Level;
  /** Every open block of its kind, nearest first: the fix that leaves fewest misfits wins. */
  candidates: Level[];
  /** Or: the line that opened its block was the one that moved (the block has one line so far),
   * and moving that line by `by` spaces makes this one fit. */
  opener: { line: Line; by: number } | null;
}

function spaces(n: number): ProblemSay {
  return n === 1 ? wording('layout.spaces.one') : wording('layout.spaces.many', { count: n });
}

function lineName(line: Line): ProblemParam {
  const item = line.text === '-' || line.text.startsWith('- ');
  return item ? wording('layout.thisItem') : `"${keyOf(line.text)?.key ?? line.text.slice(0, 20)}"`;
}

/** Every misfit of `text`, each judged as if the ones before it were mended the first way. */
function misfits(text: string): Misfit[] {
  const found: Misfit[] = [];
  const levels: Level[] = [];
  /** After `key:` or `-` with nothing after it: the indent its block must go deeper than. */
  let child: { indent: number; fromKey: boolean } | null = null;
  /** After `key: value`: a deeper line that is no key continues the value (a long plain text). */
  let plainValue = false;

  for (const line of scan(text).lines) {
    const item = line.text === '-' || line.text.startsWith('- ');
    let n = line.indent;
    const open = (kind: 'map' | 'seq', indent: number, name: string) => levels.push({ indent, kind, line, count: 1, name });
    if (levels.length === 0) {
      open(item ? 'seq' : 'map', n, keyOf(line.text)?.key ?? '');
    } else if (child && (n > child.indent || (n === child.indent && item && child.fromKey))) {
      open(item ? 'seq' : 'map', n, keyOf(line.text)?.key ?? '');
    } else if (plainValue && n > (levels.at(-1)?.indent ?? 0) && !item && keyOf(line.text) === null) {
      // The next line of a long plain text.
      continue;
    } else {
      const at = levels.findLastIndex((l) => l.indent <= n);
      const same = at >= 0 && levels[at]?.indent === n ? (levels[at] as Level) : null;
      // A key beside a list that hangs at its own indent ("cards:" then "- …" at the same column).
      const hanging = same?.kind === 'seq' && !item && levels[at - 1]?.indent === n;
      const fits = same !== null && (same.kind === 'seq' ? item || hanging : !item);
      if (!fits) {
        // The nearest open block of the line's kind (a field among fields, an item among items);
        // the deeper one when two are as near.
        const kind = item ? 'seq' : 'map';
        const near = (l: Level) => Math.abs(l.indent - n) - (l.indent > n ? 0.5 : 0);
        const candidates = levels.filter((l) => l.kind === kind && l.indent !== n).sort((a, b) => near(a) - near(b));
        const expected = candidates[0] ?? (levels.at(-1) as Level);
        const opener = expected.count === 1 && expected.line !== line ? { line: expected.line, by: n - expected.indent } : null;
        found.push({ line, expected, candidates, opener });
        n = expected.indent;
      }
      while ((levels.at(-1)?.indent ?? -1) > n) levels.pop();
      if (hanging) levels.pop();
      const top = levels.at(-1);
      if (n === top?.indent && item && top.kind === 'map') open('seq', n, '');
      else if (top) top.count++;
    }
    // What this line opens: an item's own fields start after its "- ".
    plainValue = false;
    child = null;
    let body = line.text;
    let column: number = n;
    if (item) {
      const rest = body.slice(1).trimStart();
      column = n + (body.length - rest.length);
      body = rest;
      if (body === '' || opensBlock(body)) {
        child = { indent: n, fromKey: false };
        continue;
      }
      const key = keyOf(body);
      if (key) open('map', column, key.key);
    }
    const key = keyOf(body);
    if (key && opensBlock(key.rest)) child = { indent: column, fromKey: true };
    else if (key) plainValue = true;
  }
  return found;
}

/** `text` with line `number` (1-based) indented by `by` more spaces. */
function shifted(text: string, line: Line, by: number): string {
  return by >= 0 ? `${text.slice(0, line.start)}${' '.repeat(by)}${text.slice(line.start)}` : `${text.slice(0, line.start)}${text.slice(line.start - by)}`;
}

/** Files up to this size try every fix of a misfit (each try reads the whole file again). */
const TRIAL_BYTES = 200_000;

/** One mistake for each line that moved. A wrong indent can be read two ways when it opens a
 * block (the first item of a list): the line itself moved, or every line after it did. The
 * reading that leaves fewer lines out of place is the one reported. */
export function indentMistakes(text: string): LayoutMistake[] {
  const mistakes: LayoutMistake[] = [];
  // Lines keep their number when mended: map each to its place in the file as written.
  const original = new Map(scan(text).lines.map((l) => [l.number, l] as const));
  const at = (line: Line) => {
    const o = original.get(line.number) ?? line;
    return { offset: o.start + o.indent, indent: o.indent };
  };
  const trials = text.length <= TRIAL_BYTES;
  let current = text;
  for (let round = 0; round < 50; round++) {
    const found = misfits(current)[0];
    if (!found) break;
    const { line, expected } = found;
    if (expected.indent === line.indent) {
      // The right column, the wrong kind (a "- " item among fields, a field among items): no
      // indent mends it, and what follows cannot be judged.
      const where = at(line);
      mistakes.push(
        line.text.startsWith('-')
          ? { at: where.offset, words: said('layout.itemAmongFields'), hint: hinted('layout.itemAmongFields.hint') }
          : { at: where.offset, words: said('layout.fieldAmongItems', { line: lineName(line) }), hint: hinted('layout.fieldAmongItems.hint') },
      );
      break;
    }
    const lines = scan(current).lines;
    const index = lines.findIndex((l) => l.number === line.number);
    const prev = lines[index - 1];
    const next = lines[index + 1];
    // The ways to mend it, most likely first; the one that leaves the fewest lines out of place
    // wins (a small file only: each try reads it all).
    const fixes: { moved: Line; to: number; says: (where: { indent: number }) => Said }[] = [];
    const besideLevel = (level: Level) => (where: { indent: number }) => {
      const params = {
        line: lineName(line),
        spaces: spaces(where.indent),
        moreOrLess: wording(where.indent > level.indent ? 'layout.more' : 'layout.less'),
        from: level.line.number,
        expected: spaces(level.indent),
      };
      return level.kind === 'seq' ? said('layout.besideItems', params) : said('layout.besideFields', { ...params, name: level.name });
    };
    for (const level of [expected, ...(trials ? found.candidates.slice(1) : [])]) fixes.push({ moved: line, to: level.indent, says: besideLevel(level) });
    if (trials && next && next.indent !== line.indent && !fixes.some((f) => f.to === next.indent)) {
      fixes.push({
        moved: line,
        to: next.indent,
        says: (where) => said('layout.belowLine', { line: lineName(line), spaces: spaces(where.indent), next: next.number, expected: spaces(next.indent) }),
      });
    }
    const blockAfter = (where: { indent: number }, moved: Line) =>
      said('layout.block', { line: lineName(moved), spaces: spaces(where.indent), from: line.number, indent: spaces(line.indent) });
    if (trials && found.opener) {
      const opener = found.opener;
      fixes.push({ moved: opener.line, to: opener.line.indent + opener.by, says: (where) => blockAfter(where, opener.line) });
    }
    if (trials && prev && prev.indent < line.indent && (!found.opener || found.opener.line !== prev)) {
      fixes.push({ moved: prev, to: line.indent, says: (where) => blockAfter(where, prev) });
    }
    let best: { text: string; left: number; fix: (typeof fixes)[number] } | null = null;
    for (const fix of fixes) {
      const tried = shifted(current, fix.moved, fix.to - fix.moved.indent);
      const left = fixes.length === 1 ? 0 : misfits(tried).length;
      if (!best || left < best.left) best = { text: tried, left, fix };
    }
    if (!best) break;
    const where = at(best.fix.moved);
    // A line is named once: a second mend of it only helps judge the lines after it.
    if (!mistakes.some((m) => m.at === where.offset))
      mistakes.push({ at: where.offset, words: best.fix.says(where), hint: hinted('layout.indent.hint', { spaces: spaces(best.fix.to) }) });
    current = best.text;
  }
  return mistakes;
}
