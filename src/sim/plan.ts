// What a simulation plays: how many games, which bots on which seat, which personas, and the
// seed every game is derived from. Game i depends only on the plan and i, so games can run in
// any order on any worker and still merge into the same report.
import { botSeed } from '../ai/seeding.js';
import type { CardDef } from '../decks/types.js';
import type { Persona, Side } from '../engine/index.js';
import { rules } from '../engine/index.js';

/** A persona for one seat, or `all` to cycle through both personas of that side. */
export type PersonaChoice = Persona | 'all';

export interface BotSpec {
  name: string;
  /** Thinking budget per decision, in milliseconds, for bots that search; null = the bot's default. */
  thinkMs: number | null;
}

export interface SimPlan {
  games: number;
  /** The run's seed: game i plays with `gameSeed(seed, i)`. */
  seed: number;
  rounds: number;
  bots: Record<Side, BotSpec>;
  personas: Record<Side, PersonaChoice>;
  /** The first player of round 1 in every game (`--first`); absent: chosen by the bots. */
  first?: Side;
  /** Starting Leadership of every game (`--handicap`); absent or 0: even. */
  handicap?: number;
  /** Command-line words that select the decks, echoed in the commands that reproduce a game. */
  deckArgs: string[];
  /** Ids of the decks whose cards the report's card tables list; absent or empty: every card. */
  cardsOf?: string[];
}

/** The cards a simulation plays with, and the decks they came from (ids and content hashes). */
export interface SimDeck {
  cards: CardDef[];
  decks: { id: string; hash: string }[];
  /** The id of the deck each card comes from, in the order of `cards` (absent: unknown). */
  deckOf?: string[];
  /** Ids of the decks added to the first one as expansions (`--deck` files over the base deck). */
  added?: string[];
}

export interface GameSpec {
  index: number;
  seed: number;
  personas: Record<Side, Persona>;
  botSeeds: Record<Side, number>;
}

/** An odd constant near 2³²/φ: consecutive games get seeds spread over the whole range, and
 * two runs with nearby seeds (1 and 2) share no games. Game 0 plays with the run's own seed,
 * so `--games 1 --seed X` replays the game whose seed is X. */
const SEED_STEP = 0x9e3779b1;

export function gameSeed(runSeed: number, index: number): number {
  return (runSeed + Math.imul(index, SEED_STEP)) >>> 0;
}

/** Both sides on `all`: game i plays US persona i mod 2 against China persona ⌊i/2⌋ mod 2, so
 * every block of four games covers the four matchups once. */
export function personasOf(plan: SimPlan, index: number): Record<Side, Persona> {
  const both = plan.personas.us === 'all' && plan.personas.china === 'all';
  const pick = (side: Side, step: number): Persona => {
    const choice = plan.personas[side];
    if (choice !== 'all') return choice;
    return rules.PERSONAS[side][Math.floor(index / step) % 2] as Persona;
  };
  return { us: pick('us', 1), china: pick('china', both ? 2 : 1) };
}

export function gameSpec(plan: SimPlan, index: number): GameSpec {
  const seed = gameSeed(plan.seed, index);
  return { index, seed, personas: personasOf(plan, index), botSeeds: { us: botSeed(seed, 'us'), china: botSeed(seed, 'china') } };
}

/** The command line that replays one game of the plan on its own. */
export function reproduceCommand(plan: SimPlan, spec: GameSpec): string {
  const words = [
    'silicon-curtain simulate --games 1',
    `--seed ${spec.seed}`,
    `--us ${plan.bots.us.name}`,
    `--china ${plan.bots.china.name}`,
    `--us-persona ${spec.personas.us}`,
    `--china-persona ${spec.personas.china}`,
    `--rounds ${plan.rounds}`,
    ...(plan.first ? [`--first ${plan.first}`] : []),
    ...(plan.handicap ? [`--handicap ${plan.handicap}`] : []),
  ];
  // One --think-ms serves both seats.
  const thinkMs = plan.bots.us.thinkMs ?? plan.bots.china.thinkMs;
  if (thinkMs !== null) words.push(`--think-ms ${thinkMs}`);
  return [...words, ...plan.deckArgs].join(' ');
}
