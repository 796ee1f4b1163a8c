// What one simulated game leaves behind: a small record, plain data, cheap to send from a worker
// thread. Cards are numbered by their position in the simulation's card list.
import type { EndReason, GameState, Persona, Side } from '../engine/index.js';
import { rules } from '../engine/index.js';
import type { GameDesign } from './design.js';

export interface GameResult {
  winner: Side | null;
  reason: EndReason;
  /** The round the game ended in. */
  round: number;
}

/** A game that did not end by the rules: it threw, or it stalled (no decision and no outcome,
 * or the step cap: `rules.MAX_ACTIONS` actions unless a run sets another). */
export interface GameProblem {
  kind: 'error' | 'stalled';
  message: string;
}

/** Card numbers by side: one entry per occurrence. */
export type CardsBySide = Record<Side, number[]>;

export interface GameRecord {
  index: number;
  seed: number;
  personas: Record<Side, Persona>;
  /** Actions the bots chose (answers the engine gave by itself are not counted). */
  actions: number;
  result: GameResult | null;
  problem: GameProblem | null;
  /** Who acted first in round 1. */
  firstPlayer: Side | null;
  /** Whose round-1 headline resolved first, when both sides headlined. */
  headlineFirst: Side | null;
  /** [Leadership, clock, Stack, Lock-in] at the start (index 0) and at the end of every round reached. */
  tracks: number[][];
  /** Each time a card entered a side's hand (signature cards excluded). */
  drawn: CardsBySide;
  /** Each play for the event: an action-round play for the event, or a headline. */
  event: CardsBySide;
  /** Each play for Ops: influence, sanction, lobby or race. */
  ops: CardsBySide;
  /** Each time an event fired, by how its card came into play (see FIRE_ROUTES). */
  fired: Record<FireRoute, number[]>;
  /** Each time a card's event did not fire because its `requires` did not hold (not a cancelled event). */
  blocked: number[];
  /** Each time a lasting rule changed an Ops value, a cost or a roll, or ran its per-round
   * effects, by the card that set it. */
  lastingActs: number[];
  /** Each Leadership move made by a card's effects: [card number, points toward the side the
   * event worked for] (a per-round rule's effects count for its card). */
  eventLeadership: [number, number][];
  /** The design figures' digest of a finished game (see design.ts); null when it did not finish. */
  design: GameDesign | null;
}

/** How an event came to fire: the card played for its event, as a headline, by the opponent's
 * Ops play (a card of the other side played for Ops fires for its owner), left in the opponent's
 * hand at the end of the round (discarded, it fires for its owner), or another way. */
export const FIRE_ROUTES = ['event', 'headline', 'opponentOps', 'roundEnd', 'other'] as const;
export type FireRoute = (typeof FIRE_ROUTES)[number];

export function emptyRoutes(): Record<FireRoute, number[]> {
  return { event: [], headline: [], opponentOps: [], roundEnd: [], other: [] };
}

export const TRACKS = ['leadership', 'clock', 'stack', 'lockIn'] as const;
export type TrackName = (typeof TRACKS)[number];

const TRACK_AT: Record<TrackName, number> = { leadership: 0, clock: 1, stack: 2, lockIn: 3 };

export function emptyBySide(): CardsBySide {
  return { us: [], china: [] };
}

