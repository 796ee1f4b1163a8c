// Numbers the screen shows next to a choice (a card's Ops for a use, the cost of a space, the
// next race step), asked of the engine's own functions so the screen never re-states a rule.
// Their parameters name the fields they read (modifiers, influence, tracks), all public in a
// PlayerView, so the compiler keeps the screen from reading anything a view does not have.
import type { CardDef, OpsUse, Side, SpaceId } from '../../decks/types.js';
import { controller, effectiveOps, placementCost, raceCost, regionClosed } from '../../engine/index.js';
import type { PlayerView } from '../../engine/index.js';
import type { RegionId } from '../../decks/types.js';

type Board = Pick<PlayerView, 'influence' | 'modifiers' | 'clock' | 'stack' | 'lockIn' | 'raceUsed'>;

export function opsFor(view: Board, side: Side, card: CardDef, use: OpsUse): number {
  return effectiveOps(view, side, card, use);
}

export function costAt(view: Board, side: Side, space: SpaceId): number {
  return placementCost(view, side, space);
}

export function controllerOf(view: Pick<PlayerView, 'influence'>, space: SpaceId): Side | null {
  return controller(view, space);
}

export function closedForSanctions(view: Pick<PlayerView, 'clock'>, region: RegionId): boolean {
  return regionClosed(view, region);
}

/** The step a race would reach, or null when the track is full. */
export function nextRaceStep(view: Board, side: Side): { from: number; to: number; cost: number } | null {
  const cost = raceCost(view, side);
  if (cost === null) return null;
  const from = side === 'us' ? view.lockIn : view.stack;
  return { from, to: from + 1, cost };
}
