// Pass 1 of loading a deck: from file text to plain data, with the position of every value.
// Files that are too large, binary, or full of control characters are refused before parsing;
// YAML and JSON files both go through the `yaml` parser (JSON is YAML); then the syntax walk
// (syntaxWalk.ts) builds the data itself. Nothing in a file can run.
import { indentMistakes, unclosedBrackets, unclosedQuote, type LayoutMistake } from './yaml-layout.js';
import { isScalar, Lexer, LineCounter, parseDocument, stringify, type Document, type Node } from 'yaml';
import type { Problem } from './problem.js';
import { describeKind, escapeChar, findUnsafeCharsInFile, quote } from './safe-text.js';
import type { SourceNode } from './source-map.js';
import { Stop, SyntaxWalk } from './syntax-walk.js';
import { LIMITS } from './vocabulary.js';

/** More unsafe characters than this, or any NUL, and the file is taken for a binary file. */
const BINARY_THRESHOLD = 8;

export interface DeckSource {
  value: Record<string, unknown>;
  root: SourceNode;
  /** 1-based line and column of an offset. */
  locate(offset: number): { line: number; col: number };
}

export interface ReadResult {
  source?: DeckSource;
  problems: Problem[];
}

export function readDeckSource(rawText: string, file: string): ReadResult {
  const problems: Problem[] = [];
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const lines = new LineCounter();
  const locate = (offset: number) => lines.linePos(Math.max(0, Math.min(offset, text.length)));
  const problemAt = (offset: number, message: string, hint?: string, severity: Problem['severity'] = 'error') => {
    const { line, col } = locate(offset);
    problems.push({ file, line, col, severity, message, ...(hint ? { hint } : {}) });
  };

  if (text.length > LIMITS.fileBytes || Buffer.byteLength(text, 'utf8') > LIMITS.fileBytes) {
    return { problems: [tooLarge(file)] };
  }
  const unsafe = findUnsafeCharsInFile(text, BINARY_THRESHOLD + 1);
  if (unsafe.length > 0) {
    // Line starts are needed for positions before the parser has run.
    countLines(text, lines);
    const first = unsafe[0];
    if (first && (unsafe.length > BINARY_THRESHOLD || unsafe.some((u) => u.char === '\u0000'))) {
      problemAt(first.index, 'this is a binary file, not a deck (it holds control characters such as ' +
        `${escapeChar(first.char)})`);
    } else {
      for (const u of unsafe) problemAt(u.index, `control character ${escapeChar(u.char)} is not allowed in a deck file`);
    }
    return { problems };
  }

  // The parser recurses on nesting and slows down on thousands of brackets: refuse those first.
  const tooDeep = flowNestingTooDeep(text, LIMITS.yamlDepth);
  if (tooDeep !== -1) {
    countLines(text, lines);
    problemAt(tooDeep, `values nest more than ${LIMITS.yamlDepth} levels deep`);
    return { problems };
  }

  // The parser's time grows with the number of tokens, and some hostile files of 1 MiB hold a
  // million of them: count them first (the lexer alone is cheap) and refuse a file with far more
  // than any real deck.
  // (A short file cannot hold that many: it is not lexed twice.)
  if (text.length > LIMITS.yamlTokens / 2 && tokenCountExceeds(text, LIMITS.yamlTokens)) {
    return { problems: [{ file, line: 0, col: 0, severity: 'error', message: `the file has more than ${LIMITS.yamlTokens} YAML tokens: far more than a deck needs`, say: { kind: 'tooManyTokens', params: { tokens: LIMITS.yamlTokens } } }] };
  }
  // A .json file is JSON: checked as JSON first, so its mistakes get JSON's words and positions
  // (a YAML parser would let a trailing comma pass). Once it parses, it goes on as YAML (JSON is
  // YAML), for the positions of everything after.
  if (/\.json$/i.test(file)) {
    const mistake = jsonMistake(text);
    if (mistake) {
      countLines(text, lines);
      problemAt(mistake.at, mistake.message, mistake.hint);
      return { problems };
    }
  }
  const doc = parseQuietly(text, lines);
  // A layout mistake (an unclosed quote, a wrong indent) makes the parser report a cascade, away
  // from the mistake: said once, where it is, in the guide's words.
  const layout = layoutMistakes(text, doc.errors);
  for (const mistake of layout) problemAt(mistake.at, mistake.message, mistake.hint);
  const errorLines = new Set<number>();
  for (const error of layout.length > 0 ? [] : doc.errors) {
    // One syntax error often drags others along on its line: the first one says what is wrong.
    const line = locate(error.pos[0]).line;
    if (errorLines.has(line)) continue;
    errorLines.add(line);
    const { message, hint } = yamlErrorMessage(error.code, error.message, text, error.pos[0]);
    problemAt(error.pos[0], message, hint);
  }
  for (const warning of doc.warnings) {
    // Unknown tags are reported by the walk below, as errors.
    if (warning.code !== 'TAG_RESOLVE_FAILED') problemAt(warning.pos[0], lowerFirst(warning.message), undefined, 'warning');
  }
  if (problems.some((p) => p.severity === 'error')) return { problems };

  const contents = doc.contents as Node | null;
  if (contents === null || (isScalar(contents) && contents.value === null && !contents.tag)) {
    problemAt(0, 'the file is empty: a deck needs formatVersion, id, name and cards');
    return { problems };
  }

  const walk = new SyntaxWalk(text, problemAt);
  let converted: { value: unknown; source: SourceNode } | undefined;
  try {
    converted = walk.convert(contents, 0);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  if (problems.some((p) => p.severity === 'error') || !converted) return { problems };

  const { value, source } = converted;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problemAt(source.at, `expected a deck (a mapping with formatVersion, id, name and cards), got ${describeKind(value)}`);
    return { problems };
  }
  return { source: { value: value as Record<string, unknown>, root: source, locate }, problems };
}