/** Reads the finished game's log: who went first, headline order, plays and the tracks by round. */
export function digestLog(
  state: GameState,
  cardNumber: ReadonlyMap<string, number>,
): Pick<GameRecord, 'firstPlayer' | 'headlineFirst' | 'tracks' | 'event' | 'ops' | 'fired' | 'blocked' | 'lastingActs' | 'eventLeadership'> {
  const fired = emptyRoutes();
  const blocked: number[] = [];
  const lastingActs: number[] = [];
  const eventLeadership: [number, number][] = [];
  // The side each card's effects last worked for: its event's owner, or its per-round rule's side.
  const workedFor = new Map<string, Side>();
  // How each card now in play was played, until its event fires or is blocked.
  const playedAs = new Map<string, Extract<GameState['log'][number], { type: 'play' }>['use']>();
  const cancelled = new Set<string>();
  // After the end-of-round holds, the cards left in hand are discarded and fire for their owner.
  let roundEnd = false;
  let firstPlayer: Side | null = null;
  let headlineFirst: Side | null = null;
  let bothHeadlined = false;
  const event = emptyBySide();
  const ops = emptyBySide();
  const values = [state.leadershipHistory[0] ?? 0, rules.CLOCK_START, 0, 0];
  const tracks: number[][] = [values.slice()];
  let round = 1;
  for (const entry of state.log) {
    // The clock's recovery is logged in the new round: a round's values are those after its last entry.
    while (entry.round > round) {
      tracks.push(values.slice());
      round++;
    }
    switch (entry.type) {
      case 'track': {
        values[TRACK_AT[entry.track]] = entry.to;
        if (entry.track !== 'leadership' || !entry.reason.startsWith('event:')) break;
        const id = entry.reason.slice('event:'.length);
        const n = cardNumber.get(id);
        const side = workedFor.get(id);
        if (n !== undefined && side !== undefined) eventLeadership.push([n, (entry.to - entry.from) * (side === 'us' ? 1 : -1)]);
        break;
      }
      case 'firstPlayer':
        if (entry.round === 1 && firstPlayer === null) firstPlayer = entry.side;
        break;
      case 'headlineReveal':
        if (entry.round === 1) bothHeadlined = entry.us !== null && entry.china !== null;
        break;
      case 'play': {
        const n = cardNumber.get(entry.card);
        if (n === undefined) break;
        if (entry.use === 'event' || entry.use === 'headline') event[entry.side].push(n);
        else ops[entry.side].push(n);
        playedAs.set(entry.card, entry.use);
        roundEnd = false;
        // The log lists headlines in the order they resolve.
        if (entry.use === 'headline' && entry.round === 1 && bothHeadlined && headlineFirst === null) headlineFirst = entry.side;
        break;
      }
      case 'eventFires':
      case 'eventBlocked': {
        const use = playedAs.get(entry.card);
        playedAs.delete(entry.card);
        const n = cardNumber.get(entry.card);
        if (n === undefined) break;
        if (entry.type === 'eventBlocked') {
          // A cancelled event is blocked too; only a requirement that failed counts here.
          if (!cancelled.has(entry.card)) blocked.push(n);
          break;
        }
        fired[use === undefined ? (roundEnd ? 'roundEnd' : 'other') : use === 'headline' ? 'headline' : use === 'event' ? 'event' : 'opponentOps'].push(n);
        workedFor.set(entry.card, entry.owner);
        break;
      }
      case 'cancel':
        cancelled.add(entry.card);
        break;
      case 'hold':
        roundEnd = true;
        break;
      case 'roundStart':
        roundEnd = false;
        break;
      case 'lastingActs': {
        const n = cardNumber.get(entry.card);
        if (n !== undefined) lastingActs.push(n);
        if (entry.on === 'roundStart' || entry.on === 'roundEnd') workedFor.set(entry.card, entry.side);
        break;
      }
      // Nothing else feeds the game record; listed so a new entry type is a decision here too.
      case 'influence':
      case 'sanction':
      case 'lobby':
      case 'race':
      case 'score':
      case 'pressure':
      case 'draw':
      case 'discard':
      case 'flag':
      case 'roll':
      case 'pass':
      case 'reshuffle':
      case 'bargainPasses':
      case 'gameOver':
      case 'peek':
      case 'reveal':
      case 'take':
      case 'lasting':
      case 'lobbyDice':
      case 'finalScoring':
        break;
      default: {
        const unhandled: never = entry;
        throw new Error(`log entry not handled: ${JSON.stringify(unhandled)}`);
      }
    }
  }
  tracks.push(values.slice());
  return { firstPlayer, headlineFirst, tracks, event, ops, fired, blocked, lastingActs, eventLeadership };
}
