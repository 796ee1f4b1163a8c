// The engine fuzzer: many games of random legal actions over many seeds and setups, checking the
// invariants after every action, trying illegal actions along the way (refused with a reason,
// state unchanged), and replaying each game to check that the same actions give the same state.
import type { CardDef } from '../../src/decks/types.js';
import type { Action, GameSetup, GameState, Persona } from '../../src/engine/index.js';
import { IllegalActionError, SPACES, actionKey, applyAction, createGame, hashState, legalActions, whyIllegal } from '../../src/engine/index.js';
import { nextRandom } from '../../src/engine/rng.js';
import { PublicKnowledge, cardPlaceProblems, decisionProblems, trackProblems, viewProblems } from './invariants.js';

export interface EngineFuzzOptions {
  cards: CardDef[];
  decks: { id: string; hash: string }[];
  /** Stop once this many actions have been played in all. */
  actions: number;
  /** The first game's seed; the next games take the following ones. */
  seed?: number;
  /** Try illegal actions at one action in this many (default 5). */
  illegalEvery?: number;
}

export interface EngineFuzzReport {
  games: number;
  actions: number;
  illegalTried: number;
  finished: number;
  ms: number;
}

export class FuzzFailure extends Error {
  override readonly name = 'FuzzFailure';
}

const US: readonly Persona[] = ['washington', 'nvidia'];
const CHINA: readonly Persona[] = ['beijing', 'huawei'];

type Rng = { rng: number };
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(nextRandom(rng) * items.length)] as T;

/** Setups vary too: both personas of each side, every game length, handicaps. */
function setupFor(seed: number, options: EngineFuzzOptions): GameSetup {
  const rng = { rng: seed ^ 0x5bd1e995 };
  return {
    seed,
    personas: { us: pick(rng, US), china: pick(rng, CHINA) },
    rounds: nextRandom(rng) < 0.5 ? 3 : 1 + Math.floor(nextRandom(rng) * 9),
    handicap: nextRandom(rng) < 0.7 ? 0 : Math.floor(nextRandom(rng) * 11) - 5,
    cards: options.cards,
    decks: options.decks,
  };
}

/** Actions that look plausible but are not legal now: mutated legal ones, wrong cards and spaces, junk. */
function illegalCandidates(s: GameState, rng: Rng): Action[] {
  const legal = legalActions(s);
  const base = pick(rng, legal) as Record<string, unknown>;
  const cards = Object.keys(s.cards);
  const types = ['chooseFirst', 'headline', 'play', 'place', 'remove', 'sanction', 'lobby', 'choose', 'discard', 'retrieve', 'hold'];
  const raw: Record<string, unknown>[] = [
    { ...base, type: pick(rng, types) },
    { ...base, card: pick(rng, cards) },
    { ...base, card: 'no-such-card' },
    { ...base, space: pick(rng, SPACES).id },
    { ...base, space: 'atlantis' },
    { ...base, option: 99 },
    { ...base, eventFirst: nextRandom(rng) < 0.5 },
    { ...base, use: pick(rng, ['event', 'influence', 'sanction', 'lobby', 'race']) },
    { type: 'play', card: pick(rng, cards), use: 'event' },
    { type: 'bogus' },
    {},
  ];
  const legalKeys = new Set(legal.map(actionKey));
  return raw.filter((a) => !legalKeys.has(actionKey(a as unknown as Action))) as unknown as Action[];
}

function fail(seed: number, step: number, problem: string): never {
  throw new FuzzFailure(`seed ${seed}, action ${step}: ${problem}`);
}

function checkIllegal(s: GameState, rng: Rng, seed: number, step: number): number {
  const before = hashState(s);
  let tried = 0;
  for (const action of illegalCandidates(s, rng)) {
    tried++;
    const why = whyIllegal(s, action);
    if (!why) fail(seed, step, `${JSON.stringify(action)} is not among the legal actions yet whyIllegal accepts it`);
    try {
      applyAction(s, action);
      fail(seed, step, `${JSON.stringify(action)} was applied although illegal`);
    } catch (error) {
      if (error instanceof FuzzFailure) throw error;
      if (!(error instanceof IllegalActionError) || error.message.trim() === '') {
        fail(seed, step, `${JSON.stringify(action)} was refused with ${String(error)} instead of a reason`);
      }
    }
  }
  if (hashState(s) !== before) fail(seed, step, 'refusing illegal actions changed the state');
  return tried;
}

function checkState(s: GameState, knowledge: PublicKnowledge, seed: number, step: number): void {
  knowledge.observe(s);
  const problem = trackProblems(s) ?? cardPlaceProblems(s) ?? decisionProblems(s) ?? viewProblems(s, knowledge);
  if (problem) fail(seed, step, problem);
}

export function fuzzEngine(options: EngineFuzzOptions): EngineFuzzReport {
  const started = performance.now();
  const report: EngineFuzzReport = { games: 0, actions: 0, illegalTried: 0, finished: 0, ms: 0 };
  const illegalEvery = options.illegalEvery ?? 5;
  for (let seed = options.seed ?? 1; report.actions < options.actions; seed++) {
    const setup = setupFor(seed, options);
    const rng = { rng: seed * 2654435761 };
    const knowledge = new PublicKnowledge();
    let state = createGame(setup);
    const actions: Action[] = [];
    checkState(state, knowledge, seed, 0);
    while (!state.outcome && report.actions < options.actions) {
      if (nextRandom(rng) * illegalEvery < 1) report.illegalTried += checkIllegal(state, rng, seed, actions.length);
      const action = pick(rng, legalActions(state));
      state = applyAction(state, action);
      actions.push(action);
      report.actions++;
      checkState(state, knowledge, seed, actions.length);
    }
    if (state.outcome) {
      report.finished++;
      report.illegalTried += checkIllegal(state, rng, seed, actions.length);
    }
    // Same setup, same actions: the same game, to the last bit.
    const again = actions.reduce((s, a) => applyAction(s, a), createGame(setup));
    if (hashState(again) !== hashState(state)) fail(seed, actions.length, 'replaying the same actions gave another state');
    report.games++;
  }
  report.ms = performance.now() - started;
  return report;
}
