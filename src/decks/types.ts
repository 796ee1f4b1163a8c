// The deck model: what a deck file declares once it has been validated.
// These types are the contract between deck data (src/decks/schema.ts checks files
// against it) and the engine, which interprets effects. Plain JSON only: a deck is data
// and never code.

export type Side = 'us' | 'china';
export type CardSide = Side | 'neutral';
export type Persona = 'washington' | 'nvidia' | 'beijing' | 'huawei';
export type RegionId = 'chinaMarket' | 'developers' | 'globalSouth' | 'supplyChain';
export type SpaceId = string;
export type CardId = string;
export type Era = 1 | 2 | 3;

/** A text shown to players: plain English, or one string per language. */
export type Text = string | { en: string; fr?: string };

/** Who an effect speaks of. `self` is the side the event works for: the card's side,
 * or for a neutral card the side that played it. */
export type Who = 'self' | 'opponent' | 'us' | 'china';

export type TrackId = 'clock' | 'stack' | 'lockIn';

/** A number in an effect: a constant, or counted on the board when the effect runs. */
export type Value =
  | number
  | { count: SpaceFilter; times?: number; max?: number }
  | { track: TrackId | 'leadership'; max?: number }
  /** The cards `hand` holds when the effect runs (every player can see how many). */
  | { hand: Who; times?: number; max?: number };

/** Which spaces an effect may touch. Every field narrows the set; an empty filter is the whole board. */
export interface SpaceFilter {
  region?: RegionId | RegionId[];
  spaces?: SpaceId[];
  battleground?: boolean;
  controlledBy?: Who | 'nobody';
  notControlledBy?: Who;
  hasInfluence?: Who;
  /** Inside `forEach`: the space being visited. */
  current?: boolean;
}

