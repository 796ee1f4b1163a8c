// One game held by the server: the only copy of the state. Seats are claimed with the invite
// code (the free one) or a seat token (to come back); every change goes out to every
// participant as its own view: a seat gets viewFor its side, a spectator the public view, so a
// hidden card never reaches a screen that may not show it. No sockets here: server.ts carries
// the messages, and tests drive a game without a network.
import type { Side } from '../decks/types.js';
import { applyAction, canUndo, createGame, legalActions, sameAction, viewFor } from '../engine/index.js';
import type { Action, GameSetup, GameState } from '../engine/index.js';
import type { ClientMessage, ErrorCode, SeatPresence, ServerMessage, Standing } from './messages.js';
import { NET_PROTOCOL_VERSION as V } from './messages.js';
import { publicView } from './public-view.js';
import { inviteCode, sameSecret, seatToken } from './tokens.js';

const SIDES: readonly Side[] = ['us', 'china'];

/** One connection's end, as the game sees it. */
export interface Participant {
  send(message: ServerMessage): void;
  /** Ends the connection (a seat taken back by a newer connection). */
  close?(): void;
}

export interface HostedGameOptions {
  setup: GameSetup;
  /** A game resumed from its save. */
  actions?: readonly Action[];
  /** Seats already taken (the host's own): claimed by token only, never by the invite code. */
  reserved?: readonly Side[];
  tokens?: Record<Side, string>;
  code?: string;
  /** Who took each seat, for a game resumed after a restart ('human' or a bot's name). */
  players?: Record<Side, string>;
  /** A seat taken with the invite code (a `serve` lobby keeps the seats to survive a restart). */
  onClaim?: (side: Side, player: string) => void;
  /** After every applied action: the autosave. */
  onChange?: (actions: readonly Action[], state: GameState, players: Record<Side, string>) => void;
  /** True while moves are held (a teacher paused the lobby): an action is refused as `paused`. */
  paused?: () => boolean;
  /** Whenever a seat's presence changes (a log line for the host). */
  onPresence?: (side: Side, presence: SeatPresence) => void;
  /** Ended by the teacher before a restart: it stays ended. */
  stopped?: boolean;
}

/** Where a game stands now, as the teacher's bell leaves it: Leadership says who leads. */
export function standingOf(state: GameState): Standing {
  const leader = state.leadership > 0 ? 'us' : state.leadership < 0 ? 'china' : null;
  return { round: state.round, rounds: state.rounds, leadership: state.leadership, leader };
}

export type Claim = { ok: true; side: Side | null } | { ok: false; code: ErrorCode; message: string };

export class HostedGame {
  readonly code: string;
  readonly tokens: Record<Side, string>;
  private state: GameState;
  private readonly actionList: Action[];
  private readonly claimed: Record<Side, boolean>;
  private readonly seated: Record<Side, Participant | null> = { us: null, china: null };
  private readonly players: Record<Side, string> = { us: 'human', china: 'human' };
  private readonly spectators = new Set<Participant>();
  /** The states after each action (the first: before any), to take a move back. */
  private readonly states: GameState[];
  /** A seat's request to take back its last move, waiting for the other seat's answer. */
  private undoAsk: { side: Side; at: number } | null = null;
  /** Ended by the teacher at the bell: no move is taken any more. */
  private stoppedNow: boolean;

  constructor(private readonly options: HostedGameOptions) {
    this.code = options.code ?? inviteCode();
    this.tokens = options.tokens ?? { us: seatToken(), china: seatToken() };
    let state = createGame(options.setup);
    this.states = [state];
    for (const action of options.actions ?? []) {
      state = applyAction(state, action);
      this.states.push(state);
    }
    this.state = state;
    this.actionList = [...(options.actions ?? [])];
    const reserved = options.reserved ?? [];
    this.claimed = { us: reserved.includes('us'), china: reserved.includes('china') };
    if (options.players) Object.assign(this.players, options.players);
    this.stoppedNow = options.stopped === true && !state.outcome;
  }

  /** Ended by the teacher (a game over by the rules is not "stopped"). */
  get stopped(): boolean {
    return this.stoppedNow;
  }

  /** Being played: not over by the rules, not ended by the teacher. */
  get running(): boolean {
    return !this.state.outcome && !this.stoppedNow;
  }

