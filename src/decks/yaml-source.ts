// Pass 1 of loading a deck: from file text to plain data, with the position of every value.
// Files that are too large, binary, or full of control characters are refused before parsing;
// YAML and JSON files both go through the `yaml` parser (JSON is YAML); then the syntax walk
// (syntaxWalk.ts) builds the data itself. Nothing in a file can run.
import { indentMistakes, unclosedBrackets, unclosedQuote, type LayoutMistake } from './yaml-layout.js';
import { isScalar, Lexer, LineCounter, parseDocument, stringify, type Document, type Node } from 'yaml';
import { hinted, said, saidAs, valueWording, wording, type Hinted, type Problem, type ProblemKind, type Said } from './problem.js';
import { escapeChar, findUnsafeCharsInFile, quote } from './safe-text.js';
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
  const problemAt = (offset: number, words: Said, hint?: Hinted, severity: Problem['severity'] = 'error') => {
    const { line, col } = locate(offset);
    problems.push({ file, line, col, severity, ...words, ...hint });
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
      problemAt(first.index, said('yaml.binary', { char: escapeChar(first.char) }));
    } else {
      for (const u of unsafe) problemAt(u.index, said('yaml.controlChar', { char: escapeChar(u.char) }));
    }
    return { problems };
  }

  // The parser recurses on nesting and slows down on thousands of brackets: refuse those first.
  const tooDeep = flowNestingTooDeep(text, LIMITS.yamlDepth);
  if (tooDeep !== -1) {
    countLines(text, lines);
    problemAt(tooDeep, said('yaml.tooDeep', { depth: LIMITS.yamlDepth }));
    return { problems };
  }

  // The parser's time grows with the number of tokens, and some hostile files of 1 MiB hold a
  // million of them: count them first (the lexer alone is cheap) and refuse a file with far more
  // than any real deck.
  // (A short file cannot hold that many: it is not lexed twice.)
  if (text.length > LIMITS.yamlTokens / 2 && tokenCountExceeds(text, LIMITS.yamlTokens)) {
    return { problems: [{ file, line: 0, col: 0, severity: 'error', ...said('tooManyTokens', { tokens: LIMITS.yamlTokens }) }] };
  }
  // A .json file is JSON: checked as JSON first, so its mistakes get JSON's words and positions
  // (a YAML parser would let a trailing comma pass). Once it parses, it goes on as YAML (JSON is
  // YAML), for the positions of everything after.
  if (/\.json$/i.test(file)) {
    const mistake = jsonMistake(text);
    if (mistake) {
      countLines(text, lines);
      problemAt(mistake.at, mistake.words, mistake.hint);
      return { problems };
    }
  }
  const doc = parseQuietly(text, lines);
  // A layout mistake (an unclosed quote, a wrong indent) makes the parser report a cascade, away
  // from the mistake: said once, where it is, in the guide's words.
  const layout = layoutMistakes(text, doc.errors);
  for (const mistake of layout) problemAt(mistake.at, mistake.words, mistake.hint);
  const errorLines = new Set<number>();
  for (const error of layout.length > 0 ? [] : doc.errors) {
    // One syntax error often drags others along on its line: the first one says what is wrong.
    const line = locate(error.pos[0]).line;
    if (errorLines.has(line)) continue;
    errorLines.add(line);
    const { words, hint } = yamlErrorMessage(error.code, error.message, text, error.pos[0]);
    problemAt(error.pos[0], words, hint);
  }
  for (const warning of doc.warnings) {
    // Unknown tags are reported by the walk below, as errors.
    if (warning.code !== 'TAG_RESOLVE_FAILED') problemAt(warning.pos[0], parserWords(warning.code, warning.message), undefined, 'warning');
  }
  if (problems.some((p) => p.severity === 'error')) return { problems };

  const contents = doc.contents as Node | null;
  if (contents === null || (isScalar(contents) && contents.value === null && !contents.tag)) {
    problemAt(0, said('yaml.empty'));
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
    problemAt(source.at, said('yaml.notADeck', { got: valueWording(value) }));
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
    ...said('tooLarge', { mib: LIMITS.fileBytes / 1024 / 1024 }),
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
export function jsonMistake(text: string): { at: number; words: Said; hint?: Hinted } | null {
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
      if (text.charAt(before) === ',') return { at: before, words: said('json.trailingComma', { char }), hint: hinted('json.trailingComma.hint') };
    }
    if (text.startsWith('//', at) || text.startsWith('/*', at) || char === '#') {
      return { at, words: said('json.comment'), hint: hinted('json.comment.hint') };
    }
    if (!position || at >= text.trimEnd().length) return { at: text.length, words: said('json.unclosed') };
    if (char === "'") return { at, words: said('json.singleQuotes'), hint: hinted('json.singleQuotes.hint') };
    let previous = at - 1;
    while (previous >= 0 && /\s/.test(text.charAt(previous))) previous--;
    if (/after (property|array element) value/.test(raw) && text.slice(previous + 1, at).includes('\n')) {
      return { at: previous + 1, words: said('json.missingComma'), hint: hinted('json.missingComma.hint') };
    }
    const what = raw.replace(/ in JSON at position \d+.*$/s, '').replace(/^Unexpected token '?(.)'?,? ?.*$/s, 'unexpected $1');
    const unexpected = /^unexpected (.)$/s.exec(what);
    if (unexpected) return { at, words: said('json.unexpected', { char: unexpected[1] ?? '' }) };
    // JSON.parse's own words in English; the other languages say that it is not JSON here.
    return { at, words: saidAs(`JSON: ${what.charAt(0).toLowerCase()}${what.slice(1)}`, wording('json.other')) };
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

/** The YAML parser's codes said in every language; any other is said as unreadable YAML. */
const PARSER_KINDS: Readonly<Record<string, ProblemKind>> = {
  BAD_INDENT: 'yaml.parser.BAD_INDENT',
  BLOCK_AS_IMPLICIT_KEY: 'yaml.parser.BLOCK_AS_IMPLICIT_KEY',
  MULTILINE_IMPLICIT_KEY: 'yaml.parser.MULTILINE_IMPLICIT_KEY',
  MISSING_CHAR: 'yaml.parser.MISSING_CHAR',
  UNEXPECTED_TOKEN: 'yaml.parser.UNEXPECTED_TOKEN',
  BAD_SCALAR_START: 'yaml.parser.BAD_SCALAR_START',
  BAD_DQ_ESCAPE: 'yaml.parser.BAD_DQ_ESCAPE',
  BLOCK_IN_FLOW: 'yaml.parser.BLOCK_IN_FLOW',
  KEY_OVER_1024_CHARS: 'yaml.parser.KEY_OVER_1024_CHARS',
  BAD_DIRECTIVE: 'yaml.parser.BAD_DIRECTIVE',
};

/** A parser error or warning: its own words in English (they name the exact token), its code's sentence in other languages. */
function parserWords(code: string, message: string): Said {
  return saidAs(lowerFirst(message), wording(Object.hasOwn(PARSER_KINDS, code) ? (PARSER_KINDS[code] as ProblemKind) : 'yaml.parser.other'));
}

function yamlErrorMessage(code: string, message: string, text: string, offset: number): { words: Said; hint?: Hinted } {
  switch (code) {
    case 'DUPLICATE_KEY': {
      const key =
        /^[^:\n]*/
          .exec(text.slice(offset, offset + 80))?.[0]
          .trim()
          .replace(/^["']|["']$/g, '') ?? '';
      return { words: said('yaml.duplicateKey', { key: quote(key) }) };
    }
    case 'MULTIPLE_DOCS':
      return { words: said('yaml.multipleDocs'), hint: hinted('yaml.multipleDocs.hint') };
    case 'TAB_AS_INDENT':
      return { words: said('yaml.tab'), hint: hinted('yaml.tab.hint') };
    default:
      if (/call stack/i.test(message)) return { words: said('yaml.tooDeep', { depth: LIMITS.yamlDepth }) };
      return { words: parserWords(code, message) };
  }
}

/** Plain data written as YAML, the way a deck file would hold it (`cards show` prints events so).
 * It lives here, beside the parser, because the bundle must reach `yaml` through one static import:
 * a dynamic `import('yaml')` became a default-only chunk and broke `cards show`. */
export function toYamlText(value: unknown): string {
  return stringify(value);
}
