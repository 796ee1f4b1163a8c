// The game's data: setup, state, decisions, actions, log and outcome. All plain JSON,
// so a state serialises, freezes, hashes and diffs cleanly.
import type { CardDef, CardId, Duration, Effect, ModifierRule, Persona, RegionId, Side, SpaceFilter, SpaceId, Text } from '../decks/types.js';

export type { Side, Persona, CardId, SpaceId, RegionId };

export interface GameSetup {
  seed: number;
  personas: { us: Persona; china: Persona };
  /** Standard game: 3 rounds. */
  rounds?: number;
  /** Starting Leadership: positive favours the US, negative China (a handicap for the stronger player). */
  handicap?: number;
  /** The side that acts first in round 1, fixed before the game (a class sets it so every table
   * plays the same opening); without it the side behind on Leadership chooses, as in later rounds. */
  first?: Side;
  /** Every card in play, from every loaded deck, with the decks' ids and hashes. */
  cards: CardDef[];
  decks: { id: string; hash: string }[];
}

export type Phase = 'chooseFirst' | 'headline' | 'actions' | 'over';

export interface Influence {
  us: number;
  china: number;
}

export interface Modifier {
  /** The card whose event created it (cancelling that event removes it). */
  source: CardId;
  side: Side;
  duration: Duration;
  rule: ModifierRule;
  /** A `nextCard` Ops change waiting for an event play (`event`) or for any play (`any`);
   * absent, it waits for a card played for Ops. */
  next?: 'event' | 'any';
}

/** Cards one side saw (peek) or both sides saw (reveal), and when: log entries from `after` on
 * tell whether they are still where they were seen (engine/hidden.ts). */
export interface Glimpse {
  at: 'deck' | 'hand';
  cards: CardId[];
  /** The card whose event showed them. */
  source: CardId;
  after: number;
  /** For a reveal: whose hand. */
  side?: Side;
}

/** What each side did this round, for the pressure checks. */
export interface RoundStats {
  controlOps: number;
  influencePlaced: Record<RegionId, number>;
  stackAdvanced: number;
}

/** The context an event runs in. */
export interface EffectContext {
  /** The side the event works for. */
  self: Side;
  card: CardId;
  /** Inside forEach: the space being visited. */
  space?: SpaceId;
}

/** The engine's to-do list (a stack, top = last). Everything is data so a state can pause on a decision and resume. */
export type Task =
  | { t: 'effects'; list: Effect[]; i: number; ctx: EffectContext }
  | { t: 'ops'; side: Side; card: CardId; use: 'influence' | 'sanction' | 'lobby'; ops: number }
  | { t: 'event'; card: CardId; self: Side; phasing: Side }
  | { t: 'endPlay'; side: Side; card: CardId; kind: 'action' | 'headline' | 'leftover'; fired: boolean }
  | { t: 'hold'; side: Side }
  | { t: 'roundChecks' }
  | { t: 'nextRound' }
  /** The `eachRound` lasting rules for `at` run now (only pushed when one is in play). */
  | { t: 'roundTriggers'; at: 'roundStart' | 'roundEnd' }
  /** A new round's choice of first player, after its roundStart triggers. */
  | { t: 'askFirst' };

export type Decision =
  | { kind: 'chooseFirst'; side: Side }
  | { kind: 'headline'; side: Side }
  | { kind: 'play'; side: Side }
  | {
      kind: 'place';
      side: Side;
      /** Whose influence is placed (an event can make you place the other side's). */
      owner: Side;
      remaining: number;
      /** Ops placement costs 2 in an opponent-controlled space and needs adjacency; event placement costs 1 a point. */
      source: 'ops' | 'event';
      /** Spaces a point may go to, fixed when the decision starts. */
      eligible: SpaceId[];
      perSpace?: number;
      placed: Record<SpaceId, number>;
      card: CardId;
    }
  | {
      kind: 'remove';
      side: Side;
      owner: Side;
      remaining: number;
      eligible: SpaceId[];
      perSpace?: number;
      removed: Record<SpaceId, number>;
      card: CardId;
    }
  | { kind: 'sanction'; side: Side; ops: number; card: CardId; eligible: SpaceId[]; free: boolean }
  | { kind: 'lobby'; side: Side; remaining: number; card: CardId }
  | { kind: 'choose'; side: Side; card: CardId; labels: Text[]; options: Effect[][]; ctx: EffectContext }
  | { kind: 'discard'; side: Side; remaining: number; card: CardId }
  | { kind: 'retrieve'; side: Side; card: CardId; eligible: CardId[] }
  | { kind: 'hold'; side: Side };

