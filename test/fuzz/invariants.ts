// What must hold in every state of every game, whatever was played: checked by the engine fuzzer.
// Each check returns a problem description, or null when the state is sound.
import type { CardId } from '../../src/decks/types.js';
import type { GameState, LogEntry, Side } from '../../src/engine/index.js';
import { SPACES, legalActions, rules, viewFor } from '../../src/engine/index.js';

const SIDES: readonly Side[] = ['us', 'china'];

export function trackProblems(s: GameState): string | null {
  for (const sp of SPACES) {
    const inf = s.influence[sp.id];
    if (!inf) return `no influence record for ${sp.id}`;
    for (const side of SIDES) {
      if (!Number.isInteger(inf[side]) || inf[side] < 0) return `${side} influence in ${sp.id} is ${inf[side]}`;
    }
  }
  const L = rules.LEADERSHIP_LIMIT;
  if (!(s.leadership >= -L && s.leadership <= L)) return `Leadership ${s.leadership} is off the track`;
  if (!(s.clock >= rules.CLOCK_MIN && s.clock <= rules.CLOCK_MAX)) return `the clock is at ${s.clock}`;
  for (const track of ['stack', 'lockIn'] as const) {
    if (!(s[track] >= 0 && s[track] <= rules.RACE_MAX)) return `${track} is at ${s[track]}`;
  }
  return null;
}

/** Every card of the catalogue is in exactly one place. */
export function cardPlaceProblems(s: GameState): string | null {
  const places: [string, readonly (CardId | null)[]][] = [
    ['us hand', s.hands.us],
    ['china hand', s.hands.china],
    ['deck', s.deck],
    ['discard', s.discard],
    ['removed', s.removed],
    ['box', s.box],
    ['us aside', s.aside.us],
    ['china aside', s.aside.china],
    ['headlines', [s.headline.us, s.headline.china]],
    ['in play', s.inPlay],
  ];
  const where = new Map<CardId, string>();
  for (const [place, ids] of places) {
    for (const id of ids) {
      if (id === null) continue;
      if (!(id in s.cards)) return `${place} holds '${id}', which is not a card of the game`;
      const before = where.get(id);
      if (before) return `'${id}' is both in ${before} and in ${place}`;
      where.set(id, place);
    }
  }
  for (const id of Object.keys(s.cards)) if (!where.has(id)) return `'${id}' is nowhere`;
  return null;
}

/** A game that is not over always offers a real choice (the engine answers forced ones itself). */
export function decisionProblems(s: GameState): string | null {
  if (s.outcome) return legalActions(s).length === 0 ? null : 'a finished game still has legal actions';
  if (!s.decision) return 'the game waits for nobody';
  const n = legalActions(s).length;
  if (n < 2) return `the '${s.decision.kind}' decision offers ${n} option(s)`;
  if (s.actionCount > rules.MAX_ACTIONS) return `the game passed ${rules.MAX_ACTIONS} actions`;
  return null;
}

/** Log entries that are public acts: the cards they name are shown to both sides at that moment. */
const PUBLIC_ACTS = new Set<LogEntry['type']>(['play', 'eventFires', 'eventBlocked', 'discard', 'cancel', 'headlineReveal']);

/**
 * Follows a game to know which cards have ever been seen by both sides. A view may name such a
 * card (history is public) but never a card that only its owner, or nobody, has seen.
 */
export class PublicKnowledge {
  private readonly seen = new Set<CardId>();
  private logLength = 0;
  /** Where the log entries not yet checked start (older ones were checked when they were new). */
  uncheckedLogFrom = 0;

  observe(s: GameState): void {
    this.uncheckedLogFrom = this.logLength;
    const visible = [s.discard, s.removed, s.inPlay, s.aside.us, s.aside.china];
    for (const ids of visible) for (const id of ids) this.seen.add(id);
    if (s.headlineRevealed) for (const id of [s.headline.us, s.headline.china]) if (id) this.seen.add(id);
    for (const e of s.log.slice(this.logLength)) {
      if (!PUBLIC_ACTS.has(e.type)) continue;
      for (const value of Object.values(e)) if (typeof value === 'string' && value in s.cards) this.seen.add(value);
    }
    this.logLength = s.log.length;
  }

  /** Cards `side` must not learn of: the opponent's hand and secret headline, the draw pile. */
  hiddenFrom(s: GameState, side: Side): Set<CardId> {
    const opp: Side = side === 'us' ? 'china' : 'us';
    const secret = [...s.hands[opp], ...s.deck];
    const headline = s.headline[opp];
    if (headline && !s.headlineRevealed) secret.push(headline);
    return new Set(secret.filter((id) => !this.seen.has(id)));
  }
}

/** Every string (keys too) anywhere in a JSON-like value, iteratively. */
function strings(value: unknown): Set<string> {
  const out = new Set<string>();
  const work: unknown[] = [value];
  while (work.length > 0) {
    const v = work.pop();
    if (typeof v === 'string') out.add(v);
    else if (Array.isArray(v)) work.push(...v);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        out.add(k);
        work.push(x);
      }
    }
  }
  return out;
}

export function viewProblems(s: GameState, knowledge: PublicKnowledge): string | null {
  for (const side of SIDES) {
    const view = viewFor(s, side) as unknown as Record<string, unknown>;
    for (const key of ['rng', 'deck', 'hands', 'cards']) if (key in view) return `the ${side} view has '${key}'`;
    if ('seed' in (view.setup as object)) return `the ${side} view has the seed`;
    // The log only grows: its older entries were checked when they were written.
    const { log, ...rest } = view;
    const named = strings([rest, (log as LogEntry[]).slice(knowledge.uncheckedLogFrom)]);
    for (const id of knowledge.hiddenFrom(s, side)) {
      if (named.has(id)) return `the ${side} view names '${id}', which it cannot have seen`;
    }
    const acting = s.decision?.side === side && !s.outcome;
    if ((view.legal as unknown[]).length > 0 !== acting) return `the ${side} view's legal actions do not match whose turn it is`;
  }
  return null;
}
