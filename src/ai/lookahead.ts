// Trying a move on a determinized position: play it on a private copy, let the quick
// policy finish what it starts (placements, targets, the opponent's answers to its event),
// and score where it lands. The heuristic bots rank their options this way, and the
// normal bot also lets the opponent answer once.
import type { Side } from '../decks/types.js';
import { actionKey, applyActionInPlace, effectiveOps, hasChoice, legalActions, rules } from '../engine/index.js';
import type { Action, GameState } from '../engine/index.js';
import { evaluate } from './evaluate.js';
import type { Weights } from './evaluate.js';
import { lastPlayOutReadBoardOnly, playOut, quickPlayValues, untilActions, untilMacro } from './policy.js';
import { forkState } from './search-state.js';

export interface Tried {
  action: Action;
  /** Value for the side that tried it, the luck of the dice taken out. */
  value: number;
  /** Where the try ended: at the next play, headline, hold or round (or the end). */
  after: GameState;
  /** The dice's luck along the way, for the side that tried it (already taken out of `value`). */
  luck: number;
}

/** Where a try of this kind of decision stops: a headline runs on to the first action round. */
export function stopFor(s: GameState): (s: GameState) => boolean {
  return s.decision?.kind === 'headline' ? untilActions : untilMacro;
}

export function tryAction(det: GameState, action: Action, w: Weights, viewer: Side): Tried {
  const stop = stopFor(det);
  const after = forkState(det);
  applyActionInPlace(after, action);
  const correction = playOut(after, w, viewer, stop);
  return { action, value: evaluate(after, viewer, w) + correction, after, luck: -correction };
}

const OPS_USES = { influence: 1, sanction: 2, lobby: 3 } as const;

/**
 * Plays at a play decision that lead to the same position but for where the played card lies,
 * as a number (-1: a play of its own). A card's identity matters to the rules only through its
 * event, a scoring card's region and where it goes once played; for Ops (no event of the
 * opponent's firing: the legal list leaves `eventFirst` out then) it matters only through the
 * Ops, and a race step does not read the card at all. So two plain cards (not a signature card
 * nor a bargaining chip, which go aside instead of to the discard pile) of the same effective
 * Ops used the same way run the same rules on the same board with the same dice, and the quick
 * policy answers their placements, sanctions and lobbying from the board alone.
 */
export function playClass(s: GameState, side: Side, a: Action): number {
  if (a.type !== 'play' || a.use === 'event' || a.eventFirst !== undefined) return -1;
  const def = s.cards[a.card];
  if (!def || def.scoring || def.signature !== undefined || def.passes === true) return -1;
  if (a.use === 'race') return 0;
  return 8 * OPS_USES[a.use] + effectiveOps(s, side, def, a.use);
}

/**
 * Whether a try of a classed play (playClass) from `before` ended as every play of its class
 * ends: at the opponent's next play, a real choice, in the same round, no other play made. On the
 * way nothing read the hand the card left (only the opponent's, at its play), which is all the
 * plays of a class leave different, and the evaluation reads that hand's size and scoring cards
 * only (the same): every play of the class has the same value and luck. Any other ending (the
 * round's end reads the hands, a pass or a forced play brings a play of the side's own) is tried.
 */
function endsAlike(before: GameState, after: GameState, side: Side): boolean {
  const opp = rules.other(side);
  const d = after.decision;
  return (
    after.outcome === null &&
    d !== null &&
    d.kind === 'play' &&
    d.side === opp &&
    after.round === before.round &&
    after.actionsTaken[side] === before.actionsTaken[side] + 1 &&
    after.actionsTaken[opp] === before.actionsTaken[opp]
  );
}

/** A try that shares its value with the first play of its class; where it lands is played only if asked for. */
class SharedTry implements Tried {
  private landed: GameState | null = null;
  constructor(
    readonly action: Action,
    readonly value: number,
    readonly luck: number,
    private readonly det: GameState,
    private readonly w: Weights,
    private readonly viewer: Side,
    /** A try that landed alike (the first play of its class, or the same answer on the first
     * deal), for the other side's evaluation; null: a play of the bot's shared across deals. */
    readonly twin: Tried | null = null,
  ) {}

