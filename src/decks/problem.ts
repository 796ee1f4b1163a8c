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
}

export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${escapeUnsafe(p.file)}:${p.line}:${p.col}` : escapeUnsafe(p.file);
  const hint = p.hint ? `; ${escapeUnsafe(p.hint)}` : '';
  return `${where}: ${p.severity}: ${escapeUnsafe(p.message)}${hint}`;
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