export type Condition =
  | { trackAtLeast: { track: TrackId | 'leadership'; value: number; for?: Who } }
  | { trackAtMost: { track: TrackId | 'leadership'; value: number; for?: Who } }
  | { controls: { side: Who; space: SpaceId } }
  | { controlsAtLeast: { side: Who; count: number; filter?: SpaceFilter } }
  | { influenceAtLeast: { side: Who; space: SpaceId; amount: number } }
  | { flag: string }
  | { persona: { side: Who; is: Persona } }
  | { eventPlayed: CardId }
  | { actingSide: Side }
  /** The current round is in this range (both ends included). */
  | { round: { atLeast?: number; atMost?: number } }
  /** `true`: the current round is the game's last; `false`: it is not. */
  | { lastRound: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export type OpsUse = 'influence' | 'sanction' | 'lobby' | 'race';

/** A lasting rule change put in play by an event. */
export type ModifierRule =
  | { kind: 'opsBonus'; amount: number; uses?: OpsUse[] }
  | { kind: 'influenceCost'; region: RegionId; extra: number }
  | { kind: 'sanctionRoll'; amount: number; region?: RegionId }
  | { kind: 'noSanctions'; region?: RegionId }
  | { kind: 'noAdjacency'; region: RegionId }
  | { kind: 'raceCost'; amount: number }
  /** Runs `effects` for the side at the start or the end of every round while it lasts. */
  | { kind: 'eachRound'; at: 'roundStart' | 'roundEnd'; effects: Effect[] };

export type Duration = 'round' | 'game' | 'nextCard';

/** Which play uses up a `modifyNextCard`. */
export type NextCardUse = 'ops' | 'event' | 'any';

export type Effect =
  /** Leadership points: positive moves the track toward `side`. */
  | { op: 'vp'; side: Who; amount: Value }
  /** Move the Decoupling clock, the Stack or the Lock-in track (race steps still pay their rewards). */
  | { op: 'moveTrack'; track: TrackId; by: Value }
  /** `side`'s influence is added, one point at a time, in spaces `chooser` picks. */
  | { op: 'addInfluence'; side: Who; amount: Value; targets: SpaceFilter; perSpace?: number; chooser?: Who }
  | { op: 'removeInfluence'; side: Who; amount: Value; targets: SpaceFilter; perSpace?: number; chooser?: Who }
  /** Every point of `side`'s influence in the matching spaces is removed. */
  | { op: 'clearInfluence'; side: Who; targets: SpaceFilter }
  | { op: 'draw'; side: Who; count: number }
  | { op: 'discard'; side: Who; count: number; how: 'random' | 'chosen' }
  | { op: 'choose'; chooser: Who; options: { label: Text; effects: Effect[] }[] }
  | { op: 'if'; cond: Condition; then: Effect[]; else?: Effect[] }
  | { op: 'repeat'; times: number; effects: Effect[] }
  | { op: 'forEach'; spaces: SpaceFilter; effects: Effect[] }
  /** The next card `side` plays gets `opsDelta` (Ops stay between 1 and 4). `use` says which play
   * it waits for: `ops` (the default) the next card played for Ops, `event` the next card played
   * for its event, `any` the very next card, played either way. An event play spends no Ops: its
   * Ops count only where an event play's Ops count (the log, Washington's control Ops). */
  | { op: 'modifyNextCard'; side: Who; opsDelta: number; use?: NextCardUse }
  | { op: 'lasting'; side: Who; duration: Exclude<Duration, 'nextCard'>; rule: ModifierRule; label?: Text }
  /** `label`: the flag's name shown in play (the log, the situation panel), in each language.
   * `duration: round`: a flag set now is cleared at the end of the round (default `game`). */
  | { op: 'flag'; flag: string; set: boolean; label?: Text; duration?: 'round' | 'game' }
  /** The named card's event can no longer be played, and its lasting effects end. */
  | { op: 'cancelEvent'; card: CardId }
  /** A die roll (d6) plus `modifier`; the first matching outcome runs. */
  | { op: 'roll'; side?: Who; modifier?: Value; outcomes: { min: number; max: number; effects: Effect[] }[] }
  /** A sanction made by the event, with the given Ops, against a space the chooser picks. */
  | { op: 'sanction'; side: Who; ops: number; targets: SpaceFilter }
  /** Score a region now (scoring cards). */
  | { op: 'scoreRegion'; region: RegionId }
  /** Put a card from the discard pile back into `side`'s hand (the side chooses among matching cards;
   * `card`: only that card, when it is in the discard pile). */
  | { op: 'retrieve'; side: Who; card?: CardId; filter?: { side?: CardSide; minOps?: number } }
  /** `side` looks at cards only it sees: the top `count` cards of the draw pile (`at: deck`,
   * default 1), or `count` cards at random of the other side's hand (`at: hand`, default all). */
  | { op: 'peek'; side: Who; at: 'deck' | 'hand'; count?: number }
  /** `count` cards at random of `side`'s hand (default: all of them) become public. */
  | { op: 'reveal'; side: Who; count?: number }
  /** `side` takes `count` cards from the other side's hand into its own: at random, or the
   * ones with the most Ops (ties broken at random). Signature cards and chips are never taken. */
  | { op: 'take'; side: Who; count: number; how: 'random' | 'mostOps' };

/** One work a card cites: who published it, its title and date when it has them, a link
 * when one exists, and a note (the section cited, who reported it). Sources are not translated. */
export interface Citation {
  outlet: string;
  title?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  url?: string;
  /** The place cited (a section, a page) or who reported it; `{en, fr}` when the words need translating. */
  note?: Text;
}

export interface CardDef {
  id: CardId;
  title: Text;
  side: CardSide;
  ops: number;
  era: Era;
  text: Text;
  event: Effect[];
  /** Removed from the game once its event has fired. */
  removeAfterEvent?: boolean;
  /** A scoring card: Ops 0, cannot be held, scores this region when played. */
  scoring?: RegionId;
  /** A persona's signature card: starts in that persona's hand and comes back each round. */
  signature?: Persona;
  /** A bargaining chip: neutral, outside the hand size, never headlined or held. It starts in
   * the hand of rules.BARGAIN_STARTS_WITH; once played (event or Ops) it passes face down to
   * the other side, whose card it becomes at the start of the next round. */
  passes?: boolean;
  /** The event can only be played (or fire) while this holds. */
  requires?: Condition;
  /** Personas the card serves and hurts (shown to players; the event text does the work). */
  favours?: Persona[];
  hurts?: Persona[];
  /** Tags with a rules meaning: `control` counts the card's Ops for Washington's Hawks check. */
  tags?: ('control' | 'market')[];
  history: Text;
  /** ISO date of the real-world fact: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** Where the fact comes from, as one text (citations separated by "; "). A card gives
   * `source` or `sources`: `sources` is the structured form, one citation an item. */
  source?: string;
  sources?: Citation[];
  /** A discussion question for the debrief. */
  question?: Text;
}

export interface Deck {
  formatVersion: 1;
  id: string;
  name: Text;
  description?: Text;
  cards: CardDef[];
}

/** A deck as loaded: its cards plus a content hash that saves and reports record. */
export interface LoadedDeck extends Deck {
  hash: string;
  file?: string;
}
