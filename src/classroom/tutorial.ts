// The tutorial game's rules of progress, as pure functions of the moves made so far: which
// lesson is on, which of the student's moves it accepts now, and the opponent's next move. The
// game screen (src/ui) plays it as any game and asks these before applying a student's move.
import type { CardDef } from '../decks/types.js';
import { actionKey, applyAction, createGame } from '../engine/index.js';
import type { Action, GameSetup, GameState } from '../engine/index.js';
import { TUTORIAL_MOVES, TUTORIAL_SETUP } from './tutorial-script.js';
import type { LessonId } from './tutorial-script.js';

export { TUTORIAL_PLAYER, TUTORIAL_SETUP, LESSON_IDS } from './tutorial-script.js';
export type { LessonId } from './tutorial-script.js';

export interface TutorialDeck {
  cards: CardDef[];
  decks: { id: string; hash: string }[];
}

export function tutorialSetup(deck: TutorialDeck): GameSetup {
  return { ...TUTORIAL_SETUP, personas: { ...TUTORIAL_SETUP.personas }, cards: deck.cards, decks: deck.decks };
}

/** Moves a student may make in any order: the points of one placement or removal. */
const ORDER_FREE: readonly Action['type'][] = ['place', 'remove'];

/** The scripted moves [from, to) the student's move at `at` belongs to: a placement's points
 * are accepted in any order, anything else is one move. */
function groupAt(at: number): [number, number] {
  const move = TUTORIAL_MOVES[at];
  if (!move || move.lesson === null || !ORDER_FREE.includes(move.action.type)) return [at, at + 1];
  const same = (i: number) => {
    const m = TUTORIAL_MOVES[i];
    return m !== undefined && m.lesson === move.lesson && m.action.type === move.action.type;
  };
  let from = at;
  while (from > 0 && same(from - 1)) from--;
  let to = at + 1;
  while (same(to)) to++;
  return [from, to];
}

/** The student's moves the tutorial accepts after `done` (none while the opponent plays or after the end). */
export function acceptedMoves(done: readonly Action[]): Action[] {
  const at = done.length;
  const move = TUTORIAL_MOVES[at];
  if (!move || move.lesson === null) return [];
  const [from, to] = groupAt(at);
  const left = TUTORIAL_MOVES.slice(from, to).map((m) => m.action);
  for (const made of done.slice(from, at)) {
    const i = left.findIndex((a) => actionKey(a) === actionKey(made));
    if (i >= 0) left.splice(i, 1);
  }
  const seen = new Set<string>();
  return left.filter((a) => !seen.has(actionKey(a)) && seen.add(actionKey(a)));
}

/** Whether the student's `action` is the one the lesson asks for now. */
export function tutorialAccepts(done: readonly Action[], action: Action): boolean {
  return acceptedMoves(done).some((a) => actionKey(a) === actionKey(action));
}

/** The opponent's move after `done` moves, or null when it is not the opponent's turn in the script. */
export function opponentMove(moveNumber: number): Action | null {
  const move = TUTORIAL_MOVES[moveNumber];
  return move && move.lesson === null ? move.action : null;
}

/** The lesson on screen after `done` moves: the lesson of the student's next move (while the
 * opponent plays, the one coming), or null once the script is played out. */
export function currentLesson(moveNumber: number): LessonId | null {
  for (let i = moveNumber; i < TUTORIAL_MOVES.length; i++) {
    const lesson = TUTORIAL_MOVES[i]?.lesson;
    if (lesson) return lesson;
  }
  return null;
}

/** How far the student is: the lesson's number (1-based) and the count. */
export function lessonNumber(lesson: LessonId): number {
  const order: LessonId[] = [];
  for (const m of TUTORIAL_MOVES) if (m.lesson && !order.includes(m.lesson)) order.push(m.lesson);
  return order.indexOf(lesson) + 1;
}

export class TutorialReplayError extends Error {
  override readonly name = 'TutorialReplayError';
}

/** Checks saved moves against the script (each one the script's, in an accepted order) and
 * that the game still takes them: the tutorial resumes there, else it starts again. */
export function checkTutorialMoves(deck: TutorialDeck, moves: readonly Action[]): GameState {
  let state = createGame(tutorialSetup(deck));
  moves.forEach((action, i) => {
    const done = moves.slice(0, i);
    const scripted = opponentMove(i);
    const fits = scripted ? actionKey(scripted) === actionKey(action) : tutorialAccepts(done, action);
    if (!fits) throw new TutorialReplayError(`move ${i + 1} is not the tutorial’s`);
    try {
      state = applyAction(state, action);
    } catch (error) {
      throw new TutorialReplayError(`move ${i + 1} no longer fits the game (${error instanceof Error ? error.message : String(error)})`);
    }
  });
  return state;
}
