// The network protocol's messages (PROTOCOL.md beside this file): versioned JSON objects, one a
// WebSocket text frame. What a client sends is checked here with zod before anything reads it;
// what the server sends is typed, and built only from viewFor (or the public view).
import { z } from 'zod';
import type { CardDef, CardId, Persona, Side } from '../decks/types.js';
import type { Action, GameState, Outcome, PlayerView, RecordedSetup } from '../engine/index.js';
import { rules } from '../engine/index.js';
import { actionSchema } from '../store/save-file.js';

export const NET_PROTOCOL_VERSION = 1;
/** The largest frame a server or client accepts (ws `maxPayload`): a view is about 30 KB. */
export const MAX_MESSAGE_BYTES = 1024 * 1024;
/** The WebSocket close code of a server whose game ended for good (the host left): no retry. */
export const CLOSE_ENDED = 4001;
/** The largest message a client may send: an action is a few dozen bytes. */
export const MAX_CLIENT_MESSAGE_BYTES = 16 * 1024;

/** What a seat is: a person at a screen, or a bot by name (recorded in the save file). */
const player = z.string().regex(/^[a-z][a-z0-9-]{0,19}$/);
const password = z.string().max(200);

export const clientMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    v: z.number(),
    type: z.literal('hello'),
    /** The invite code the host printed. */
    code: z.string().max(64),
    /** A seat's token, to come back to that seat after a drop. */
    token: z.string().max(128).optional(),
    /** `spectator`: the public view only, no seat. */
    role: z.enum(['player', 'spectator']).optional(),
    player: player.optional(),
    /** A `serve` lobby's password, when it has one. */
    password: password.optional(),
  }),
  z.strictObject({
    v: z.number(),
    type: z.literal('action'),
    action: actionSchema,
    /** The action count of the view the action was chosen from: a stale choice is refused. */
    at: z.int().min(0).optional(),
  }),
  z.strictObject({ v: z.number(), type: z.literal('ping') }),
  /** Asks to take back this seat's last move; the other seat must agree. */
  z.strictObject({ v: z.number(), type: z.literal('undo') }),
  /** The other seat's answer to an `undoAsked`. */
  z.strictObject({ v: z.number(), type: z.literal('undoAnswer'), accept: z.boolean() }),
  /** A `serve` lobby: the list of its games (`follow`: again after every change, for a dashboard). */
  z.strictObject({ v: z.number(), type: z.literal('list'), password: password.optional(), follow: z.boolean().optional() }),
  /** A `serve` lobby: a new game, answered with `created` and its code (then `hello` with it). */
  z.strictObject({ v: z.number(), type: z.literal('create'), password: password.optional(), rounds: z.int().min(1).max(rules.MAX_ROUNDS).optional() }),
  /** A `serve` lobby: the teacher (with the token `serve` printed) pauses or resumes every game,
   * ends every game being played (`end`: the bell), or pairs the connected students anew (`pair`). */
  z.strictObject({ v: z.number(), type: z.literal('teacher'), token: z.string().max(128), command: z.enum(['pause', 'resume', 'end', 'pair']) }),
]);

export type ClientMessage = z.infer<typeof clientMessageSchema>;

/** Where each seat stands: nobody yet, a connected player, or a player whose connection dropped. */
export type SeatPresence = 'open' | 'present' | 'away';

/** A spectator's view: a seat's view without the seat's hand, legal actions or secret headline. */
export type PublicView = Omit<PlayerView, 'side' | 'hand' | 'legal'> & { side: null; hand: []; legal: []; handCounts: Record<Side, number> };

export type ErrorCode =
  | 'badMessage'
  | 'tooLarge'
  | 'tooFast'
  | 'version'
  | 'badCode'
  | 'badToken'
  | 'full'
  | 'notSeated'
  | 'illegal'
  | 'stale'
  | 'noUndo'
  | 'over'
  /** A `serve` lobby with a password: missing or wrong (the connection is closed). */
  | 'password'
  /** `list` or `create` sent to a server that is not a lobby (`host`), or the lobby's game cap. */
  | 'noLobby'
  /** A move while the teacher has paused the lobby's games. */
  | 'paused'
  /** A teacher's command with a wrong token (the connection is closed). */
  | 'notTeacher'
  /** A move in a game the teacher ended at the bell. */
  | 'stopped';

