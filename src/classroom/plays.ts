// The moments of a game, read back from its log: each card played (who, how, whether its event
// fired, how far Leadership moved while it resolved) and the scorings between plays (the end
// of a round, final scoring). The debrief's timeline and turning points are built on this.
import type { CardId, Persona, RegionId, Side } from '../decks/types.js';
import type { LogEntry } from '../engine/index.js';
import type { Catalog } from './words.js';

export type PlayUse = Extract<LogEntry, { type: 'play' }>['use'];

interface MomentBase {
  /** Position in the game, from 0. */
  index: number;
  round: number;
  /** Leadership (signed, US positive) before and after the moment. */
  leadershipFrom: number;
  leadershipTo: number;
}

export interface PlayRecord extends MomentBase {
  kind: 'play';
  /** The side that played the card. */
  side: Side;
  card: CardId;
  use: PlayUse;
  ops: number;
  /** The side the card's event fired for, or null when it did not fire. */
  firedFor: Side | null;
}

/** Between plays: a round's end (held scoring cards, pressure checks) or final scoring. */
export interface ScoringMoment extends MomentBase {
  kind: 'roundEnd' | 'finalScoring';
  /** Regions scored by a scoring card left in a hand (round end only). */
  heldScoring: RegionId[];
  /** The pressure checks that moved Leadership, in the order they were made: one missed pays the
   * opponent, one met pays its persona (a check of nothing pays nothing, and is not listed). */
  pressure: { persona: Persona; met: boolean }[];
}

export type Moment = PlayRecord | ScoringMoment;

type PlayEntry = Extract<LogEntry, { type: 'play' }>;

/** Entries that close whatever was going on: what follows them belongs to a new moment. */
const CLOSERS: ReadonlySet<LogEntry['type']> = new Set(['roundStart', 'gameOver', 'hold', 'firstPlayer', 'pass']);

/**
 * Groups the log into moments. Headlines need care: both are logged as played at the reveal,
 * then their events resolve one after the other, so a headline's play begins when its event
 * fires (or is blocked). A scoring card still in hand at the end of a round is logged as a
 * discard, its holder's fine and its score; a leftover card firing at the hold belongs to the
 * end of the round too; final scoring is a run of scores outside any play.
 */
export function momentsFromLog(log: readonly LogEntry[], cards: Catalog, startLeadership: number): Moment[] {
  const moments: Moment[] = [];
  const pendingHeadlines: PlayEntry[] = [];
  let current: Moment | null = null;
  let leadership = startLeadership;

  const base = (round: number): MomentBase => ({ index: moments.length, round, leadershipFrom: leadership, leadershipTo: leadership });
  const beginPlay = (entry: PlayEntry): PlayRecord => {
    const play: PlayRecord = { ...base(entry.round), kind: 'play', side: entry.side, card: entry.card, use: entry.use, ops: entry.ops, firedFor: null };
    moments.push(play);
    return play;
  };
  const scoringMoment = (kind: ScoringMoment['kind'], round: number): ScoringMoment => {
    if (current?.kind === kind && current.round === round) return current;
    const moment: ScoringMoment = { ...base(round), kind, heldScoring: [], pressure: [] };
    moments.push(moment);
    current = moment;
    return moment;
  };

  log.forEach((entry, at) => {
    switch (entry.type) {
      case 'play':
        if (entry.use === 'headline') {
          pendingHeadlines.push(entry);
          current = null;
        } else current = beginPlay(entry);
        return;
      case 'eventFires':
      case 'eventBlocked': {
        const headline = pendingHeadlines.findIndex((h) => h.card === entry.card);
        if (headline >= 0) current = beginPlay(pendingHeadlines.splice(headline, 1)[0] as PlayEntry);
        // A leftover card firing at the hold belongs to the end of the round.
        else if (current === null) current = scoringMoment('roundEnd', entry.round);
        if (entry.type === 'eventFires' && current?.kind === 'play' && current.card === entry.card) current.firedFor = entry.owner;
        return;
      }
      case 'discard': {
        const next = log[at + 1];
        const region = cards[entry.card]?.scoring;
        if (region && next?.type === 'track' && next.reason === `heldScoring:${region}`) scoringMoment('roundEnd', entry.round).heldScoring.push(region);
        return;
      }
      case 'score': {
        const before = log[at - 1];
        const held = before?.type === 'track' && before.reason.startsWith('heldScoring:') && current?.kind === 'roundEnd';
        if (current?.kind !== 'play' && !held) scoringMoment('finalScoring', entry.round);
        return;
      }
      case 'pressure': {
        const moment = scoringMoment('roundEnd', entry.round);
        if (!entry.met || entry.needed > 0) moment.pressure.push({ persona: entry.persona, met: entry.met });
        return;
      }
      case 'track':
        if (entry.track !== 'leadership') return;
        leadership = entry.to;
        if (current) current.leadershipTo = entry.to;
        return;
      case 'roundStart':
      case 'firstPlayer':
      case 'headlineReveal':
      case 'influence':
      case 'sanction':
      case 'lobby':
      case 'race':
      case 'draw':
      case 'hold':
      case 'flag':
      case 'cancel':
      case 'roll':
      case 'pass':
      case 'reshuffle':
      case 'bargainPasses':
      case 'gameOver':
      case 'peek':
      case 'reveal':
      case 'take':
        if (CLOSERS.has(entry.type)) current = null;
        return;
      // Narration: the rules it tells of are already in the plays.
      case 'lasting':
      case 'lastingActs':
      case 'lobbyDice':
      case 'finalScoring':
        return;
      default: {
        const unhandled: never = entry;
        throw new Error(`log entry not handled: ${JSON.stringify(unhandled)}`);
      }
    }
  });
  // A headline whose event never resolved (the game ended first) was still played.
  for (const entry of pendingHeadlines) beginPlay(entry);
  return moments;
}

/** How far a moment moved Leadership, signed (positive toward the US). */
export function swing(moment: Moment): number {
  return moment.leadershipTo - moment.leadershipFrom;
}
