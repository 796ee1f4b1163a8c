// The play screen of a networked game: the game lives on a server, the screen holds only its
// seat's latest view. Keys move the same selection as at home; a chosen action is put in the
// outbox for the connection to send, and the screen waits for the server's next view (the only
// thing that moves the game). No hand-off screen (one seat per screen); undo asks the other player.
import type { CardDef, CardId, Persona, Side } from '../../decks/types.js';
import type { Action, Outcome, PlayerView } from '../../engine/index.js';
import { signed } from '../../i18n/game-words.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { CommandEvent } from '../keymap.js';
import { pendingChoices, whyNotChoosable, type Pending } from './choices.js';
import { lossOf } from './loss-warning.js';
import { freshSelection, NO_SELECTION, normalize, selectionKey, type Selection } from './selection.js';

/** Where the other seat stands, as the server says. */
export type SeatPresence = 'open' | 'present' | 'away';

/** Where a game stood when the teacher ended it (src/net Standing): no winner. */
export interface RemoteStanding {
  round: number;
  rounds: number;
  leadership: number;
  leader: Side | null;
}

/** Where a stopped game stood, in words: who leads on Leadership (its track's sign), or level. */
export function standingText(t: (key: MessageKey, params?: Record<string, string | number>) => string, standing: RemoteStanding): string {
  const lead = standing.leadership === 0 ? '0' : signed(standing.leadership);
  return standing.leader ? t('net.stopped.leads', { side: t(`side.${standing.leader}`), lead }) : t('net.stopped.level');
}

/** What the connection tells the screen (src/cli turns the protocol's messages into these). */
export type RemoteUpdate =
  /** `side` null: a spectator. */
  | { type: 'welcome'; side: Side | null; catalog: Record<CardId, CardDef>; personas: Record<Side, Persona> }
  /** A spectator's view has no hand: `hands` counts each (its `side` is only for drawing the board). */
  | { type: 'view'; view: PlayerView; opponent: SeatPresence; hands?: Record<Side, number> }
  /** The game is over (the last view shows the final board). */
  | { type: 'over'; outcome: Outcome }
  /** The teacher ended the game at the bell: no more moves; the board stays. */
  | { type: 'stopped'; standing: RemoteStanding }
  /** The teacher's new pairings give this player a seat in another game: this screen ends. */
  | { type: 'moved' }
  | { type: 'refused'; message: string }
  /** The other seat asks to take back its last move. */
  | { type: 'undoAsked'; by: Side }
  /** The other seat's answer to this seat's undo request. */
  | { type: 'undoAnswered'; accept: boolean }
  | { type: 'connection'; status: 'connecting' | 'connected' | 'reconnecting' | 'closed'; reason?: string };

export type RemoteOverlay = 'help' | 'log' | 'quit' | 'situation' | 'card';

export interface RemoteState {
  side: Side | null;
  /** Welcomed as a spectator: the public view, no choices. */
  spectator: boolean;
  /** A spectator's count of each hand. */
  hands: Record<Side, number> | null;
  catalog: Record<CardId, CardDef>;
  personas: Record<Side, Persona> | null;
  view: PlayerView | null;
  opponent: SeatPresence;
  connection: 'connecting' | 'connected' | 'reconnecting' | 'closed';
  /** Said by the server or the connection (a refused move, a lost server). */
  problem: string | null;
  sel: Selection;
  notice: MessageKey | null;
  overlay: RemoteOverlay | null;
  logScroll: number;
  /** The action waiting to be sent, and the view's action count it answers. */
  outbox: { action: Action; at: number } | null;
  /** An undo request or answer waiting to be sent. */
  undoOut: { kind: 'ask' } | { kind: 'answer'; accept: boolean } | null;
  /** The other seat asked to take back its move: y or n answers. */
  undoAsked: Side | null;
  /** This seat asked, and waits for the answer. */
  undoWaiting: boolean;
  /** Sent, not yet answered by a new view: keys do not choose again meanwhile. */
  sentAt: number | null;
  /** The game's end: the board stays on screen until the player leaves. */
  over: Outcome | null;
  /** Ended by the teacher: the board stays until the teacher's next pairing or the player leaves. */
  stopped: RemoteStanding | null;
  /** Sent to another game by the teacher's pairings. */
  moved: boolean;
  exit: boolean;
}

export type RemoteEvent =
  | { type: 'key'; event: CommandEvent; pageRows: number; scrollLimit: number }
  | { type: 'update'; update: RemoteUpdate }
  | { type: 'sent' }
  | { type: 'undoSent' };

export const INITIAL_REMOTE: RemoteState = {
  side: null,
  spectator: false,
  hands: null,
  catalog: {},
  personas: null,
  view: null,
  opponent: 'open',
  connection: 'connecting',
  problem: null,
  sel: NO_SELECTION,
  notice: null,
  overlay: null,
  logScroll: 0,
  outbox: null,
  undoOut: null,
  undoAsked: null,
  undoWaiting: false,
  sentAt: null,
  over: null,
  stopped: null,
  moved: false,
  exit: false,
};

/** What this seat may choose now: nothing while its last move is on the way, or the other seat has not joined. */
export function remotePending(state: RemoteState): Pending {
  const view = state.view;
  if (!view || state.spectator || state.stopped || state.sentAt !== null || state.opponent === 'open' || view.legal.length === 0) return { kind: 'none' };
  return pendingChoices(view);
}

