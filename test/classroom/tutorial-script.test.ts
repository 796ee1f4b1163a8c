// The tutorial's game: the scripted deal and moves play through to the student's win, each
// lesson's moves do what the lesson teaches, and only those moves are accepted.
import { describe, expect, it } from 'vitest';
import { classroomDeck } from '../../src/classroom/deck-source.js';
import { packageRoot } from '../../src/classroom/package-files.js';
import {
  acceptedMoves,
  checkTutorialMoves,
  currentLesson,
  LESSON_IDS,
  opponentMove,
  TUTORIAL_PLAYER,
  tutorialAccepts,
  tutorialSetup,
} from '../../src/classroom/tutorial.js';
import { TUTORIAL_MOVES, type LessonId } from '../../src/classroom/tutorial-script.js';
import { applyAction, createGame, isEncircled, rules } from '../../src/engine/index.js';
import type { Action, GameState, LogEntry } from '../../src/engine/index.js';
import { catalog } from '../../src/i18n/messages.js';

const DECK = classroomDeck(packageRoot());
const ALL = TUTORIAL_MOVES.map((m) => m.action);

/** The state before and after each lesson's moves, and what they logged. */
function lessons(): Map<LessonId, { before: GameState; after: GameState; moves: Action[]; logged: LogEntry[] }> {
  const out = new Map<LessonId, { before: GameState; after: GameState; moves: Action[]; logged: LogEntry[] }>();
  let state = createGame(tutorialSetup(DECK));
  for (const m of TUTORIAL_MOVES) {
    const next = applyAction(state, m.action);
    if (m.lesson) {
      const seen = out.get(m.lesson) ?? { before: state, after: state, moves: [], logged: [] };
      out.set(m.lesson, { ...seen, after: next, moves: [...seen.moves, m.action], logged: [...seen.logged, ...next.log.slice(state.log.length)] });
    }
    state = next;
  }
  return out;
}

