// A problem found in a deck file, and its one-line, GNU-style form:
//   cards/my-deck.yaml:14:11: error: side: expected one of us, china, neutral, got "usa"; did you mean "us"?
import { PROBLEM_ENGLISH, type ProblemKind } from './problem-words.js';
import { escapeUnsafe, quote } from './safe-text.js';

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
  /** The hint as a kind and its values, like `say`. */
  hintSay?: ProblemSay;
}

export type { ProblemKind };

/** A value of a wording: a word or a number from the file, or another wording (`got {got}`). */
export type ProblemParam = string | number | ProblemSay;

export interface ProblemSay {
  kind: ProblemKind;
  params?: Readonly<Record<string, ProblemParam>>;
}

/** A wording to be said later (a nested value of another one). */
export function wording(kind: ProblemKind, params?: Readonly<Record<string, ProblemParam>>): ProblemSay {
  return params === undefined ? { kind } : { kind, params };
}

/** The English of a wording, from the table the English catalogue is made of. */
export function english(say: ProblemSay): string {
  return PROBLEM_ENGLISH[say.kind].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = say.params?.[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? english(value) : String(value);
  });
}

/** The English of a rule the schema states (`rule.*`): the text of a zod check, found again by it. */
export function ruleText(kind: ProblemKind): string {
  return english(wording(kind));
}

/** A rule with values, for a custom zod issue: its English as zod's message, its wording in `params.say`. */
export function ruleIssue(kind: ProblemKind, params: Readonly<Record<string, ProblemParam>>): { message: string; params: { say: ProblemSay } } {
  const say = wording(kind, params);
  return { message: english(say), params: { say } };
}

/** A problem's message: its English and its wording. */
export interface Said {
  message: string;
  say: ProblemSay;
}

/** A problem's hint: its English and its wording. */
export interface Hinted {
  hint: string;
  hintSay: ProblemSay;
}

export function said(kind: ProblemKind, params?: Readonly<Record<string, ProblemParam>>): Said {
  const say = wording(kind, params);
  return { message: english(say), say };
}

export function hinted(kind: ProblemKind, params?: Readonly<Record<string, ProblemParam>>): Hinted {
  const hintSay = wording(kind, params);
  return { hint: english(hintSay), hintSay };
}

/** A message whose English keeps a library's own words (the YAML parser, JSON.parse, zod), said as `say` in other languages. */
export function saidAs(englishText: string, say: ProblemSay): Said {
  return { message: englishText, say };
}

/** A value from a file, named (safe-text.ts describeKind, as a wording): `the text "usa"`, `a list`. */
export function valueWording(value: unknown): ProblemSay {
  if (value === null || value === undefined) return wording('value.empty');
  if (Array.isArray(value)) return wording('value.list');
  if (typeof value === 'object') return wording('value.mapping');
  if (typeof value === 'string') return wording('value.text', { text: quote(value, 30) });
  if (typeof value === 'number') return Number.isFinite(value) ? wording('value.number', { number: value }) : wording('value.infinite');
  if (typeof value === 'boolean') return wording('value.boolean', { value: String(value) });
  return wording('value.other', { type: typeof value, value: String(value) });
}

/** What a message says it got: a text quoted, anything else named. */
export function gotWording(value: unknown): ProblemParam {
  return typeof value === 'string' ? quote(value) : valueWording(value);
}

export function formatProblem(p: Problem): string {
  const hint = p.hint ? `; ${escapeUnsafe(p.hint)}` : '';
  return `${problemPlace(p)}: ${p.severity}: ${escapeUnsafe(p.message)}${hint}`;
}

/** `file:line:col`, or the file alone for a problem about the whole file. */
export function problemPlace(p: Problem): string {
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
    .sort((a, b) => (fileOrder.get(a.p.file) ?? 0) - (fileOrder.get(b.p.file) ?? 0) || a.p.line - b.p.line || a.p.col - b.p.col || a.i - b.i)
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
