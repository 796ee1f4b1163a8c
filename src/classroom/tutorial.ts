// The tutorial game: a fixed deal (seed, personas, one round), the player on the US side, a
// seeded bot for China, and the lessons of tutorial-script.ts coming due as the game goes.
// Pure state transitions; the Ink screen in src/ui/tutorial drives them with key presses.
import { PRESSURE_PARAMS } from '../i18n/pressure-params.js';
import { botNames, makeBot } from '../ai/registry.js';
import type { CardDef, CardId, Side } from '../decks/types.js';
import { applyAction, createGame, viewFor } from '../engine/index.js';
import type { Action, GameState, LogEntry } from '../engine/index.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import {
  CLOCK_RECOVERY,
  CLOCK_START,
  DECOUPLED_AT,
  HELD_SCORING_PENALTY,
  MAX_ACTIONS,
  OPENING_COST,
  PRESSURE,
  RACE_OPEN_REGION,
  RACE_SECOND_ABILITY_STEP,
  RACE_VP,
  TRAP_FLAG,
  other,
} from '../engine/rules.js';
import { resultLines } from './debrief.js';
import { dueLessons, lessonKeys } from './tutorial-script.js';
import type { LessonId, PendingLesson } from './tutorial-script.js';
import { cardTitle, personaName, sideOfThe } from '../i18n/game-words.js';

/** The deal every tutorial plays: same seed, same personas, one round (about ten minutes). */
export const TUTORIAL_SETUP = { seed: 2026, personas: { us: 'washington', china: 'huawei' }, rounds: 1 } as const;
export const TUTORIAL_PLAYER: Side = 'us';
const OPPONENT_SEED = 1128;

export interface TutorialDeck {
  cards: CardDef[];
  decks: { id: string; hash: string }[];
}

/** Chooses the opponent's action in a state where the opponent must act. */
export type Opponent = (state: GameState) => Action;

/** The tutorial's opponent: the gentlest bot there is, seeded by the game's progress so a
 * resumed tutorial continues exactly as it would have. It sees only its own view. */
export function tutorialOpponent(): Opponent {
  const name = botNames().includes('easy') ? 'easy' : 'random';
  return (state) => {
    const side = state.decision?.side ?? other(TUTORIAL_PLAYER);
    return makeBot(name, OPPONENT_SEED + state.actionCount).choose({ view: viewFor(state, side), catalog: state.cards }).action;
  };
}

export interface TutorialSession {
  state: GameState;
  /** Every action of the game, both sides': the tutorial's progress. */
  actions: Action[];
  /** Lessons already come due (shown or waiting in the queue). */
  seen: LessonId[];
  /** Lessons to show now, first first; the player reads each and presses Enter. */
  queue: PendingLesson[];
  /** What happened since the player's previous move. */
  recap: LogEntry[];
}

export class TutorialReplayError extends Error {
  override readonly name = 'TutorialReplayError';
}

/** Let the opponent play until the player must decide (or the game is over), then see which lessons are due. */
function toPlayersTurn(
  state: GameState,
  actions: Action[],
  previous: Pick<TutorialSession, 'seen' | 'queue'>,
  logMark: number,
  opponent: Opponent,
  start: boolean,
): TutorialSession {
  let s = state;
  const all = [...actions];
  while (s.decision && !s.outcome && s.decision.side !== TUTORIAL_PLAYER) {
    if (all.length > MAX_ACTIONS) throw new Error('the tutorial opponent did not reach the player’s turn');
    const action = opponent(s);
    s = applyAction(s, action);
    all.push(action);
  }
  const fresh = s.log.slice(logMark);
  const due = dueLessons(previous.seen, { view: viewFor(s, TUTORIAL_PLAYER), fresh, cards: s.cards, start });
  return { state: s, actions: all, seen: [...previous.seen, ...due.map((l) => l.id)], queue: [...previous.queue, ...due], recap: fresh };
}

export function startTutorial(deck: TutorialDeck, opponent: Opponent = tutorialOpponent()): TutorialSession {
  const state = createGame({ ...TUTORIAL_SETUP, personas: { ...TUTORIAL_SETUP.personas }, cards: deck.cards, decks: deck.decks });
  return toPlayersTurn(state, [], { seen: [], queue: [] }, 0, opponent, true);
}

