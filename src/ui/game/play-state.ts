// The play screen's state and its reducer: the game (model), who sits at the keyboard, the
// overlays, the selection, and how the player leaves. Every key press and every bot move is
// one event folded in order, so nothing acts on a screen the player has not seen yet.
import type { Persona, Side } from '../../decks/types.js';
import { rules, viewFor, type Action, type GameSetup, type GameState, type PlayerView } from '../../engine/index.js';
import { currentLesson, TUTORIAL_PLAYER, tutorialAccepts, type LessonId } from '../../classroom/tutorial.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { CommandEvent } from '../keymap.js';
import { pendingChoices, whyNotChoosable, type Pending } from './choices.js';
import { lossOf } from './loss-warning.js';
import { applyToModel, canUndoLast, currentState, startModel, undoLast, type GameModel } from './game-model.js';
import { humanSides, isHotSeat, type Seats } from './seats.js';
import { freshSelection, NO_SELECTION, normalize, selectionKey, type Selection } from './selection.js';

/** How the game screen closes; 'interrupt' is Ctrl-C, which quits the program even from the menu. */
export type PlayExit = 'quit' | 'interrupt' | 'rematch' | 'newGame';
/** `situation`: what decides the game (key i); `card`: the card in the detail panel, whole (key c);
 * `lesson`: the tutorial's lesson, whole (key t). */
export type Overlay = 'help' | 'log' | 'quit' | 'debrief' | 'situation' | 'card' | 'lesson';
/** What the end screen lists: the ways to leave, then the debrief, which returns to it. */
export type EndChoice = Exclude<PlayExit, 'interrupt'> | 'debrief';

/** A setup whose personas may still be asked on screen. */
export type SetupDraft = Omit<GameSetup, 'personas'> & { personas: Partial<GameSetup['personas']> };

export interface PlayState {
  seats: Seats;
  draft: SetupDraft;
  /** The persona being asked: the side and the highlighted choice. */
  pick: { side: Side; choice: number } | null;
  model: GameModel | null;
  /** Hot-seat: the side whose player has the keyboard (null before the first hand-off). */
  seat: Side | null;
  overlay: Overlay | null;
  /** Full log: rows scrolled up from the newest. */
  logScroll: number;
  /** The debrief: rows scrolled down from its top. */
  debriefTop: number;
  sel: Selection;
  notice: MessageKey | null;
  endCursor: number;
  exit: PlayExit | null;
  /** The tutorial (src/classroom/tutorial.ts): only the lesson's moves are played; `hint` once
   * the student tried another, until the right one is made. Null in any other game. */
  tutorial: { hint: boolean; shown: LessonId | null } | null;
}

export type PlayEvent =
  /** `pageRows` and `scrollLimit` come from the screen: a page of the open log or debrief, and how far it scrolls. */
  { type: 'key'; event: CommandEvent; pageRows: number; scrollLimit: number } | { type: 'botMove'; side: Side; action: Action; reason: string; at: number };

export const END_OPTIONS: readonly Exclude<PlayExit, 'interrupt'>[] = ['rematch', 'newGame', 'quit'];
export const END_CHOICES: readonly EndChoice[] = [...END_OPTIONS, 'debrief'];
/** The tutorial's end: its debrief first, then leave (to the menu when started there). */
export const TUTORIAL_END_CHOICES: readonly EndChoice[] = ['debrief', 'quit'];

export function endChoices(state: Pick<PlayState, 'tutorial'>): readonly EndChoice[] {
  return state.tutorial ? TUTORIAL_END_CHOICES : END_CHOICES;
}

/** A persona a bot side was not given: taken from the seed, so a replay picks the same. */
function botPersona(seed: number, side: Side): Persona {
  const options = rules.PERSONAS[side];
  return options[Math.abs(seed + (side === 'us' ? 0 : 1)) % options.length] as Persona;
}

function missingHumanPersona(draft: SetupDraft, seats: Seats): Side | null {
  return humanSides(seats).find((side) => draft.personas[side] === undefined) ?? null;
}

function begin(state: PlayState): PlayState {
  const { draft, seats } = state;
  const personas = { ...draft.personas };
  for (const side of ['us', 'china'] as const) if (seats[side] !== 'human') personas[side] ??= botPersona(draft.seed, side);
  const asked = missingHumanPersona({ ...draft, personas }, seats);
  if (asked) return { ...state, draft: { ...draft, personas }, pick: { side: asked, choice: 0 } };
  const setup = { ...draft, personas: personas as GameSetup['personas'] };
  const model = state.model ?? startModel(setup);
  return withFreshSelection({ ...state, draft: setup, pick: null, model });
}

