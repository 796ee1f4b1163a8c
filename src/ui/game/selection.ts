// The player's way through a decision: a card, then its use, then (for an opponent's card whose
// event fires too) before or after; or a space on the board; or an option of a list. A pure
// reducer over commands, so quick key presses never act on a stale screen, and every action it
// returns is one of the legal actions it was given.
import type { CardId, SpaceId } from '../../decks/types.js';
import type { Action } from '../../engine/index.js';
import type { CommandEvent } from '../keymap.js';
import { moveCursor, nearestTarget } from './board-layout.js';
import { needsTiming, numberedCards, type CardOption, type Pending } from './choices.js';

export interface Selection {
  stage: 'main' | 'use' | 'timing';
  /** The card under the cursor (in the hand, or the discard pile for a retrieve). */
  card: CardId | null;
  use: number;
  timing: number;
  space: SpaceId | null;
  option: number;
  /** A move that loses the game on the spot, chosen once and waiting for the player to confirm it. */
  confirm: Action | null;
}

export const NO_SELECTION: Selection = { stage: 'main', card: null, use: 0, timing: 0, space: null, option: 0, confirm: null };

export interface SelectionResult {
  sel: Selection;
  action?: Action;
  /** A card's number was pressed, but that card cannot be chosen now: the screen says why. */
  refused?: CardId;
}

/** The cards the cursor moves over: those that can be chosen now. */
export function cursorCards(pending: Pending): CardId[] {
  return pending.kind === 'cards' ? pending.cards.map((c) => c.card) : [];
}

/** Keep the cursor on something that exists after the game moved on. */
export function normalize(sel: Selection, pending: Pending): Selection {
  const cards = cursorCards(pending);
  const card = sel.card !== null && cards.includes(sel.card) ? sel.card : (cards[0] ?? sel.card);
  // The board cursor stays on its space while it is a target, else goes to the nearest one.
  const space =
    pending.kind === 'spaces'
      ? nearestTarget(
          pending.targets.map((t) => t.space),
          sel.space,
        )
      : sel.space;
  const options = pending.kind === 'list' ? pending.options.length : 0;
  const stage = pending.kind === 'cards' ? sel.stage : 'main';
  return { ...sel, stage, card, space, option: Math.min(sel.option, Math.max(0, options - 1)) };
}

/** The selection to start a new decision with: the same card or space when still there. */
export function freshSelection(previous: Selection, pending: Pending): Selection {
  return normalize({ ...NO_SELECTION, card: previous.card, space: previous.space }, pending);
}

function step(index: number, count: number, delta: number): number {
  return count === 0 ? 0 : (index + delta + count) % count;
}

function chosenCard(pending: Pending, sel: Selection): CardOption | undefined {
  return pending.kind === 'cards' ? pending.cards.find((c) => c.card === sel.card) : undefined;
}

function onCards(sel: Selection, pending: Extract<Pending, { kind: 'cards' }>, e: CommandEvent): SelectionResult {
  const cards = pending.cards.map((c) => c.card);
  const option = chosenCard(pending, sel);
  const delta = e.command === 'up' ? -1 : e.command === 'down' ? 1 : 0;
  if (sel.stage === 'main') {
    if (delta !== 0) return { sel: { ...sel, card: cards[step(Math.max(0, cards.indexOf(sel.card ?? '')), cards.length, delta)] ?? null } };
    // A digit is the card's number as shown (numberedCards), not its place among the choosable ones.
    const numbered = e.command === 'digit' ? numberedCards([], pending).find((n) => n.number === e.digit) : undefined;
    if (numbered?.option) return { sel: { ...sel, card: numbered.card, stage: 'use', use: 0, timing: 0 } };
    if (numbered) return { sel, refused: numbered.card };
    if (e.command === 'confirm' && option) return { sel: { ...sel, stage: 'use', use: 0, timing: 0 } };
    return { sel };
  }
  if (!option) return { sel: { ...sel, stage: 'main' } };
  if (sel.stage === 'use') {
    const pick = (use: number): SelectionResult => {
      const chosen = option.uses[use];
      if (!chosen) return { sel };
      if (needsTiming(chosen)) return { sel: { ...sel, use, stage: 'timing', timing: 0 } };
      return { sel: { ...sel, use }, action: chosen.actions[0] as Action };
    };
    if (delta !== 0) return { sel: { ...sel, use: step(sel.use, option.uses.length, delta) } };
    if (e.command === 'digit' && e.digit !== undefined) return pick(e.digit - 1);
    if (e.command === 'confirm') return pick(sel.use);
    if (e.command === 'back') return { sel: { ...sel, stage: 'main' } };
    return { sel };
  }
  const timings = option.uses[sel.use]?.actions ?? [];
  if (delta !== 0) return { sel: { ...sel, timing: step(sel.timing, timings.length, delta) } };
  const at = e.command === 'digit' && e.digit !== undefined ? e.digit - 1 : e.command === 'confirm' ? sel.timing : -1;
  if (timings[at]) return { sel: { ...sel, timing: at }, action: timings[at] };
  if (e.command === 'back') return { sel: { ...sel, stage: 'use' } };
  return { sel };
}

/** What a command does to the selection, and the action it takes when it completes a choice. */
export function selectionKey(sel: Selection, pending: Pending, e: CommandEvent): SelectionResult {
  switch (pending.kind) {
    case 'cards':
      return onCards(sel, pending, e);
    case 'spaces': {
      if (e.command === 'up' || e.command === 'down' || e.command === 'left' || e.command === 'right') {
        return {
          sel: {
            ...sel,
            space: moveCursor(
              pending.targets.map((t) => t.space),
              sel.space,
              e.command,
            ),
          },
        };
      }
      const target = pending.targets.find((t) => t.space === sel.space);
      if (e.command === 'confirm' && target) return { sel, action: target.action };
      return { sel };
    }
    case 'list': {
      const n = pending.options.length;
      if (e.command === 'up' || e.command === 'down') return { sel: { ...sel, option: step(sel.option, n, e.command === 'up' ? -1 : 1) } };
      const at = e.command === 'digit' && e.digit !== undefined ? e.digit - 1 : e.command === 'confirm' ? sel.option : -1;
      const chosen = pending.options[at];
      if (chosen) return { sel: { ...sel, option: at }, action: chosen.action };
      return { sel };
    }
    case 'none':
      return { sel };
    default: {
      const unhandled: never = pending;
      throw new Error(`pending choice not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}
