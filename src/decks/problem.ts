// A problem found in a deck file, and its one-line, GNU-style form:
//   cards/my-deck.yaml:14:11: error: side: expected one of us, china, neutral, got "usa"; did you mean "us"?
import { escapeUnsafe } from './safe-text.js';

export type Severity = 'error' | 'warning';

export interface Problem {
  file: string;
  /** 1-based; 0 when the problem concerns the whole file (it cannot be read, it is too large). */
  line: number;
  /** 1-based; 0 with line 0. */
  col: number;
  severity: Severity;
  /** Lowercase, no final period. File content in it is quoted and escaped. */
  message: string;
  /** A suggestion: `did you mean "us"?`. */
  hint?: string;
  /**
   * The message as a kind and its values, for the CLI to say in the run's language (the
   * catalogue's `deck.problem.<kind>`); `message` is its English. Without it the CLI says `message`.
   */
  say?: ProblemSay;
}

/** The problems said in every language so far: the ones about a whole file or the deck list. */
export type ProblemKind =
  | 'unreadable'
  | 'unreadable.missing'
  | 'unreadable.directory'
  | 'unreadable.loop'
  | 'unreadable.notRegular'
  | 'unreadable.denied'
  | 'unreadable.unknown'
  | 'notUtf8'
  | 'tooLarge'
  | 'tooManyTokens'
  | 'baseDeckMissing'
  | 'noCards'
  | 'moreNotShown.one'
  | 'moreNotShown.many';

export interface ProblemSay {
  kind: ProblemKind;
  params?: Readonly<Record<string, string | number>>;
}

/** The line in other words (another language): the severity and the message; the place stays. */
export interface ProblemWords {
  /** The severity with its colon (French puts a no-break space before it). */
  severity: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const hint = p.hint ? `; ${escapeUnsafe(p.hint)}` : '';
  return `${problemPlace(p)}: ${p.severity}: ${escapeUnsafe(p.message)}${hint}`;
}

/** The same line in other words: the place stays, the severity and the message are `words`. */
export function formatProblemIn(p: Problem, words: ProblemWords): string {
  return `${problemPlace(p)}: ${words.severity} ${escapeUnsafe(words.message)}`;
}

function problemPlace(p: Problem): string {
  return p.line > 0 ? `${escapeUnsafe(p.file)}:${p.line}:${p.col}` : escapeUnsafe(p.file);
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** File order is kept; inside a file, problems come by position. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const fileOrder = new Map<string, number>();
  for (const p of problems) if (!fileOrder.has(p.file)) fileOrder.set(p.file, fileOrder.size);
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) =>
      (fileOrder.get(a.p.file) ?? 0) - (fileOrder.get(b.p.file) ?? 0) ||
      a.p.line - b.p.line ||
      a.p.col - b.p.col ||
      a.i - b.i,
    )
    .map(({ p }) => p);
}

/** Drops repeats of the same message at the same place. */
export function dedupeProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}\u0000${p.line}\u0000${p.col}\u0000${p.severity}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
