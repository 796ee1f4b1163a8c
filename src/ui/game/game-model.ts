// The game as the screen holds it: the setup, every action so far, the state after each one
// (the undo history, cheap thanks to Immer's structural sharing) and the bots' reasons.
// Plain functions, so the rules of undo and of the bots' notes are tested without React.
import type { Side } from '../../decks/types.js';
import { applyAction, canUndo, createGame } from '../../engine/index.js';
import type { Action, GameSetup, GameState } from '../../engine/index.js';
import type { Seats } from './seats.js';

/** A bot's one-line reason, shown with the log line of what it did. */
export interface BotNote {
  side: Side;
  reason: string;
  /** For a card (headline, play): the note waits for the card's own log line (a headline is secret until revealed). */
  card?: string;
}

export interface GameModel {
  setup: GameSetup;
  actions: Action[];
  /** states[i] is the state after i actions; states[0] is the new game. */
  states: GameState[];
  /** Log index → reason, for the log line that a bot's action produced. */
  notes: Record<number, string>;
  /** Notes whose log line has not appeared yet (a secret headline). */
  waiting: BotNote[];
}

export function startModel(setup: GameSetup, actions: readonly Action[] = []): GameModel {
  let state = createGame(setup);
  const states = [state];
  for (const action of actions) {
    state = applyAction(state, action);
    states.push(state);
  }
  return { setup, actions: [...actions], states, notes: {}, waiting: [] };
}

export function currentState(model: GameModel): GameState {
  return model.states[model.states.length - 1] as GameState;
}

/** Where a note belongs in the log: the card's own play line, or the first line the action wrote. */
function placeNotes(model: GameModel, next: GameState, from: number, fresh: BotNote | undefined): Pick<GameModel, 'notes' | 'waiting'> {
  const notes = { ...model.notes };
  const waiting: BotNote[] = [];
  for (const note of [...model.waiting, ...(fresh ? [fresh] : [])]) {
    let at = -1;
    for (let i = from; i < next.log.length && at < 0; i++) {
      const entry = next.log[i];
      if (!entry) continue;
      if (note.card === undefined) at = i;
      else if (entry.type === 'play' && entry.side === note.side && entry.card === note.card) at = i;
    }
    if (at >= 0) notes[at] = note.reason;
    else if (note.card !== undefined) waiting.push(note);
  }
  return { notes, waiting };
}

export function applyToModel(model: GameModel, action: Action, note?: Omit<BotNote, 'card'>): GameModel {
  const before = currentState(model);
  const next = applyAction(before, action);
  const card = action.type === 'play' || action.type === 'headline' ? action.card : undefined;
  const fresh = note ? { ...note, ...(card !== undefined ? { card } : {}) } : undefined;
  return {
    ...model,
    actions: [...model.actions, action],
    states: [...model.states, next],
    ...placeNotes(model, next, before.log.length, fresh),
  };
}

/** Whether the last action may be taken back by `side`: its own move, nothing revealed since,
 * and still its turn (so hot-seat undo never crosses a change of seat). */
export function canUndoLast(model: GameModel, side: Side, seats: Seats): boolean {
  const n = model.actions.length;
  if (n === 0 || seats[side] !== 'human') return false;
  const before = model.states[n - 1] as GameState;
  const after = model.states[n] as GameState;
  return before.decision?.side === side && canUndo(before, after);
}

export function undoLast(model: GameModel): GameModel {
  if (model.actions.length === 0) return model;
  const states = model.states.slice(0, -1);
  const logLength = (states[states.length - 1] as GameState).log.length;
  const notes = Object.fromEntries(Object.entries(model.notes).filter(([at]) => Number(at) < logLength));
  return { ...model, actions: model.actions.slice(0, -1), states, notes };
}
