// One simulated game: two bots, each seeing only its own view, fold actions until the game
// ends, throws or stalls. Whatever happens, the game comes back as a record with its seed.
import type { CardId, GameState, Side } from '../engine/index.js';
import { botContext } from '../ai/context.js';
import { applyActionInPlace, createGameInPlace, rules } from '../engine/index.js';
import type { BotMaker } from './bots.js';
import { DecisionCounter, digestDesign } from './design.js';
import type { GameSpec, SimDeck, SimPlan } from './plan.js';
import type { GameRecord } from './record.js';
import { digestLog, emptyBySide, emptyRoutes } from './record.js';
import { interned } from '../decks/interned.js';

/** Everything a worker needs to play any game of a plan: built once, used for every game. */
export interface Table {
  plan: SimPlan;
  deck: SimDeck;
  makeBot: BotMaker;
  /** Card id → its number in `deck.cards`. */
  cardNumber: ReadonlyMap<CardId, number>;
  /** Card numbers of signature cards: they start in hand, so "drawn" means nothing for them. */
  signature: ReadonlySet<number>;
  /** Actions after which a game counts as stalled. */
  stepCap: number;
}

export function setTable(plan: SimPlan, given: SimDeck, makeBot: BotMaker, stepCap: number = rules.MAX_ACTIONS): Table {
  // Each game compares and looks up the cards' texts many times: the runtime's own copies are faster.
  const deck: SimDeck = { ...given, cards: interned(given.cards) };
  const cardNumber = new Map(deck.cards.map((c, i) => [c.id, i] as const));
  const signature = new Set(deck.cards.flatMap((c, i) => (c.signature ? [i] : [])));
  return { plan, deck, makeBot, cardNumber, signature, stepCap };
}

/** Counts cards entering each hand, by comparing hands between the states the bots see. The
 * engine shares unchanged arrays between states, so an unchanged hand costs one comparison. */
class HandWatcher {
  readonly drawn = emptyBySide();
  private last: Record<Side, readonly CardId[]> = { us: [], china: [] };

  constructor(private readonly table: Table) {}

  observe(state: GameState): void {
    for (const side of ['us', 'china'] as const) {
      // The game is played in place: a hand is the same array before and after a draw.
      const hand = state.hands[side];
      const before = this.last[side];
      for (const id of hand) {
        if (before.includes(id)) continue;
        const n = this.table.cardNumber.get(id);
        if (n !== undefined && !this.table.signature.has(n)) this.drawn[side].push(n);
      }
      this.last[side] = [...hand];
    }
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  return message.split('\n')[0] ?? message;
}

export function playGame(table: Table, spec: GameSpec): GameRecord {
  const record: GameRecord = {
    index: spec.index,
    seed: spec.seed,
    personas: spec.personas,
    actions: 0,
    result: null,
    problem: null,
    firstPlayer: null,
    headlineFirst: null,
    tracks: [],
    drawn: emptyBySide(),
    event: emptyBySide(),
    ops: emptyBySide(),
    fired: emptyRoutes(),
    blocked: [],
    lastingActs: [],
    eventLeadership: [],
    design: null,
  };
  const hands = new HandWatcher(table);
  try {
    const { plan, deck } = table;
    // Played in place (no Immer copy per action): nothing keeps an earlier state, and the rules are the same.
    const state = createGameInPlace({
      seed: spec.seed,
      personas: spec.personas,
      rounds: plan.rounds,
      ...(plan.first ? { first: plan.first } : {}),
      ...(plan.handicap ? { handicap: plan.handicap } : {}),
      cards: deck.cards,
      decks: deck.decks,
    });
    const bots = {
      us: table.makeBot(plan.bots.us, spec.botSeeds.us),
      china: table.makeBot(plan.bots.china, spec.botSeeds.china),
    };
    const decisions = new DecisionCounter();
    hands.observe(state);
    while (!state.outcome) {
      const decision = state.decision;
      if (!decision) {
        record.problem = { kind: 'stalled', message: `no decision and no outcome in round ${state.round} (${state.phase})` };
        break;
      }
      if (record.actions >= table.stepCap) {
        record.problem = { kind: 'stalled', message: `hit the step cap of ${table.stepCap} actions in round ${state.round}` };
        break;
      }
      const side = decision.side;
      // Nobody reads the bots' reasons here: they may skip phrasing them (never the move).
      const { action } = bots[side].choose({ ...botContext(state, side), explain: false });
      applyActionInPlace(state, action);
      decisions.answered(decision);
      record.actions++;
      hands.observe(state);
    }
    if (state.outcome) {
      record.result = { winner: state.outcome.winner, reason: state.outcome.reason, round: state.outcome.round };
      Object.assign(record, digestLog(state, table.cardNumber));
      record.drawn = hands.drawn;
      record.design = digestDesign(state, table.cardNumber, decisions.counts);
    }
  } catch (error) {
    record.problem = { kind: 'error', message: describe(error) };
  }
  return record;
}