/** The tutorial where it was left: the recorded actions re-folded, lessons as they were. */
export function resumeTutorial(
  deck: TutorialDeck,
  saved: { actions: Action[]; seen: LessonId[]; queue: PendingLesson[] },
  opponent: Opponent = tutorialOpponent(),
): TutorialSession {
  let state = createGame({ ...TUTORIAL_SETUP, personas: { ...TUTORIAL_SETUP.personas }, cards: deck.cards, decks: deck.decks });
  saved.actions.forEach((action, i) => {
    try {
      state = applyAction(state, action);
    } catch (error) {
      throw new TutorialReplayError(`move ${i + 1} no longer fits the game (${error instanceof Error ? error.message : String(error)})`);
    }
  });
  return toPlayersTurn(state, saved.actions, { seen: saved.seen, queue: saved.queue }, state.log.length, opponent, false);
}

/** The player's move, then the opponent's until the player's next decision. */
export function playTutorialAction(session: TutorialSession, action: Action, opponent: Opponent = tutorialOpponent()): TutorialSession {
  const next = applyAction(session.state, action);
  return toPlayersTurn(next, [...session.actions, action], session, session.state.log.length, opponent, false);
}

export function dismissLesson(session: TutorialSession): TutorialSession {
  return { ...session, queue: session.queue.slice(1) };
}

export function tutorialOver(session: TutorialSession): boolean {
  return session.state.outcome !== null;
}

/** Whether an effect list (nested effects included) sets the trap's flag. */
function setsTrapFlag(x: unknown): boolean {
  if (Array.isArray(x)) return x.some(setsTrapFlag);
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  return (o.op === 'flag' && o.flag === TRAP_FLAG && o.set === true) || Object.values(o).some(setsTrapFlag);
}

/** The card whose event sets the trap's flag (the base deck's H20 licence), by its title; a deck
 * without one gets the licence's plain name, never the flag's internal id. */
function trapCardTitle(state: GameState, lang: Lang): string {
  const found = Object.values(state.cards).find((def: CardDef) => setsTrapFlag(def.event));
  return found ? cardTitle({ cards: state.cards, lang }, found.id) : t(lang, 'tutorial.trapCard');
}

/** Numbers joined the way the language lists them: “2, 4, 6 and 8”, « 2, 4, 6 et 8 ». */
function listOf(lang: Lang, numbers: readonly number[]): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(numbers.map(String));
}

/** The rules' numbers the lessons quote, from rules.ts so that a tuned number updates the text. */
function ruleParams(state: GameState, lang: Lang): Record<string, string | number> {
  return {
    fine: HELD_SCORING_PENALTY,
    reward: PRESSURE.reward,
    decoupledAt: DECOUPLED_AT,
    clockStart: CLOCK_START,
    clockRecovery: CLOCK_RECOVERY,
    openingCost: OPENING_COST,
    rewardSteps: listOf(lang, Object.keys(RACE_VP).map(Number)),
    abilitySteps: listOf(lang, [RACE_OPEN_REGION.step, RACE_SECOND_ABILITY_STEP]),
    trapCard: trapCardTitle(state, lang),
  };
}

/** A lesson's title and text in the player's language, filled in from the game. */
export function lessonText(lesson: PendingLesson, state: GameState, lang: Lang): { title: string; body: string } {
  const keys = lessonKeys(lesson.id);
  const mine = state.setup.personas[TUTORIAL_PLAYER];
  const theirs = state.setup.personas[other(TUTORIAL_PLAYER)];
  const { line, detail } = resultLines(state, lang);
  const params = {
    ...ruleParams(state, lang),
    persona: personaName(lang, mine),
    side: sideOfThe(lang, TUTORIAL_PLAYER),
    opponentPersona: personaName(lang, theirs),
    opponent: sideOfThe(lang, other(TUTORIAL_PLAYER)),
    yourCheck: t(lang, `classroom.pressure.${mine}`, PRESSURE_PARAMS),
    theirCheck: t(lang, `classroom.pressure.${theirs}`, PRESSURE_PARAMS),
    card: lesson.card === undefined ? '' : cardTitle({ cards: state.cards, lang }, lesson.card as CardId),
    result: detail ? `${line} ${detail}` : line,
  };
  return { title: t(lang, keys.title, params), body: t(lang, keys.body, params) };
}