export type OpsUseAction = 'influence' | 'sanction' | 'lobby' | 'race';

export type Action =
  | { type: 'chooseFirst'; first: Side }
  | { type: 'headline'; card: CardId }
  /** Play a card in an action round: for its event, or for Ops used one way. `eventFirst` is given
   * when the card is the opponent's and its event will fire: true fires it before your Ops. */
  | { type: 'play'; card: CardId; use: 'event' | OpsUseAction; eventFirst?: boolean }
  | { type: 'place'; space: SpaceId }
  | { type: 'remove'; space: SpaceId }
  | { type: 'sanction'; space: SpaceId }
  | { type: 'lobby'; space: SpaceId }
  | { type: 'choose'; option: number }
  | { type: 'discard'; card: CardId }
  | { type: 'retrieve'; card: CardId }
  | { type: 'hold'; card: CardId };

/** A line of the game log: structured, so every language can word it. */
export type LogEntry = { round: number } & (
  | { type: 'roundStart'; clock: number }
  /** `fixed`: set by the game's setup (`setup.first`), not chosen by `chosenBy`. */
  | { type: 'firstPlayer'; side: Side; chosenBy: Side; fixed?: true }
  | { type: 'headlineReveal'; us: CardId | null; china: CardId | null }
  | { type: 'play'; side: Side; card: CardId; use: 'event' | OpsUseAction | 'headline'; ops: number }
  | { type: 'eventFires'; side: Side; card: CardId; owner: Side }
  | { type: 'eventBlocked'; card: CardId }
  | { type: 'influence'; side: Side; owner: Side; space: SpaceId; delta: number }
  | { type: 'sanction'; side: Side; space: SpaceId; roll: number; modifier: number; result: number; removed: number; added: number }
  | { type: 'lobby'; side: Side; space: SpaceId; rollUs: number; rollChina: number; removed: number; loser: Side | null }
  /** Narration (log.ts NARRATION): the dice and bonuses behind the next 'lobby' line's totals. */
  | { type: 'lobbyDice'; space: SpaceId; dieUs: number; bonusUs: number; dieChina: number; bonusChina: number }
  | { type: 'track'; track: 'leadership' | 'clock' | 'stack' | 'lockIn'; from: number; to: number; reason: string }
  | { type: 'race'; side: Side; track: 'stack' | 'lockIn'; to: number }
  | { type: 'score'; region: RegionId; us: number; china: number; level: { us: string; china: string } }
  | { type: 'pressure'; side: Side; persona: Persona; met: boolean; needed: number; done: number; penalty: number }
  | { type: 'draw'; side: Side; count: number }
  | { type: 'discard'; side: Side; card: CardId }
  | { type: 'hold'; side: Side }
  | { type: 'flag'; flag: string; set: boolean }
  | { type: 'cancel'; card: CardId }
  | { type: 'roll'; side: Side; roll: number; modifier: number }
  | { type: 'pass'; side: Side }
  | { type: 'reshuffle'; count: number }
  /** `side` looked at `count` cards (which ones only it knows: GameState.seen). */
  | { type: 'peek'; side: Side; at: 'deck' | 'hand'; count: number }
  /** Cards of `side`'s hand shown to both sides by `card`'s event. */
  | { type: 'reveal'; side: Side; cards: CardId[]; card: CardId }
  /** `side` took `card` from `from`'s hand (both sides know which: the one who lost it, the one who got it). */
  | { type: 'take'; side: Side; from: Side; card: CardId; source: CardId }
  /** A bargaining chip, once played, passes face down to the other side. */
  | { type: 'bargainPasses'; card: CardId; from: Side; to: Side }
  | { type: 'gameOver'; winner: Side | null; reason: EndReason }
  /** Narration (log.ts NARRATION): final scoring begins; the 'score' lines after it are its own. */
  | { type: 'finalScoring' }
  /** Narration (log.ts NARRATION): a lasting rule starts or ends. */
  | { type: 'lasting'; change: 'starts' | 'ends'; card: CardId; side: Side; duration: Duration; rule: ModifierRule; next?: 'event' | 'any' }
  /** Narration: a lasting rule changed an Ops value, a cost or a roll by `amount`. */
  | {
      type: 'lastingActs';
      card: CardId;
      side: Side;
      on: 'ops' | 'influence' | 'sanction' | 'race' | 'roundStart' | 'roundEnd';
      amount: number;
      duration: Duration;
      rule: ModifierRule;
    }
);