describe('the tutorial game', () => {
  const played = lessons();
  const lesson = (id: LessonId) => played.get(id) ?? expect.unreachable(`lesson ${id} has no move`);
  const plays = (id: LessonId) => lesson(id).moves.flatMap((a) => (a.type === 'play' ? [a] : []));

  it('plays through with the base deck, and the student wins on final scoring', () => {
    const end = checkTutorialMoves(DECK, ALL);
    expect(end.outcome).toMatchObject({ winner: TUTORIAL_PLAYER, reason: 'finalScoring' });
    // Final scoring: every region scores after the last pressure check.
    const lastCheck = end.log.map((e) => e.type).lastIndexOf('pressure');
    expect(end.log.slice(lastCheck).filter((e) => e.type === 'score').length).toBe(4);
  });

  it('asks something of the student in every lesson, in the order of the lesson numbers', () => {
    const order = TUTORIAL_MOVES.flatMap((m) => (m.lesson ? [m.lesson] : [])).filter((id, i, all) => all.indexOf(id) === i);
    expect(order).toEqual(LESSON_IDS);
    for (const m of TUTORIAL_MOVES) if (m.lesson) expect(played.get(m.lesson)?.before.decision?.side ?? TUTORIAL_PLAYER).toBe(TUTORIAL_PLAYER);
  });

  it('has a title and a text in both languages for every lesson', () => {
    for (const id of LESSON_IDS) {
      for (const lang of ['en', 'fr'] as const) {
        expect(catalog(lang)[`tutorial.lesson.${id}.title`], `${id} ${lang}`).toBeTruthy();
        expect(catalog(lang)[`tutorial.lesson.${id}.body`], `${id} ${lang}`).toBeTruthy();
      }
    }
  });

  it('teaches each rule by doing it', () => {
    expect(lesson('headline').moves[0]).toMatchObject({ type: 'headline' });
    expect(lesson('headline').after.log.some((e) => e.type === 'headlineReveal')).toBe(true);
    expect(plays('influence')[0]?.use).toBe('influence');
    expect(lesson('influence').after.influence.tencent).toEqual({ us: 2, china: 0 });
    expect(lesson('sanction').logged.find((e) => e.type === 'sanction')).toMatchObject({ side: 'us', space: 'uae', removed: 3 });
    // Rules 2.2: only a card of 2 Ops or more may sanction, and both sanctions of the script use one.
    for (const id of ['sanction', 'pressure'] as const) {
      const card = DECK.cards.find((c) => c.id === plays(id)[0]?.card);
      expect(card?.ops, id).toBeGreaterThanOrEqual(rules.SANCTION_MIN_OPS);
    }
    expect(lesson('sanction').logged.some((e) => e.type === 'track' && e.track === 'clock')).toBe(true);
    expect(lesson('lobby').logged.find((e) => e.type === 'lobby')).toMatchObject({ side: 'us', loser: 'china' });
    // The race with the opponent's card: its event does not fire.
    const race = plays('race')[0];
    expect(race?.use).toBe('race');
    expect(DECK.cards.find((c) => c.id === race?.card)?.side).toBe('china');
    expect(lesson('race').after.lockIn).toBe(1);
    expect(lesson('race').logged.some((e) => e.type === 'eventFires')).toBe(false);
    expect(lesson('hold').moves[0]).toMatchObject({ type: 'hold' });
    expect(lesson('newRound').before.round).toBe(2);
    expect(isEncircled(lesson('encircle').before, 'china')).toBe(false);
    expect(isEncircled(lesson('encircle').after, 'china')).toBe(true);
    // The bargaining chip starts in the student's hand and stays there until played, in round 2.
    expect(lesson('headline').before.hands.us).toContain('trade-truce');
    expect(lesson('truce').before.round).toBe(2);
    expect(lesson('truce').logged.some((e) => e.type === 'bargainPasses' && e.from === 'us')).toBe(true);
    expect(lesson('scoring').logged.find((e) => e.type === 'score')).toMatchObject({ region: 'chinaMarket' });
    expect(lesson('scoring').after.leadership).toBeGreaterThan(lesson('scoring').before.leadership);
    const end = checkTutorialMoves(DECK, ALL);
    expect(end.log.find((e) => e.type === 'pressure' && e.round === 2 && e.side === 'us')).toMatchObject({ met: true });
    expect(lesson('keep').moves[0]).toMatchObject({ type: 'hold', card: 'big-fund-iii' });
    expect(lesson('final').after.outcome?.winner).toBe(TUTORIAL_PLAYER);
  });

  it('accepts only the lesson’s move, a placement’s points in any order', () => {
    const headline = ALL.findIndex((a) => a.type === 'headline');
    const done = ALL.slice(0, headline);
    expect(tutorialAccepts(done, ALL[headline] as Action)).toBe(true);
    expect(tutorialAccepts(done, { type: 'headline', card: 'entity-list-huawei' })).toBe(false);
    const influence = ALL.findIndex((a) => a.type === 'place' && a.space === 'tencent');
    const before = ALL.slice(0, influence);
    expect(acceptedMoves(before)).toEqual([
      { type: 'place', space: 'tencent' },
      { type: 'place', space: 'bytedance' },
    ]);
    const swapped = [...before, { type: 'place', space: 'bytedance' } as Action];
    expect(acceptedMoves(swapped)).toEqual([{ type: 'place', space: 'tencent' }]);
    expect(checkTutorialMoves(DECK, [...swapped, { type: 'place', space: 'tencent' }]).influence.bytedance).toEqual({ us: 2, china: 0 });
  });

  it('gives the opponent its scripted moves, and says which lesson is on', () => {
    expect(opponentMove(0)).toEqual({ type: 'chooseFirst', first: 'us' });
    expect(opponentMove(1)).toBeNull();
    expect(currentLesson(0)).toBe('headline');
    expect(currentLesson(ALL.length)).toBeNull();
  });
});