export function initialPlayState(draft: SetupDraft, seats: Seats, actions: readonly Action[] = [], tutorial = false): PlayState {
  const complete = draft.personas.us !== undefined && draft.personas.china !== undefined;
  const model = complete ? startModel(draft as GameSetup, actions) : null;
  const state: PlayState = {
    seats,
    draft,
    pick: null,
    model,
    seat: null,
    overlay: null,
    logScroll: 0,
    debriefTop: 0,
    sel: NO_SELECTION,
    notice: null,
    endCursor: 0,
    exit: null,
    tutorial: tutorial ? { hint: false, shown: null } : null,
  };
  return withLesson(begin(state));
}

export function gameState(state: PlayState): GameState | null {
  return state.model ? currentState(state.model) : null;
}

export function actingSide(state: PlayState): Side | null {
  const s = gameState(state);
  return s && !s.outcome ? (s.decision?.side ?? null) : null;
}

/** The side whose view is on screen: the human's, the seated hot-seat player's, or in a bots' game the side acting. */
export function viewingSide(state: PlayState): Side | null {
  const humans = humanSides(state.seats);
  if (humans.length === 1) return humans[0] as Side;
  if (humans.length === 2) return state.seat;
  return actingSide(state) ?? state.seat ?? 'us';
}

export function needsHandoff(state: PlayState): boolean {
  const acting = actingSide(state);
  return isHotSeat(state.seats) && acting !== null && acting !== state.seat;
}

export function currentView(state: PlayState): PlayerView | null {
  const s = gameState(state);
  const side = viewingSide(state);
  return s && side ? viewFor(s, side) : null;
}

/** What the seated player may choose now (nothing while a bot or the other seat acts). */
export function currentPending(state: PlayState, view: PlayerView | null): Pending {
  if (!view || needsHandoff(state) || state.seats[view.side] !== 'human') return { kind: 'none' };
  return pendingChoices(view);
}

function withFreshSelection(state: PlayState): PlayState {
  const view = currentView(state);
  const seat = humanSides(state.seats).length === 0 ? viewingSide(state) : state.seat;
  const next = { ...state, seat };
  if (!view) return next;
  return { ...next, sel: freshSelection(state.sel, currentPending(next, view)) };
}

function apply(state: PlayState, action: Action, note?: { side: Side; reason: string }): PlayState {
  if (!state.model) return state;
  const tutorial = state.tutorial ? { ...state.tutorial, hint: false } : null;
  return withLesson(withFreshSelection({ ...state, model: applyToModel(state.model, action, note), tutorial }));
}

/** A lesson opens whole on its own screen when the student's turn comes to it (once). */
function withLesson(state: PlayState): PlayState {
  const lesson = state.tutorial && state.model ? currentLesson(state.model.actions.length) : null;
  if (!state.tutorial || !lesson || lesson === state.tutorial.shown || actingSide(state) !== TUTORIAL_PLAYER) return state;
  return { ...state, overlay: 'lesson', tutorial: { ...state.tutorial, shown: lesson } };
}

/** How far a scroll command moves, in rows, toward the top (positive) or the bottom. */
function scrollBy(e: CommandEvent, pageRows: number): number | undefined {
  const by: Partial<Record<CommandEvent['command'], number>> = { up: 1, down: -1, pageUp: pageRows, pageDown: -pageRows, home: Infinity, end: -Infinity };
  return by[e.command];
}

const clamp = (value: number, limit: number) => Math.max(0, Math.min(limit, value));

function onOverlayKey(state: PlayState, overlay: Overlay, e: CommandEvent, pageRows: number, scrollLimit: number): PlayState {
  const close = { ...state, overlay: null };
  switch (overlay) {
    case 'quit':
      if (e.command === 'yes' || e.command === 'confirm') return { ...state, exit: 'quit' };
      return e.command === 'no' || e.command === 'back' || e.command === 'quit' ? close : state;
    case 'help':
      return e.command === 'help' || e.command === 'back' || e.command === 'confirm' ? close : state;
    case 'situation':
    case 'card':
    case 'lesson':
      // The same key closes it again; the screen scrolls itself with the arrows and pages.
      return e.command === overlay || e.command === 'back' || e.command === 'confirm' || e.command === 'quit' ? close : state;
    case 'log': {
      const by = scrollBy(e, pageRows);
      if (by !== undefined) return { ...state, logScroll: clamp(state.logScroll + by, scrollLimit) };
      return e.command === 'log' || e.command === 'back' || e.command === 'confirm' ? close : state;
    }
    case 'debrief': {
      // Read from the top down, so a scroll "up" the log is a step back here.
      const by = scrollBy(e, pageRows);
      if (by !== undefined) return { ...state, debriefTop: clamp(state.debriefTop - by, scrollLimit) };
      // The keys that close `debrief FILE` (debrief/run-debrief.tsx) close it here too, Enter included.
      return e.command === 'debrief' || e.command === 'back' || e.command === 'quit' || e.command === 'confirm' ? close : state;
    }
    default: {
      const unhandled: never = overlay;
      throw new Error(`overlay not handled: ${String(unhandled)}`);
    }
  }
}