export type EndReason = 'leadership' | 'suddenDeath' | 'dominance' | 'finalScoring';

export interface Outcome {
  winner: Side | null;
  reason: EndReason;
  leadership: number;
  round: number;
  /** For dominance: the region; for sudden death: the side that caused it. */
  region?: RegionId;
  loser?: Side;
}

/** The setup as a state records it: the cards themselves live in the catalogue. */
export type RecordedSetup = Omit<GameSetup, 'cards'>;

export interface GameState {
  rulesVersion: string;
  setup: RecordedSetup;
  /** The card catalogue (public and static; never part of a player's view). */
  cards: Record<CardId, CardDef>;
  rng: number;
  /** Counts randomness and reveals: undo may not cross a change of this number. */
  revealCount: number;
  round: number;
  rounds: number;
  phase: Phase;
  firstPlayer: Side;
  /** The side whose turn it is (it loses if its play takes the clock to 1). */
  phasing: Side;
  leadership: number;
  clock: number;
  stack: number;
  lockIn: number;
  /** The highest step each race track has reached: a step's reward is paid only once. */
  raceReached: Record<'stack' | 'lockIn', number>;
  influence: Record<SpaceId, Influence>;
  /** Cards not yet in play: eras still to come. */
  box: CardId[];
  /** The draw pile: its order is hidden. */
  deck: CardId[];
  discard: CardId[];
  removed: CardId[];
  hands: Record<Side, CardId[]>;
  /** Cards set aside until next round, when they join this side's hand: its signature card once
   * played, and a bargaining chip passed to it face down. */
  aside: Record<Side, CardId[]>;
  headline: Record<Side, CardId | null>;
  headlineRevealed: boolean;
  /** The card being played right now. */
  inPlay: CardId[];
  actionsTaken: Record<Side, number>;
  actionsPerRound: number;
  raceUsed: Record<Side, boolean>;
  stats: Record<Side, RoundStats>;
  modifiers: Modifier[];
  flags: string[];
  /** The flags in `flags` set for this round only: cleared when the next round starts. Absent
   * until a card sets one (older states and hashes stay the same). */
  roundFlags?: string[];
  /** What each side looked at (peek): private, each side's view holds only its own. Absent until
   * a card peeks (older states and hashes stay the same). */
  seen?: Record<Side, Glimpse[]>;
  /** Cards of a hand shown to both sides (reveal); absent until a card reveals. */
  revealed?: (Glimpse & { side: Side })[];
  eventsPlayed: CardId[];
  cancelled: CardId[];
  tasks: Task[];
  decision: Decision | null;
  log: LogEntry[];
  /** Leadership at the end of each round (round 0 = start), for the end-of-game chart. */
  leadershipHistory: number[];
  outcome: Outcome | null;
  actionCount: number;
}

export type { SpaceFilter };