export function tooLarge(file: string): Problem {
  return {
    file,
    line: 0,
    col: 0,
    severity: 'error',
    message: `the file is larger than ${LIMITS.fileBytes / 1024 / 1024} MiB: a deck file must be smaller`,
    say: { kind: 'tooLarge', params: { mib: LIMITS.fileBytes / 1024 / 1024 } },
  };
}

/** The offset of the first `[` or `{` nested deeper than `limit` (outside quotes and comments), or -1. */
export function flowNestingTooDeep(text: string, limit: number): number {
  let depth = 0;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') quote = undefined;
    } else if (quote === "'") {
      if (c === "'") quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end;
    } else if (c === '[' || c === '{') {
      if (++depth > limit) return i;
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth--;
    }
  }
  return -1;
}

/** The layout mistakes behind the parser's errors, or none when they are of another kind. */
function layoutMistakes(text: string, errors: readonly { code: string; message: string }[]): LayoutMistake[] {
  if (errors.length === 0) return [];
  // These have their own clear messages.
  if (errors.some((e) => e.code === 'TAB_AS_INDENT' || e.code === 'MULTIPLE_DOCS' || /call stack/i.test(e.message))) return [];
  if (errors.some((e) => e.code === 'MISSING_CHAR' && /quote/.test(e.message))) {
    const quote = unclosedQuote(text);
    if (quote) return [quote];
  }
  // "Flow sequence … must end with a ]": reported where the parser gave up, not where [ opens.
  if (errors.some((e) => /^flow (sequence|map)\b.*end with a [\]}]/i.test(e.message))) {
    const brackets = unclosedBrackets(text);
    if (brackets.length > 0) return brackets;
  }
  return indentMistakes(text);
}

function tokenCountExceeds(text: string, limit: number): boolean {
  let n = 0;
  for (const _token of new Lexer().lex(text)) if (++n > limit) return true;
  return false;
}

/** Parses with cheap errors: a broken file can make thousands, and nobody reads their stack traces.
 * Duplicate keys are found by the walk below in linear time (the parser's own check is quadratic). */
function parseQuietly(text: string, lineCounter: LineCounter): Document.Parsed {
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parseDocument(text, {
      lineCounter,
      prettyErrors: false,
      strict: true,
      uniqueKeys: false,
      version: '1.2',
      schema: 'core',
      merge: false,
      intAsBigInt: false,
    });
  } finally {
    Error.stackTraceLimit = saved;
  }
}

/** The first JSON syntax mistake, in a designer's words, or null when the text is JSON. */
export function jsonMistake(text: string): { at: number; message: string; hint?: string } | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(raw);
    const at = position ? Number(position[1]) : text.length;
    const char = text.charAt(at);
    if (char === '}' || char === ']') {
      let before = at - 1;
      while (before >= 0 && /\s/.test(text.charAt(before))) before--;
      if (text.charAt(before) === ',') return { at: before, message: `JSON: a comma before the closing ${char} is not allowed`, hint: 'remove the comma' };
    }
    if (text.startsWith('//', at) || text.startsWith('/*', at) || char === '#') {
      return { at, message: 'JSON: comments are not allowed in JSON', hint: 'remove the comment, or write the deck in YAML, where # starts a comment' };
    }
    if (!position || at >= text.trimEnd().length) return { at: text.length, message: 'JSON: the file ends before every {, [ and " is closed' };
    if (char === "'") return { at, message: 'JSON: texts and names take double quotes', hint: 'write "…" instead of \'…\'' };
    let previous = at - 1;
    while (previous >= 0 && /\s/.test(text.charAt(previous))) previous--;
    if (/after (property|array element) value/.test(raw) && text.slice(previous + 1, at).includes('\n')) {
      return { at: previous + 1, message: 'JSON: a comma is missing after this value', hint: 'items and fields are separated by commas' };
    }
    const what = raw.replace(/ in JSON at position \d+.*$/s, '').replace(/^Unexpected token '?(.)'?,? ?.*$/s, 'unexpected $1');
    return { at, message: `JSON: ${what.charAt(0).toLowerCase()}${what.slice(1)}` };
  }
}

function countLines(text: string, lines: LineCounter): void {
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
}

function lowerFirst(message: string): string {
  const trimmed = message.replace(/\.\s*$/, '').split('\n')[0] ?? '';
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}

function yamlErrorMessage(code: string, message: string, text: string, offset: number): { message: string; hint?: string } {
  switch (code) {
    case 'DUPLICATE_KEY': {
      const key = /^[^:\n]*/.exec(text.slice(offset, offset + 80))?.[0].trim().replace(/^["']|["']$/g, '') ?? '';
      return { message: `duplicate key ${quote(key)}: each key appears once in a mapping` };
    }
    case 'MULTIPLE_DOCS':
      return {
        message: 'a deck file holds one YAML document, this is a second one',
        hint: 'remove the "---" line, or put the second deck in its own file',
      };
    case 'TAB_AS_INDENT':
      return { message: 'tabs are not allowed as indentation', hint: 'indent with spaces' };
    default:
      if (/call stack/i.test(message)) return { message: `values nest more than ${LIMITS.yamlDepth} levels deep` };
      return { message: lowerFirst(message) };
  }
}


/** Plain data written as YAML, the way a deck file would hold it (`cards show` prints events so).
 * It lives here, beside the parser, because the bundle must reach `yaml` through one static import:
 * a dynamic `import('yaml')` became a default-only chunk and broke `cards show`. */
export function toYamlText(value: unknown): string {
  return stringify(value);
}