  /** The teacher's bell: no more moves; every screen is told where the game stood. */
  stop(): void {
    if (!this.running) return;
    this.stoppedNow = true;
    this.undoAsk = null;
    this.broadcast();
  }

  /** The connection at a seat now, if any (the teacher's pairings move it to a new game). */
  seatedAt(side: Side): Participant | null {
    return this.seated[side];
  }

  /** A seat's connection is sent elsewhere (`message`: its new game); the seat waits, empty. */
  sendAway(side: Side, message: ServerMessage): void {
    const participant = this.seated[side];
    if (!participant) return;
    participant.send(message);
    this.seated[side] = null;
    this.options.onPresence?.(side, 'away');
    this.broadcast();
  }

  /** Who took each seat ('human' or a bot's name; 'human' for a seat still open). */
  get seatPlayers(): Record<Side, string> {
    return { ...this.players };
  }

  /** The seats taken so far (claimed by token only from now on). */
  get claimedSides(): Side[] {
    return SIDES.filter((s) => this.claimed[s]);
  }

  get current(): GameState {
    return this.state;
  }

  get actions(): readonly Action[] {
    return this.actionList;
  }

  presence(side: Side): SeatPresence {
    return this.seated[side] ? 'present' : this.claimed[side] ? 'away' : 'open';
  }

  /** A `hello`: the free seat for the invite code, a seat back for its token, or a spectator. */
  join(hello: Extract<ClientMessage, { type: 'hello' }>, participant: Participant): Claim {
    if (!sameSecret(hello.code.toUpperCase(), this.code)) {
      return { ok: false, code: 'badCode', message: "this invite code is not the game's: check the join line the host printed" };
    }
    if (hello.role === 'spectator') {
      this.spectators.add(participant);
      this.welcome(participant, null);
      return { ok: true, side: null };
    }
    let side: Side | undefined;
    if (hello.token !== undefined) {
      side = SIDES.find((s) => this.claimed[s] && sameSecret(hello.token ?? '', this.tokens[s]));
      if (!side) return { ok: false, code: 'badToken', message: 'this seat token belongs to no seat of this game' };
      // The seat's old connection, if still open, is a ghost (a closed laptop): the newer one wins.
      const ghost = this.seated[side];
      if (ghost && ghost !== participant) {
        ghost.send({ v: V, type: 'error', code: 'badToken', message: 'this seat was taken back by a newer connection with its token' });
        ghost.close?.();
      }
    } else {
      side = SIDES.find((s) => !this.claimed[s]);
      if (!side) return { ok: false, code: 'full', message: 'both seats of this game are taken; to come back to yours, join with its token' };
      this.claimed[side] = true;
      if (hello.player) this.players[side] = hello.player;
      this.options.onClaim?.(side, this.players[side]);
    }
    this.seated[side] = participant;
    this.welcome(participant, side);
    this.options.onPresence?.(side, 'present');
    this.broadcast();
    return { ok: true, side };
  }

  /** A connection closed: its seat waits for it to come back with the token. */
  leave(participant: Participant): void {
    this.spectators.delete(participant);
    for (const side of SIDES) {
      if (this.seated[side] !== participant) continue;
      this.seated[side] = null;
      this.options.onPresence?.(side, 'away');
      this.broadcast();
    }
  }

  sideOf(participant: Participant): Side | null {
    return SIDES.find((s) => this.seated[s] === participant) ?? null;
  }

  /** An action from a seat: the engine's legal actions decide; a refusal changes nothing. */
  act(participant: Participant, action: Action, at?: number): { ok: true } | { ok: false; code: ErrorCode; message: string } {
    const side = this.sideOf(participant);
    if (!side) return { ok: false, code: 'notSeated', message: 'join a seat (hello) before sending actions' };
    const state = this.state;
    if (state.outcome) return { ok: false, code: 'over', message: 'the game is over' };
    if (this.stoppedNow) return { ok: false, code: 'stopped', message: 'the teacher ended this game at the bell' };
    if (this.options.paused?.()) return { ok: false, code: 'paused', message: 'the teacher has paused the games: wait, then play again' };
    if (at !== undefined && at !== state.actionCount) {
      return { ok: false, code: 'stale', message: `that action answers move ${at}, the game is at move ${state.actionCount}: choose again from the new view` };
    }
    if (state.decision?.side !== side) return { ok: false, code: 'illegal', message: 'it is not your turn to act' };
    const legal = legalActions(state).find((a) => sameAction(a, action));
    if (!legal) return { ok: false, code: 'illegal', message: `the rules do not allow ${JSON.stringify(action)} now` };
    this.state = applyAction(state, legal);
    this.states.push(this.state);
    this.actionList.push(legal);
    this.undoAsk = null;
    this.options.onChange?.(this.actionList, this.state, { ...this.players });
    this.broadcast();
    return { ok: true };
  }