function onUpdate(state: RemoteState, update: RemoteUpdate): RemoteState {
  switch (update.type) {
    case 'welcome':
      return { ...state, side: update.side, spectator: update.side === null, catalog: update.catalog, personas: update.personas, problem: null };
    case 'view': {
      const moved = state.view?.actionCount !== update.view.actionCount;
      // A new position: the last refusal is about an older one.
      const next = {
        ...state,
        view: update.view,
        opponent: update.opponent,
        hands: update.hands ?? null,
        sentAt: moved ? null : state.sentAt,
        problem: moved ? null : state.problem,
        ...(moved ? { undoAsked: null, undoWaiting: false } : {}),
      };
      return moved ? { ...next, sel: freshSelection(state.sel, remotePending(next)) } : next;
    }
    case 'over':
      return { ...state, over: update.outcome, sentAt: null };
    case 'stopped':
      return { ...state, stopped: update.standing, sentAt: null, undoAsked: null, undoWaiting: false, sel: { ...state.sel, confirm: null } };
    case 'moved':
      return { ...state, moved: true, exit: true };
    case 'refused':
      // A refused move (stale, or the other seat not there yet): choose again from the view shown.
      return { ...state, problem: update.message, sentAt: null, undoWaiting: false };
    case 'undoAsked':
      return { ...state, undoAsked: update.by };
    case 'undoAnswered':
      // Yes: the earlier view follows and moves the board back. No: the move stands.
      return { ...state, undoWaiting: false, notice: update.accept ? 'status.undone' : 'net.undoRefused' };
    case 'connection': {
      const next = { ...state, connection: update.status };
      // A move sent as the connection fell may be lost: the view after the rejoin says.
      // Closed after the end (the host left): the final board stays until the player leaves.
      if (update.status === 'connected') return { ...next, sentAt: null };
      if (update.status === 'closed') return { ...next, problem: update.reason ?? state.problem, exit: update.reason !== undefined || state.over === null };
      return next;
    }
    default: {
      const unhandled: never = update;
      throw new Error(`update not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}

function onOverlayKey(state: RemoteState, overlay: RemoteOverlay, e: CommandEvent, pageRows: number, scrollLimit: number): RemoteState {
  const close = { ...state, overlay: null };
  switch (overlay) {
    case 'quit':
      if (e.command === 'yes' || e.command === 'confirm') return { ...state, exit: true };
      return e.command === 'no' || e.command === 'back' || e.command === 'quit' ? close : state;
    case 'help':
      return e.command === 'help' || e.command === 'back' || e.command === 'confirm' ? close : state;
    case 'situation':
    case 'card':
      return e.command === overlay || e.command === 'back' || e.command === 'confirm' || e.command === 'quit' ? close : state;
    case 'log': {
      const by: Partial<Record<CommandEvent['command'], number>> = { up: 1, down: -1, pageUp: pageRows, pageDown: -pageRows, home: Infinity, end: -Infinity };
      const step = by[e.command];
      if (step !== undefined) return { ...state, logScroll: Math.max(0, Math.min(scrollLimit, state.logScroll + step)) };
      return e.command === 'log' || e.command === 'back' || e.command === 'confirm' ? close : state;
    }
    default: {
      const unhandled: never = overlay;
      throw new Error(`overlay not handled: ${String(unhandled)}`);
    }
  }
}

function send(state: RemoteState, action: Action): RemoteState {
  const at = state.view?.actionCount ?? 0;
  return { ...state, sel: { ...state.sel, confirm: null }, outbox: { action, at }, sentAt: at, problem: null };
}

function onGameKey(state: RemoteState, e: CommandEvent): RemoteState {
  if (e.command === 'help' || e.command === 'quit') return { ...state, overlay: e.command };
  if (e.command === 'log') return { ...state, overlay: 'log', logScroll: 0 };
  const view = state.view;
  if (!view) return state;
  if (e.command === 'situation' || e.command === 'card') return { ...state, overlay: e.command };
  if (state.over) return e.command === 'confirm' || e.command === 'back' ? { ...state, exit: true } : state;
  // Stopped by the teacher: the player stays for the next pairing (q still leaves).
  if (state.stopped) return state;
  if (state.undoAsked) {
    if (e.command === 'yes' || e.command === 'no') return { ...state, undoAsked: null, undoOut: { kind: 'answer', accept: e.command === 'yes' } };
    return state;
  }
  if (state.spectator) return state;
  if (e.command === 'undo') return state.undoWaiting ? state : { ...state, undoOut: { kind: 'ask' }, undoWaiting: true, problem: null };
  if (state.sel.confirm) {
    if (e.command === 'confirm' || e.command === 'yes') return send(state, state.sel.confirm);
    if (e.command === 'back' || e.command === 'no') return { ...state, sel: { ...state.sel, confirm: null } };
    return state;
  }
  const pending = remotePending(state);
  const result = selectionKey(normalize(state.sel, pending), pending, e);
  const next = { ...state, sel: result.sel };
  if (result.refused) return { ...next, notice: whyNotChoosable(view.decision, state.catalog[result.refused]) };
  if (!result.action) return next;
  // A move that loses on the spot is asked again, as at home.
  if (lossOf(view, state.catalog, [result.action])) return { ...next, sel: { ...result.sel, confirm: result.action } };
  return send(next, result.action);
}

export function remoteReducer(state: RemoteState, event: RemoteEvent): RemoteState {
  if (state.exit) return state;
  if (event.type === 'update') return onUpdate(state, event.update);
  if (event.type === 'sent') return { ...state, outbox: null };
  if (event.type === 'undoSent') return { ...state, undoOut: null };
  const e = event.event;
  const cleared = state.notice ? { ...state, notice: null } : state;
  if (e.command === 'interrupt') return { ...state, exit: true };
  if (state.overlay) return onOverlayKey(cleared, state.overlay, e, event.pageRows, event.scrollLimit);
  return onGameKey(cleared, e);
}
