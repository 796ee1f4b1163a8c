// The words a deck file may use (sides, personas, regions, spaces, tracks) and the limits
// a deck must stay within. The schema, the cross-reference checks and the designer's guide
// all read them from here.
import type { CardSide, Duration, NextCardUse, OpsUse, Persona, RegionId, Side, SpaceId, TrackId, Who } from './types.js';

export const SIDES = ['us', 'china'] as const satisfies readonly Side[];
export const CARD_SIDES = ['us', 'china', 'neutral'] as const satisfies readonly CardSide[];
export const PERSONA_IDS = ['washington', 'nvidia', 'beijing', 'huawei'] as const satisfies readonly Persona[];
/** The side each persona plays (engine/rules.ts SIDE_OF says the same; test/decks/schema.test.ts checks it). */
export const PERSONA_SIDE: Readonly<Record<Persona, Side>> = { washington: 'us', nvidia: 'us', beijing: 'china', huawei: 'china' };
/** The board's regions (test/decks/schema.test.ts checks it matches REGIONS in engine/board.ts). */
export const REGION_IDS = ['chinaMarket', 'developers', 'globalSouth', 'supplyChain'] as const satisfies readonly RegionId[];
export const WHO = ['self', 'opponent', 'us', 'china'] as const satisfies readonly Who[];
export const TRACK_IDS = ['clock', 'stack', 'lockIn'] as const satisfies readonly TrackId[];
export const TRACKS_AND_LEADERSHIP = [...TRACK_IDS, 'leadership'] as const;
export const OPS_USES = ['influence', 'sanction', 'lobby', 'race'] as const satisfies readonly OpsUse[];
export const NEXT_CARD_USES = ['ops', 'event', 'any'] as const satisfies readonly NextCardUse[];
export const LASTING_DURATIONS = ['round', 'game'] as const satisfies readonly Exclude<Duration, 'nextCard'>[];
export const CARD_TAGS = ['control', 'market'] as const;
export const ERAS = [1, 2, 3] as const;

/**
 * The board's spaces a deck may name, in board order, with the region of each. The deck
 * layer owns these words (it sits below the engine); engine/board.ts lays out the same
 * spaces with their stability and links, and test/decks/schema.test.ts checks they agree.
 * A new space also needs its names (`space.ID` in the catalogues) and, for French sentences,
 * its grammar in i18n/place-grammar.ts (CONTRIBUTING.md, "A space or a region named in a sentence").
 */
export const SPACE_REGION: Readonly<Record<SpaceId, RegionId>> = {
  tencent: 'chinaMarket',
  bytedance: 'chinaMarket',
  alibaba: 'chinaMarket',
  stateCloud: 'chinaMarket',
  universities: 'chinaMarket',
  cudaDevs: 'developers',
  openFrameworks: 'developers',
  aiLabs: 'developers',
  startups: 'developers',
  saudi: 'globalSouth',
  uae: 'globalSouth',
  thailand: 'globalSouth',
  malaysia: 'globalSouth',
  brazil: 'globalSouth',
  foundries: 'supplyChain',
  hbm: 'supplyChain',
  rareEarths: 'supplyChain',
  edaTools: 'supplyChain',
};

/** Space ids, in board order. */
export const SPACE_IDS = Object.keys(SPACE_REGION) as [string, ...string[]];

/** Card, deck and flag ids: lowercase letters, digits and dashes. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Any name as an id candidate: accents dropped, camelCase split, lowercase words joined by '-'. */
export function slugOf(text: string, maxLength: number): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength);
}
/** Flags may use camelCase too (they are never shown to players). */
export const FLAG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** A real-world date: YYYY, YYYY-MM or YYYY-MM-DD. */
export const DATE_PATTERN = /^(1[89]\d\d|2\d\d\d)(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const LIMITS = {
  /** A deck file larger than this is refused before it is parsed. */
  fileBytes: 1024 * 1024,
  cardsPerDeck: 300,
  /** Every player-facing text (card text, history, source, labels). */
  textLength: 600,
  /** Card titles and deck names. */
  titleLength: 100,
  /** Citations in a card's `sources` list. */
  citationsPerCard: 12,
  idLength: 60,
  effectsPerList: 20,
  chooseOptions: 6,
  rollOutcomes: 12,
  repeatTimes: 10,
  /** Worst-case interpreter steps of one event, repeats multiplied out (src/decks/event-work.ts). */
  eventWork: 1000,
  /** Effects inside choose/if/repeat/forEach/roll: the top level of an event is depth 1. */
  effectDepth: 8,
  /** all/any/not inside one another: a plain condition is depth 1. */
  conditionDepth: 8,
  /** Nesting of YAML mappings and lists, checked before the schema sees the data. */
  yamlDepth: 64,
  /** Values the file may expand to once aliases are followed (alias bombs stop here). */
  yamlValues: 100_000,
  /** Lexical tokens of a file: a 300-card deck has about 50 000; hostile files a million. */
  yamlTokens: 200_000,
  /** Aliases (`*name`) a file may use. */
  yamlAliases: 200,
  /** Problems reported for one file before the rest are summed up in one line. */
  problemsPerFile: 100,
} as const;

/** Small numbers in effects and conditions stay in these ranges. */
export const RANGES = {
  amount: { min: -20, max: 20 },
  trackValue: { min: -20, max: 20 },
  cards: { min: 1, max: 6 },
  perSpace: { min: 1, max: 5 },
  opsDelta: { min: -3, max: 3 },
  sanctionOps: { min: 1, max: 4 },
  ruleAmount: { min: -4, max: 4 },
  rollFace: { min: -10, max: 20 },
  spaces: { min: 0, max: SPACE_IDS.length },
  /** A round number (rules.MAX_ROUNDS is 9). */
  round: { min: 1, max: 9 },
} as const;