function onPickKey(state: PlayState, pick: NonNullable<PlayState['pick']>, e: CommandEvent): PlayState {
  const options = rules.PERSONAS[pick.side];
  // No game has started yet: quitting loses nothing, so it asks nothing.
  if (e.command === 'quit') return { ...state, exit: 'quit' };
  if (['up', 'down', 'left', 'right'].includes(e.command)) return { ...state, pick: { ...pick, choice: (pick.choice + 1) % options.length } };
  const at = e.command === 'digit' ? (e.digit ?? 0) - 1 : e.command === 'confirm' ? pick.choice : -1;
  const persona = options[at];
  if (!persona) return state;
  return begin({ ...state, draft: { ...state.draft, personas: { ...state.draft.personas, [pick.side]: persona } } });
}

function onEndKey(state: PlayState, e: CommandEvent): PlayState {
  const choices = endChoices(state);
  const n = choices.length;
  if (e.command === 'up' || e.command === 'left') return { ...state, endCursor: (state.endCursor + n - 1) % n };
  if (e.command === 'down' || e.command === 'right') return { ...state, endCursor: (state.endCursor + 1) % n };
  const at = e.command === 'digit' ? (e.digit ?? 0) - 1 : e.command === 'confirm' ? state.endCursor : -1;
  const chosen = e.command === 'debrief' ? 'debrief' : choices[at];
  if (chosen === 'debrief') return { ...state, overlay: 'debrief', debriefTop: 0 };
  if (chosen) return { ...state, exit: chosen };
  if (e.command === 'quit') return { ...state, exit: 'quit' };
  if (e.command === 'log') return { ...state, overlay: 'log', logScroll: 0 };
  return state;
}

function onGameKey(state: PlayState, e: CommandEvent): PlayState {
  const model = state.model as GameModel;
  if (e.command === 'help') return { ...state, overlay: 'help' };
  if (e.command === 'log') return { ...state, overlay: 'log', logScroll: 0 };
  if (e.command === 'quit') return { ...state, overlay: 'quit' };
  if (needsHandoff(state)) return e.command === 'confirm' ? withFreshSelection({ ...state, seat: actingSide(state) }) : state;
  const view = currentView(state);
  if (!view) return state;
  if (e.command === 'situation' || e.command === 'card') return { ...state, overlay: e.command };
  if (e.command === 'lesson' && state.tutorial) return { ...state, overlay: 'lesson' };
  // The tutorial takes no move back: only the lesson's moves were played.
  if (e.command === 'undo' && state.tutorial) return { ...state, notice: 'tutorial.noUndo' };
  if (e.command === 'undo') {
    if (!canUndoLast(model, view.side, state.seats)) return { ...state, notice: 'status.noUndo' };
    return withFreshSelection({ ...state, model: undoLast(model), notice: 'status.undone' });
  }
  if (state.sel.confirm) return onConfirmKey(state, state.sel.confirm, e);
  const pending = currentPending(state, view);
  const result = selectionKey(normalize(state.sel, pending), pending, e);
  const next = { ...state, sel: result.sel };
  // The number of a card that cannot be chosen now: nothing is chosen, one line says why.
  if (result.refused) return { ...next, notice: whyNotChoosable(view.decision, currentState(model).cards[result.refused]) };
  if (!result.action) return next;
  // A move the lesson does not ask for is not played: the lesson says again what to do.
  if (state.tutorial && !tutorialAccepts(model.actions, result.action))
    return { ...next, sel: freshSelection(result.sel, pending), tutorial: { ...state.tutorial, hint: true } };
  // A move that loses on the spot is asked again, so a key pressed by habit never throws the game away.
  if (lossOf(view, currentState(model).cards, [result.action])) return { ...next, sel: { ...result.sel, confirm: result.action } };
  return apply(next, result.action);
}

/** A losing move waits: Enter again or y plays it, Esc or n backs out, any other key does nothing. */
function onConfirmKey(state: PlayState, action: Action, e: CommandEvent): PlayState {
  const sel = { ...state.sel, confirm: null };
  if (e.command === 'confirm' || e.command === 'yes') return apply({ ...state, sel }, action);
  if (e.command === 'back' || e.command === 'no') return { ...state, sel };
  return state;
}

export function playReducer(state: PlayState, event: PlayEvent): PlayState {
  if (state.exit) return state;
  if (event.type === 'botMove') {
    if (!state.model || state.model.actions.length !== event.at || actingSide(state) !== event.side) return state;
    return apply(state, event.action, { side: event.side, reason: event.reason });
  }
  const e = event.event;
  const cleared = state.notice ? { ...state, notice: null } : state;
  if (e.command === 'interrupt') return { ...state, exit: 'interrupt' };
  if (state.overlay) return onOverlayKey(cleared, state.overlay, e, event.pageRows, event.scrollLimit);
  if (state.pick) return onPickKey(cleared, state.pick, e);
  if (gameState(state)?.outcome) return e.command === 'help' ? { ...cleared, overlay: 'help' } : onEndKey(cleared, e);
  return onGameKey(cleared, e);
}
