// The tutorial's lesson panel in words: the lesson's title and text, and what to do now (the
// move the lesson accepts, said with the screen's own labels and keys), or the hint after a
// move the lesson did not ask for. Built from the student's view and the moves made so far.
import type { CardId } from '../../decks/types.js';
import type { Action, PlayerView } from '../../engine/index.js';
import { rules } from '../../engine/index.js';
import { acceptedMoves, currentLesson, lessonNumber, LESSON_IDS, TUTORIAL_PLAYER, type LessonId } from '../../classroom/tutorial.js';
import { actorName, cardTitle, spaceName, spacePlace } from '../../i18n/game-words.js';
import type { MessageKey } from '../../i18n/messages.js';
import { seg, type Row } from '../components/rows.js';
import { wrap } from '../terminal/text.js';
import { useOf } from './choices.js';
import { useLabel, type Wording } from './describe.js';

/** The cards the lessons name, by id: their titles come from the deck, in the player's language. */
const CARDS: Record<string, CardId> = {
  a800Gap: 'closing-the-a800-gap',
  entityList: 'entity-list-huawei',
  fdpr: 'foreign-direct-product-rule',
  chipCut: 'a800-for-china',
  gallium: 'gallium-germanium-controls',
  chipRules: 'advanced-computing-rules',
  permit: 'malaysia-permit-rule',
  truce: 'trade-truce',
  marketScoring: 'china-market-scoring',
  bigFund: 'big-fund-iii',
  revenueShare: 'revenue-share-deal',
};

function lessonParams(w: Wording): Record<string, string | number> {
  const cards = Object.fromEntries(Object.entries(CARDS).map(([name, id]) => [name, w.cards[id] ? cardTitle(w, id) : id]));
  return {
    ...cards,
    you: actorName(w, TUTORIAL_PLAYER),
    them: actorName(w, 'china'),
    fine: rules.HELD_SCORING_PENALTY,
    openingCost: rules.OPENING_COST,
    recovery: rules.CLOCK_RECOVERY,
    clockMax: rules.CLOCK_MAX,
    sanctionMin: rules.SANCTION_MIN_OPS,
    limit: rules.LEADERSHIP_LIMIT,
  };
}

export function lessonTitle(w: Wording, lesson: LessonId): string {
  return w.t('tutorial.lessonTitle', { n: lessonNumber(lesson), count: LESSON_IDS.length, title: w.t(`tutorial.lesson.${lesson}.title` as MessageKey) });
}

export function lessonBody(w: Wording, lesson: LessonId): string {
  return w.t(`tutorial.lesson.${lesson}.body` as MessageKey, lessonParams(w));
}

function list(w: Wording, items: string[]): string {
  return new Intl.ListFormat(w.lang, { type: 'conjunction' }).format(items);
}

/** What to do now, with the labels the screen shows: "pick X in your hand…, then “Ops 3: sanction”". */
export function doNowText(w: Wording, view: PlayerView, accepted: readonly Action[]): string {
  const first = accepted[0];
  if (!first) return w.t('tutorial.wait', { name: actorName(w, 'china') });
  const t = w.t;
  switch (first.type) {
    case 'headline':
    case 'play':
    case 'hold':
    case 'discard':
    case 'retrieve': {
      const card = w.cards[first.card];
      const use = useOf(first);
      const option = card && use ? useLabel(w, view, card, { use, actions: [first] }) : '';
      return t('tutorial.do.card', { card: cardTitle(w, first.card), option });
    }
    case 'place':
    case 'remove': {
      const targets = accepted.flatMap((a) => (a.type === first.type ? [a.space] : []));
      const spaces = targets.map((id) => spaceName(w.lang, id));
      const one = spaces.length === 1;
      return t(`tutorial.do.${first.type}${one ? '.one' : ''}` as MessageKey, { spaces: list(w, spaces), space: spacePlace(targets[0] ?? first.space) });
    }
    case 'sanction':
    case 'lobby':
      return t('tutorial.do.target', { space: spacePlace(first.space) });
    case 'chooseFirst':
    case 'choose':
      return t('tutorial.do.list');
    default: {
      const unhandled: never = first;
      throw new Error(`action not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}

/** The panel: the title, then what to do now (and the hint), then as much of the text as fits. */
export function lessonPanelRows(w: Wording, view: PlayerView, done: readonly Action[], hint: boolean, width: number, height: number): Row[] {
  const lesson = currentLesson(done.length);
  if (!lesson) return [];
  const t = w.t;
  const head: Row[] = wrap(lessonTitle(w, lesson), width).map((line) => [seg(line, { bold: true, tone: 'accent' })]);
  const now = doNowText(w, view, acceptedMoves(done));
  const nowRows: Row[] = [
    ...(hint ? wrap(t('tutorial.hint'), width).map((line): Row => [seg(line, { tone: 'bad', bold: true })]) : []),
    ...wrap(t('tutorial.now', { what: now }), width).map((line): Row => [seg(line, { tone: 'good', bold: true })]),
  ];
  const body = wrap(lessonBody(w, lesson), width);
  const room = Math.max(0, height - head.length - nowRows.length);
  // Cut short, the text says which key shows it whole.
  const text: Row[] =
    body.length <= room
      ? body.map((line) => [seg(line)])
      : [...body.slice(0, Math.max(0, room - 1)).map((line): Row => [seg(line)]), [seg(t('tutorial.more', { key: 't' }), { dim: true })]];
  return [...head, ...text.slice(0, room), ...nowRows].slice(0, height);
}

/** The lesson in full, under its title on its own screen (key t, and when a lesson begins). */
export function lessonScreenRows(w: Wording, view: PlayerView, done: readonly Action[], width: number): Row[] {
  const lesson = currentLesson(done.length);
  if (!lesson) return [];
  return [
    ...wrap(lessonBody(w, lesson), width).map((line): Row => [seg(line)]),
    [],
    ...wrap(w.t('tutorial.now', { what: doNowText(w, view, acceptedMoves(done)) }), width).map((line): Row => [seg(line, { tone: 'good', bold: true })]),
  ];
}
