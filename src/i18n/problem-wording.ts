// A deck problem (src/decks/problem.ts) as a wording: said in any language by whoever prints it,
// its place (file:line:col) unchanged. In English it is the deck code's own line, byte for byte
// (formatProblem); a problem without a kind keeps its English message in any language.
import { problemPlace, type Problem, type ProblemSay } from '../decks/problem.js';
import { escapeUnsafe } from '../decks/safe-text.js';
import type { MessageKey, Wording } from './messages.js';

/** A kind's message, its nested wordings too; text from the file is escaped as formatProblem escapes it. */
export function problemSayWording(say: ProblemSay): Wording {
  const params: Record<string, string | number | Wording> = {};
  for (const [name, value] of Object.entries(say.params ?? {})) {
    params[name] = typeof value === 'object' ? problemSayWording(value) : typeof value === 'string' ? escapeUnsafe(value) : value;
  }
  const key: MessageKey = `deck.problem.${say.kind}`;
  return { key, params };
}

/** The problem's one line as a wording. */
export function problemWording(p: Problem): Wording {
  const severity: Wording = { key: p.severity === 'error' ? 'deck.severity.error' : 'deck.severity.warning' };
  const said: string | Wording = p.say ? problemSayWording(p.say) : escapeUnsafe(p.message);
  const hint: string | Wording | undefined = p.hintSay ? problemSayWording(p.hintSay) : p.hint !== undefined ? escapeUnsafe(p.hint) : undefined;
  const message: string | Wording = hint === undefined ? said : { key: 'deck.problem.withHint', params: { message: said, hint } };
  return { key: 'deck.problem.line', params: { place: problemPlace(p), severity, message } };
}
