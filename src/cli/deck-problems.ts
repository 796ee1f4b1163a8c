// A deck problem's line in the run's language: the place (file:line:col) stays, the severity and
// the message are said from the catalogue when the problem carries its kind (src/decks/problem.ts
// `say`). English is the deck code's own line, byte for byte; a problem without a kind keeps its
// English message in any language.
import { formatProblem, formatProblemIn, type Problem, type ProblemKind } from '../decks/problem.js';
import type { Lang } from '../i18n/lang.js';
import { t, type MessageKey } from '../i18n/messages.js';

/** Every kind's message; the compiler asks for a line here when a kind is added. */
const KEYS: Record<ProblemKind, MessageKey> = {
  unreadable: 'deck.problem.unreadable',
  'unreadable.missing': 'deck.problem.unreadable.missing',
  'unreadable.directory': 'deck.problem.unreadable.directory',
  'unreadable.loop': 'deck.problem.unreadable.loop',
  'unreadable.notRegular': 'deck.problem.unreadable.notRegular',
  'unreadable.denied': 'deck.problem.unreadable.denied',
  'unreadable.unknown': 'deck.problem.unreadable.unknown',
  notUtf8: 'deck.problem.notUtf8',
  tooLarge: 'deck.problem.tooLarge',
  tooManyTokens: 'deck.problem.tooManyTokens',
  baseDeckMissing: 'deck.problem.baseDeckMissing',
  noCards: 'deck.problem.noCards',
  'moreNotShown.one': 'deck.problem.moreNotShown.one',
  'moreNotShown.many': 'deck.problem.moreNotShown.many',
};

function isKind(value: string): value is ProblemKind {
  return Object.hasOwn(KEYS, value);
}

/** The problem's one line in `lang`. */
export function problemLine(lang: Lang, p: Problem): string {
  if (lang === 'en') return formatProblem(p);
  const severity = t(lang, p.severity === 'error' ? 'deck.severity.error' : 'deck.severity.warning');
  return formatProblemIn(p, { severity, message: problemMessage(lang, p) ?? (p.hint ? `${p.message}; ${p.hint}` : p.message) });
}

/** The message of a problem that carries its kind, from the catalogue in `lang`; undefined without one. */
export function problemMessage(lang: Lang, p: Problem): string | undefined {
  if (!p.say) return undefined;
  const params: Record<string, string | number> = {};
  // A param that names a kind (the reason a file cannot be read) is said too.
  for (const [name, value] of Object.entries(p.say.params ?? {})) params[name] = typeof value === 'string' && isKind(value) ? t(lang, KEYS[value], p.say.params) : value;
  return t(lang, KEYS[p.say.kind], params);
}