/** Where a game stood when the teacher ended it: no winner (the game was not finished), the side
 * ahead on Leadership leads (none at 0). */
export interface Standing {
  round: number;
  rounds: number;
  leadership: number;
  leader: Side | null;
}

/** The teacher's command as the lobby answers it: how many games it ended or opened, or why not. */
export type TeacherAnswer =
  { command: 'end'; ended: number } | { command: 'pair'; round: number; games: number; students: number; refused?: 'running' | 'nobody' };

/** One game of a `serve` lobby, as its list and the teacher's dashboard show it: public facts only. */
export interface GameSummary {
  code: string;
  seats: Record<Side, SeatPresence>;
  /** 'human' or a bot's name, once the seat is taken. */
  players: Record<Side, string>;
  personas: Record<Side, Persona>;
  round: number;
  rounds: number;
  phase: GameState['phase'];
  leadership: number;
  clock: number;
  actionCount: number;
  /** The side to act, if any. */
  toAct: Side | null;
  outcome: Outcome | null;
  /** Ended by the teacher at the bell (not over by the rules): where it stood then. */
  stopped: Standing | null;
  /** A game of the teacher's new pairings: its number (1, 2, …) and the game each student came
   * from (null: a seat the server's own bot plays). Absent for a game players joined themselves. */
  pairing?: { round: number; from: Record<Side, string | null> };
  /** ISO time of the game's creation and of its last move (or creation). */
  createdAt: string;
  movedAt: string;
}

export type ServerMessage =
  | {
      v: number;
      type: 'welcome';
      /** The seat taken, or null for a spectator. */
      side: Side | null;
      /** Keep it: it takes this seat back after a drop. Never sent to anyone else. */
      token: string | null;
      code: string;
      catalog: Record<CardId, CardDef>;
      personas: Record<Side, Persona>;
    }
  | { v: number; type: 'view'; view: PlayerView | PublicView; seats: Record<Side, SeatPresence> }
  | { v: number; type: 'gameOver'; outcome: Outcome; setup: RecordedSetup; actions: Action[] }
  | { v: number; type: 'error'; code: ErrorCode; message: string }
  /** The other seat asks to take back its last move (at `at` actions): answer with `undoAnswer`. */
  | { v: number; type: 'undoAsked'; by: Side; at: number }
  /** The answer to this seat's own undo request. */
  | { v: number; type: 'undoAnswered'; accept: boolean }
  | { v: number; type: 'pong' }
  /** A lobby's games, oldest first (the answer to `list`, and again after each change when followed). */
  | { v: number; type: 'games'; games: GameSummary[]; paused?: boolean }
  /** The answer to `create`: the new game's code. */
  | { v: number; type: 'created'; code: string }
  /** The teacher ended this game at the bell: no more moves; the last view shows the board. */
  | { v: number; type: 'stopped'; standing: Standing }
  /** The teacher's new pairings put this seat in another game: `hello` there with this token. */
  | { v: number; type: 'moved'; code: string; token: string; side: Side; round: number }
  /** The answer to a teacher's `end` or `pair`. */
  | ({ v: number; type: 'teacherDone' } & TeacherAnswer);

export function serverMessage(message: ServerMessage): string {
  return JSON.stringify(message);
}

export type ParsedClientMessage = { ok: true; message: ClientMessage } | { ok: false; code: ErrorCode; message: string };

/** A client's text frame, read without trusting it: not JSON, not an object, an unknown type or a
 * field out of shape is an error to send back, never an exception. */
export function parseClientMessage(text: string): ParsedClientMessage {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, code: 'badMessage', message: 'the message is not JSON' };
  }
  if (typeof json === 'object' && json !== null && 'v' in json && json.v !== NET_PROTOCOL_VERSION) {
    return {
      ok: false,
      code: 'version',
      message: `this server speaks protocol version ${NET_PROTOCOL_VERSION}, the message says ${JSON.stringify(json.v)}: update silicon-curtain on one side`,
    };
  }
  const parsed = clientMessageSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return { ok: false, code: 'badMessage', message: `the message is not a protocol message${where}: ${issue?.message ?? 'unknown shape'}` };
  }
  return { ok: true, message: parsed.data };
}
