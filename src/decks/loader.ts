// Loading decks: file text in, validated decks and every problem out. Three passes:
//   1. syntax (yamlSource.ts): YAML or JSON, safely, with positions;
//   2. schema (schemaProblems.ts): every field checked, every mistake located;
//   3. cross-references (crossReferences.ts): ids, named cards, flags, composition.
// Each pass reports all it finds; a pass runs once the one before it found no error.
// Nothing here touches the file system (deckFiles.ts does): callers hand in text or a reader.
import { checkCrossReferences, type CheckedDeck } from './cross-references.js';
import { deckHash } from './deck-hash.js';
import { dedupeProblems, hasErrors, said, sortProblems, wording, type Problem, type ProblemSay } from './problem.js';
import { checkDeckSchema } from './schema-problems.js';
import { sourceAt } from './source-map.js';
import type { Deck, LoadedDeck } from './types.js';
import { LIMITS } from './vocabulary.js';
import { readDeckSource, tooLarge } from './yaml-source.js';

export interface LoadOptions {
  /** The decks add cards to a base deck: the base deck's composition (one scoring card per
   * region, one signature card per persona, every era) is not required of them. */
  asExpansion?: boolean;
  /** Decks loaded before (the base deck, when expansions are loaded): their cards can be
   * named by `cancelEvent` and `eventPlayed`, their flags count as set, their ids are taken. */
  known?: readonly LoadedDeck[];
}

export interface LoadResult {
  /** Present when the file has no error (it may have warnings). */
  deck?: LoadedDeck;
  problems: Problem[];
}

export interface DeckSetResult {
  /** The decks without errors, in the order given. */
  decks: LoadedDeck[];
  /** Every problem, by file then position. */
  problems: Problem[];
  /** No errors at all (warnings allowed). */
  ok: boolean;
}

export interface DeckText {
  file: string;
  text: string;
}

/** Reads a file's bytes (or text). May throw: the error becomes a problem. */
export type ReadDeckFile = (path: string) => string | Uint8Array;

/** Loads one deck file's text. `fileName` is used in messages. */
export function loadDeckText(text: string, fileName: string, options: LoadOptions = {}): LoadResult {
  const result = loadDeckTexts([{ file: fileName, text }], options);
  const deck = result.decks[0];
  return deck ? { deck, problems: result.problems } : { problems: result.problems };
}

/** Loads several deck files together: card ids must be unique across all of them and `known`. */
export function loadDeckTexts(files: readonly DeckText[], options: LoadOptions = {}): DeckSetResult {
  return loadAll(
    files.map((f) => ({ file: f.file, read: () => f.text })),
    options,
  );
}

/** Loads deck files through `readFile` (see deckFiles.ts for the one that reads the disk). */
export function loadDeckFiles(paths: readonly string[], readFile: ReadDeckFile, options: LoadOptions = {}): DeckSetResult {
  return loadAll(
    paths.map((file) => ({
      file,
      read: () => {
        const content = readFile(file);
        return typeof content === 'string' ? content : decodeDeckBytes(content, file);
      },
    })),
    options,
  );
}

/** UTF-8 bytes to text; a Problem when they are too many or not UTF-8 at all. */
export function decodeDeckBytes(bytes: Uint8Array, file: string): string | Problem {
  if (bytes.length > LIMITS.fileBytes) return tooLarge(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return notUtf8(bytes, file);
  }
}

/** Where the first byte that is not UTF-8 sits: the replacement character U+FFFD the lenient decoder puts there. */
function notUtf8(bytes: Uint8Array, file: string): Problem {
  const text = new TextDecoder('utf-8').decode(bytes);
  const encoder = new TextEncoder();
  let index = text.indexOf('\uFFFD');
  let offset = 0;
  while (index !== -1) {
    offset = encoder.encode(text.slice(0, index)).length;
    // A U+FFFD really written in the file (EF BF BD) is not the error.
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) break;
    index = text.indexOf('\uFFFD', index + 1);
  }
  const before = index === -1 ? text : text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  const col = before.length - lineStart + 1;
  const byte = `\\x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')}`;
  return {
    file,
    line,
    col,
    severity: 'error',
    ...said('notUtf8', { byte }),
  };
}

