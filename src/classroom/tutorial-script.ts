// The tutorial's lessons, as data: each names the moment it explains (a trigger on the
// player's view of the game and on what just happened) and its text keys in the catalogues
// (`tutorial.lesson.<id>.title` / `.body`, in English and French). Lessons show once each,
// in this order when several come due together.
import type { CardId } from '../decks/types.js';
import type { Decision, LogEntry, PlayerView } from '../engine/index.js';
import type { MessageKey } from '../i18n/messages.js';
import type { Catalogue } from './words.js';

export type LessonId =
  | 'welcome'
  | 'headline'
  | 'reveal'
  | 'play'
  | 'influence'
  | 'opponentCard'
  | 'opponentEvent'
  | 'clock'
  | 'race'
  | 'pressure'
  | 'scoring'
  | 'hold'
  | 'trap'
  | 'end';

export type LessonTrigger =
  /** The tutorial begins. */
  | { start: true }
  /** The player must answer this kind of decision. */
  | { decision: Decision['kind'] }
  /** At the player's play decision, a card of the other side is in hand. */
  | { opponentCardInHand: true }
  /** A scoring card is in the player's hand. */
  | { scoringCardInHand: true }
  /** This happened since the player's last move. */
  | { logged: 'headlineReveal' | 'score' | 'pressure' | 'race' }
  /** The Decoupling clock moved since the player's last move. */
  | { clockMoved: true }
  /** A card was played for Ops by the side it does not belong to, and its event fired for its owner
   * (not a headline or a leftover card at the end of the round: those were not played for Ops). */
  | { opponentEventFired: true }
  /** The trap's loop moved a race track at the end of the round (rules 6.7.4). */
  | { trapLoop: true }
  /** The player is at (at least) its nth play decision of the round: a lesson's latest moment. */
  | { playDecision: number }
  | { over: true }
  | { any: LessonTrigger[] };

export interface Lesson {
  id: LessonId;
  when: LessonTrigger;
}

export const TUTORIAL_SCRIPT: readonly Lesson[] = [
  { id: 'welcome', when: { start: true } },
  { id: 'headline', when: { decision: 'headline' } },
  { id: 'reveal', when: { logged: 'headlineReveal' } },
  { id: 'play', when: { decision: 'play' } },
  { id: 'scoring', when: { any: [{ scoringCardInHand: true }, { logged: 'score' }] } },
  { id: 'opponentCard', when: { any: [{ opponentCardInHand: true }, { playDecision: 3 }] } },
  { id: 'opponentEvent', when: { opponentEventFired: true } },
  { id: 'influence', when: { any: [{ decision: 'place' }, { playDecision: 2 }] } },
  { id: 'clock', when: { any: [{ clockMoved: true }, { playDecision: 2 }] } },
  { id: 'race', when: { any: [{ logged: 'race' }, { playDecision: 3 }] } },
  // The end of the round in its order (rules 6.7): the hold (the rest discarded, the opponent's
  // cards firing first), the pressure checks, the trap's loop. The hold is taught before the
  // last play, while the player can still play its good events and spend the cards it fears.
  { id: 'hold', when: { any: [{ decision: 'hold' }, { playDecision: 4 }] } },
  { id: 'pressure', when: { any: [{ logged: 'pressure' }, { playDecision: 4 }] } },
  { id: 'trap', when: { any: [{ trapLoop: true }, { over: true }] } },
  { id: 'end', when: { over: true } },
];

/** The lessons every tutorial game reaches (the others explain moments that may not happen). */
export const CORE_LESSONS: readonly LessonId[] = [
  'welcome',
  'headline',
  'play',
  'opponentCard',
  'influence',
  'clock',
  'race',
  'hold',
  'pressure',
  'scoring',
  'trap',
  'end',
];

export function lessonKeys(id: LessonId): { title: MessageKey; body: MessageKey } {
  return { title: `tutorial.lesson.${id}.title`, body: `tutorial.lesson.${id}.body` };
}

export interface LessonContext {
  /** The player's view: lessons see what the player sees, nothing hidden. */
  view: PlayerView;
  /** Log entries since the player's last move (the opponent's moves included). */
  fresh: readonly LogEntry[];
  cards: Catalogue;
  start: boolean;
}

/** A lesson that came due, with the card it is about when there is one. */
export interface PendingLesson {
  id: LessonId;
  card?: CardId;
}

const OPS_USES: readonly string[] = ['influence', 'sanction', 'lobby'];

/** An opponent's card played for Ops whose event fired for its owner (a headline handed to the
 * opponent, or a leftover firing at the end of the round, is not that lesson's moment). */
function opponentEventEntry(ctx: LessonContext): Extract<LogEntry, { type: 'eventFires' }> | undefined {
  const playedForOps = (card: string) => ctx.fresh.some((e) => e.type === 'play' && e.card === card && OPS_USES.includes(e.use));
  return ctx.fresh.find((e): e is Extract<LogEntry, { type: 'eventFires' }> => e.type === 'eventFires' && e.side !== e.owner && playedForOps(e.card));
}

/** The trap's loop logs its race step with the reason 'trap' (H20 licensed) or 'decoupling'. */
const TRAP_REASONS: readonly string[] = ['trap', 'decoupling'];

function playDecisionNumber(view: PlayerView): number {
  return view.decision?.kind === 'play' && view.decision.side === view.side ? view.actionsTaken[view.side] + 1 : 0;
}

export function triggered(when: LessonTrigger, ctx: LessonContext): boolean {
  const { view } = ctx;
  const mine = view.decision !== null && view.decision.side === view.side;
  if ('any' in when) return when.any.some((w) => triggered(w, ctx));
  if ('start' in when) return ctx.start;
  if ('decision' in when) return mine && view.decision?.kind === when.decision;
  if ('opponentCardInHand' in when) {
    return mine && view.decision?.kind === 'play' && view.hand.some((id) => ctx.cards[id]?.side === (view.side === 'us' ? 'china' : 'us'));
  }
  if ('scoringCardInHand' in when) return view.hand.some((id) => ctx.cards[id]?.scoring !== undefined);
  if ('logged' in when) return ctx.fresh.some((e) => e.type === when.logged);
  if ('clockMoved' in when) return ctx.fresh.some((e) => e.type === 'track' && e.track === 'clock');
  if ('opponentEventFired' in when) return opponentEventEntry(ctx) !== undefined;
  if ('trapLoop' in when) return ctx.fresh.some((e) => e.type === 'track' && TRAP_REASONS.includes(e.reason));
  if ('playDecision' in when) return playDecisionNumber(view) >= when.playDecision;
  if ('over' in when) return view.outcome !== null;
  return false;
}

/** The lessons not seen yet whose moment has come, in script order. */
export function dueLessons(seen: readonly LessonId[], ctx: LessonContext, script: readonly Lesson[] = TUTORIAL_SCRIPT): PendingLesson[] {
  return script
    .filter((lesson) => !seen.includes(lesson.id) && triggered(lesson.when, ctx))
    .map((lesson) => {
      const card = lesson.id === 'opponentEvent' ? opponentEventEntry(ctx)?.card : undefined;
      return card === undefined ? { id: lesson.id } : { id: lesson.id, card };
    });
}