  /** A seat asks to take back its last move: allowed as at home (its own move, nothing revealed
   * since, still its turn), and only if the other seat, present, agrees. */
  askUndo(participant: Participant): { ok: true } | { ok: false; code: ErrorCode; message: string } {
    const side = this.sideOf(participant);
    if (!side) return { ok: false, code: 'notSeated', message: 'join a seat (hello) before asking to undo' };
    const n = this.actionList.length;
    const before = this.states[n - 1];
    if (this.state.outcome || this.stoppedNow || !before || before.decision?.side !== side || !canUndo(before, this.state)) {
      return { ok: false, code: 'noUndo', message: 'nothing to undo: something new was revealed, or it is not your move' };
    }
    const other = side === 'us' ? 'china' : 'us';
    const asked = this.seated[other];
    if (!asked) return { ok: false, code: 'noUndo', message: 'the other player is not connected to agree to an undo' };
    this.undoAsk = { side, at: n };
    asked.send({ v: V, type: 'undoAsked', by: side, at: n });
    return { ok: true };
  }

  /** The other seat's answer: yes takes the move back (everyone gets the earlier view). */
  answerUndo(participant: Participant, accept: boolean): { ok: true } | { ok: false; code: ErrorCode; message: string } {
    const side = this.sideOf(participant);
    const ask = this.undoAsk;
    if (!side || !ask || ask.side === side || ask.at !== this.actionList.length) {
      return { ok: false, code: 'noUndo', message: 'there is no undo request to answer' };
    }
    this.undoAsk = null;
    this.seated[ask.side]?.send({ v: V, type: 'undoAnswered', accept });
    if (!accept) return { ok: true };
    this.actionList.pop();
    this.states.pop();
    this.state = this.states[this.states.length - 1] as GameState;
    this.options.onChange?.(this.actionList, this.state, { ...this.players });
    this.broadcast();
    return { ok: true };
  }

  /** Sends every connection its view again (the teacher resumed the games: choose now). */
  refresh(): void {
    this.broadcast();
  }

  private seats(): Record<Side, SeatPresence> {
    return { us: this.presence('us'), china: this.presence('china') };
  }

  private welcome(participant: Participant, side: Side | null): void {
    const { personas } = this.state.setup;
    const catalog = this.state.cards;
    participant.send({ v: V, type: 'welcome', side, token: side ? this.tokens[side] : null, code: this.code, catalog, personas });
    this.sendView(participant, side);
    // A question asked while this seat was away is asked again.
    const ask = this.undoAsk;
    if (ask && side && side !== ask.side) participant.send({ v: V, type: 'undoAsked', by: ask.side, at: ask.at });
  }

  private sendView(participant: Participant, side: Side | null): void {
    const view = side ? viewFor(this.state, side) : publicView(this.state);
    participant.send({ v: V, type: 'view', view, seats: this.seats() });
    const outcome = this.state.outcome;
    if (outcome) {
      // The game is over: nothing is secret any more, and the whole record lets the client show
      // the debrief and keep its own save.
      participant.send({ v: V, type: 'gameOver', outcome, setup: this.state.setup, actions: [...this.actionList] });
    } else if (this.stoppedNow) {
      // Ended by the teacher: the hands stay secret (the game may be resumed from its save), so
      // unlike gameOver no record of the moves goes out.
      participant.send({ v: V, type: 'stopped', standing: standingOf(this.state) });
    }
  }

  private broadcast(): void {
    for (const side of SIDES) {
      const participant = this.seated[side];
      if (participant) this.sendView(participant, side);
    }
    for (const spectator of this.spectators) this.sendView(spectator, null);
  }
}