function loadAll(files: readonly { file: string; read: () => string | Problem }[], options: LoadOptions): DeckSetResult {
  const problems: Problem[] = [];
  const checked: CheckedDeck[] = [];
  const asExpansion = options.asExpansion ?? false;
  for (const { file, read } of files) {
    let text: string | Problem;
    try {
      text = read();
    } catch (error) {
      problems.push({ file, line: 0, col: 0, severity: 'error', ...said('unreadable', { reason: readErrorSay(error) }) });
      continue;
    }
    try {
      if (typeof text !== 'string') {
        problems.push(text);
        continue;
      }
      const syntax = readDeckSource(text, file);
      problems.push(...syntax.problems);
      if (!syntax.source || hasErrors(syntax.problems)) continue;
      const schema = checkDeckSchema(syntax.source, file);
      problems.push(...schema.problems);
      if (!schema.deck) continue;
      const { $schema: _link, ...deck } = schema.deck;
      checked.push({ deck: deck as Deck, file, source: syntax.source, asExpansion });
    } catch (error) {
      problems.push(failure(file, error));
    }
  }

  const allParsed = checked.length === files.length;
  if (allParsed) {
    try {
      const known = (options.known ?? []).map((deck) => ({ deck, ...(deck.file ? { file: deck.file } : {}), lineOf: (id: string) => cardLine(deck, id) }));
      problems.push(...checkCrossReferences(checked, known));
    } catch (error) {
      problems.push(failure(checked[0]?.file ?? '', error));
    }
  }

  const sorted = capPerFile(sortProblems(dedupeProblems(problems)));
  const failed = new Set(sorted.filter((p) => p.severity === 'error').map((p) => p.file));
  const decks = allParsed
    ? checked
        .filter((c) => !failed.has(c.file))
        .map((c): LoadedDeck => {
          const loaded: LoadedDeck = { ...c.deck, hash: deckHash(c.deck), file: c.file };
          SOURCES.set(loaded, c);
          return loaded;
        })
    : [];
  return { decks, problems: sorted, ok: !hasErrors(sorted) };
}

/** Where each loaded deck was read from, kept beside it (not in it: a deck stays plain data). */
const SOURCES = new WeakMap<LoadedDeck, CheckedDeck>();

/** The line of a card's id in the file a deck was loaded from, when this module loaded it. */
export function cardLine(deck: LoadedDeck, cardId: string): number | undefined {
  const checked = SOURCES.get(deck);
  if (!checked) return undefined;
  const i = checked.deck.cards.findIndex((c) => c.id === cardId);
  if (i < 0) return undefined;
  return checked.source.locate(sourceAt(checked.source.root, ['cards', i, 'id']).node.at).line;
}

/** What a failed read means, in a designer's words. */
export function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'this is a directory, not a deck file';
    case 'ELOOP':
      return 'too many symbolic links (a link that loops)';
    case 'notRegular':
      return 'this is a device, a pipe or a socket, not a deck file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default: {
      const first = error instanceof Error ? error.message.split('\n')[0] : undefined;
      return first ? lowerFirst(first) : 'the file cannot be read';
    }
  }
}

/** "Invalid..." reads "invalid..." mid-sentence; a system code such as "ELOOP:" stays as it is. */
function lowerFirst(text: string): string {
  if (/^[A-Z]{2,}\b/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Which of describeReadError's reasons it is, for the CLI to say in the run's language. */
function readErrorSay(error: unknown): ProblemSay {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return wording('unreadable.missing');
    case 'EISDIR':
      return wording('unreadable.directory');
    case 'ELOOP':
      return wording('unreadable.loop');
    case 'notRegular':
      return wording('unreadable.notRegular');
    case 'EACCES':
    case 'EPERM':
      return wording('unreadable.denied');
    default:
      return wording('unreadable.unknown', { detail: describeReadError(error) });
  }
}

/** A bug of ours, not a designer's mistake: still one clean line, never a stack trace. */
function failure(file: string, error: unknown): Problem {
  const reason = error instanceof Error ? error.message : String(error);
  return { file, line: 0, col: 0, severity: 'error', ...said('internal', { reason }) };
}

/** A hopeless file should not bury the terminal: the first problems, then a count of the rest. */
function capPerFile(problems: Problem[]): Problem[] {
  const counts = new Map<string, number>();
  const hidden = new Map<string, Problem[]>();
  const kept: Problem[] = [];
  for (const p of problems) {
    const n = (counts.get(p.file) ?? 0) + 1;
    counts.set(p.file, n);
    if (n <= LIMITS.problemsPerFile) kept.push(p);
    else hidden.set(p.file, [...(hidden.get(p.file) ?? []), p]);
  }
  for (const [file, rest] of hidden) {
    kept.push({
      file,
      line: 0,
      col: 0,
      severity: hasErrors(rest) ? 'error' : 'warning',
      ...said(rest.length === 1 ? 'moreNotShown.one' : 'moreNotShown.many', { count: rest.length }),
    });
  }
  return kept;
}
