// A deck problem's line in the run's language: the place (file:line:col) stays, the severity,
// the message and the hint are said from the catalogue (`deck.problem.<kind>`, from the problem's
// `say` and `hintSay`, src/decks/problem.ts). English is the deck code's own line, byte for byte;
// a problem without a kind keeps its English message in any language.
import { formatProblem, formatProblemIn, type Problem, type ProblemKind, type ProblemSay } from '../decks/problem.js';
import type { Lang } from '../i18n/lang.js';
import { t, type MessageKey } from '../i18n/messages.js';

/** Every kind's message: the compiler asks for a catalogue entry when a kind is added. */
function keyOf(kind: ProblemKind): MessageKey {
  return `deck.problem.${kind}`;
}

/** The problem's one line in `lang`. */
export function problemLine(lang: Lang, p: Problem): string {
  if (lang === 'en') return formatProblem(p);
  const severity = t(lang, p.severity === 'error' ? 'deck.severity.error' : 'deck.severity.warning');
  const message = problemMessage(lang, p) ?? p.message;
  const hint = p.hintSay ? sayProblem(lang, p.hintSay) : p.hint;
  return formatProblemIn(p, { severity, message: hint ? t(lang, 'deck.problem.withHint', { message, hint }) : message });
}

/** The message of a problem that carries its kind, from the catalogue in `lang`; undefined without one. */
export function problemMessage(lang: Lang, p: Problem): string | undefined {
  return p.say ? sayProblem(lang, p.say) : undefined;
}

/** A wording in `lang`, its nested wordings said too. */
export function sayProblem(lang: Lang, say: ProblemSay): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(say.params ?? {})) params[name] = typeof value === 'object' ? sayProblem(lang, value) : value;
  return t(lang, keyOf(say.kind), params);
}
