// A deck problem's line in the run's language: the place (file:line:col) stays, the severity,
// the message and the hint are said from the catalogue (src/i18n/problem-wording.ts). English is
// the deck code's own line, byte for byte; a problem without a kind keeps its English message.
import { formatProblem, type Problem, type ProblemSay } from '../decks/problem.js';
import type { Lang } from '../i18n/lang.js';
import { sayWording } from '../i18n/messages.js';
import { problemSayWording, problemWording } from '../i18n/problem-wording.js';

/** The problem's one line in `lang`. */
export function problemLine(lang: Lang, p: Problem): string {
  return lang === 'en' ? formatProblem(p) : sayWording(lang, problemWording(p));
}

/** The message of a problem that carries its kind, from the catalogue in `lang`; undefined without one. */
export function problemMessage(lang: Lang, p: Problem): string | undefined {
  return p.say ? sayProblem(lang, p.say) : undefined;
}

/** A wording in `lang`, its nested wordings said too. */
export function sayProblem(lang: Lang, say: ProblemSay): string {
  return sayWording(lang, problemSayWording(say));
}