  get after(): GameState {
    this.landed ??= tryAction(this.det, this.action, this.w, this.viewer).after;
    return this.landed;
  }
}

function sameCards(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether a try (just made: its play-out is the last one) read nothing a deal of the hidden cards
 * changes, so it lands the same on every deal of the same view: it ended as endsAlike says, drew
 * no die (the generator is untouched) and no card (the draw pile and the opponent's hand are
 * untouched), and the quick policy answered board decisions only, which with a threat for the
 * opponent (heldScoring: the opponent's hand is never read then) read the board alone. The
 * engine reads the opponent's hand otherwise only by its size (the same on every deal), and at the
 * opponent's play where the try ends, whether it is a real choice: asked again for each deal.
 */
function readsNoDeal(det: GameState, after: GameState, viewer: Side, w: Weights): boolean {
  const hidden = w.threat?.side;
  if (hidden === undefined || !lastPlayOutReadBoardOnly() || !endsAlike(det, after, viewer)) return false;
  if (after.rng !== det.rng || !sameCards(after.deck, det.deck)) return false;
  if (hidden !== viewer) return sameCards(after.hands[hidden], det.hands[hidden]);
  // The dealt side's own answer (the normal bot looking at the opponent's reply): the hand it plays
  // from is the dealt one. It lost the card played and nothing else read it: no die, no card drawn,
  // taken, retrieved, peeked at or revealed (each counts in revealCount).
  return after.revealCount === det.revealCount && after.hands[viewer].length === det.hands[viewer].length - 1;
}

/** Whether a try's landing (made on another deal) leaves a real choice with `side` holding `hand`
 * instead: the one thing of a landing that another deal's hidden cards can change. */
function choiceWithHand(landed: GameState, side: Side, hand: GameState['hands'][Side]): boolean {
  return hasChoice({ ...landed, hands: side === 'us' ? { us: hand, china: landed.hands.china } : { us: landed.hands.us, china: hand } });
}

interface Tries {
  tries: Tried[];
  /** For each try that reads no deal (readsNoDeal), where its first try landed (null: not one). */
  dealFree: (GameState | null)[];
}

/** tryAction for each of `actions` at a decision of `viewer`'s, in order: a play of the same class
 * as one tried before that ended alike (endsAlike) shares its value instead of being played out,
 * and so does a try that reads no deal (`first`: the tries on the first deal of the same view). */
function tryAll(
  det: GameState,
  actions: readonly Action[],
  w: Weights,
  viewer: Side,
  first: Tries | null,
  across: ((action: Action) => Tried | null) | null = null,
): Tries {
  const byClass = det.decision?.kind === 'play' && det.decision.side === viewer ? new Map<number, { tried: Tried; dealFree: GameState | null } | null>() : null;
  const opp = rules.other(viewer);
  const choiceHere = new Map<GameState, boolean>();
  const dealFree: (GameState | null)[] = [];
  const tries = actions.map((action, i) => {
    const elsewhere = across?.(action);
    if (elsewhere) return elsewhere;
    const landed = first?.dealFree[i] ?? null;
    if (first && landed) {
      // The opponent's play is a real choice with this deal's hand too: everything else is the same.
      let real = choiceHere.get(landed);
      if (real === undefined) {
        real = choiceWithHand(landed, opp, det.hands[opp]);
        choiceHere.set(landed, real);
      }
      const shared = first.tries[i] as Tried;
      if (real) return new SharedTry(action, shared.value, shared.luck, det, w, viewer);
    }
    const cls = byClass ? playClass(det, viewer, action) : -1;
    if (cls < 0 || !byClass) {
      const tried = tryAction(det, action, w, viewer);
      dealFree[i] = readsNoDeal(det, tried.after, viewer, w) ? tried.after : null;
      return tried;
    }
    const known = byClass.get(cls);
    if (known) {
      dealFree[i] = known.dealFree;
      return new SharedTry(action, known.tried.value, known.tried.luck, det, w, viewer, known.tried);
    }
    const tried = tryAction(det, action, w, viewer);
    const free = readsNoDeal(det, tried.after, viewer, w) ? tried.after : null;
    dealFree[i] = free;
    // Only the first of a class is ever shared from; one that ended otherwise makes the class tried one by one.
    if (known === undefined) byClass.set(cls, endsAlike(det, tried.after, viewer) ? { tried, dealFree: free } : null);
    return tried;
  });
  return { tries, dealFree };
}

/** tryAll on each deal of the same view: a try that reads no deal is made on the first deal only. */
export function tryOnDeals(deals: readonly GameState[], actions: readonly Action[], w: Weights, viewer: Side): Tried[][] {
  let first: Tries | null = null;
  return deals.map((det) => {
    const made = tryAll(det, actions, w, viewer, first);
    first ??= made;
    return made.tries;
  });
}

/**
 * Where a try landed, for the other side's evaluation. A play that shares its value with the first
 * of its class (playClass) landed where that one did but for which of the player's plain cards lies
 * in the discard pile and which is still in its hand; an answer shared with the first deal landed
 * where that one did but for the answering side's other cards and the draw pile. The other side's
 * evaluation reads that hand by its size only, and the discard pile for scoring cards only, so the
 * twin's landing serves instead of playing this one out.
 */
export function landingFor(tried: Tried): GameState {
  return tried instanceof SharedTry && tried.twin ? landingFor(tried.twin) : tried.after;
}

/** Whether a try of the bot's was shared from the first deal's (it read no deal): it landed alike. */
export function sharedAcrossDeals(tried: Tried): boolean {
  return tried instanceof SharedTry && tried.twin === null;
}

/** The first deal's answers that read no deal (readsNoDeal), by what they play (answerKey). */
export type AnswersReadingNoDeal = Map<string, Tried>;

/** Plays of the same class (playClass) land alike; any other answer by its fields. */
function answerKey(s: GameState, side: Side, a: Action): string {
  const cls = playClass(s, side, a);
  if (cls >= 0) return `class ${cls}`;
  return a.type === 'play' ? `${a.card} ${a.use} ${a.eventFirst}` : actionKey(a);
}

export interface Reply {
  best: Tried | null;
  /** The answers that read no deal, for the deals where the option lands alike. */
  readingNoDeal: AnswersReadingNoDeal;
}

/**
 * The opponent's answer at a play decision: its events all tried, its Ops uses the `top` best by
 * estimate. On a later deal where the option landed as on the first (sharedAcrossDeals), an answer
 * the first deal's search found to read no deal (`first`) lands alike here: its value is shared,
 * once its landing is checked to leave the same real choice with this deal's hand.
 */
export function bestReply(s: GameState, w: Weights, top: number, first: AnswersReadingNoDeal | null = null): Reply | null {
  const d = s.decision;
  if (!d || s.outcome || d.kind !== 'play') return null;
  const side = d.side;
  const legal = legalActions(s);
  const quick = quickPlayValues(s, side, w, legal);
  const order = legal.map((a, i) => ({ a, v: quick[i] as number })).filter((x) => !(x.a.type === 'play' && x.a.use === 'event'));
  order.sort((x, y) => y.v - x.v);
  const candidates = [...legal.filter((a) => a.type === 'play' && a.use === 'event'), ...order.slice(0, top).map((x) => x.a)];
  const across = first
    ? (a: Action): Tried | null => {
        const known = first.get(answerKey(s, side, a));
        if (!known || a.type !== 'play') return null;
        const real = choiceWithHand(
          landingFor(known),
          side,
          s.hands[side].filter((id) => id !== a.card),
        );
        return real ? new SharedTry(a, known.value, known.luck, s, w, side, known) : null;
      }
    : null;
  const { tries, dealFree } = tryAll(s, candidates, w, side, null, across);
  let best: Tried | null = null;
  const readingNoDeal: AnswersReadingNoDeal = new Map();
  for (const [i, tried] of tries.entries()) {
    if (!best || tried.value > best.value) best = tried;
    if (dealFree[i]) readingNoDeal.set(answerKey(s, side, tried.action), tried);
  }
  return { best, readingNoDeal };
}
