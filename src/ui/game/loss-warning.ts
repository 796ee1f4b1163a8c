// The warning on a choice that loses the game on the spot for the player making it, worded for
// the option's line and the confirmation. The engine decides from the player's view and the
// public card catalogue only, so the warning never tells what a hidden card is.
import type { CardDef, CardId } from '../../decks/types.js';
import { losingMove, type Action, type LosingMove, type PlayerView } from '../../engine/index.js';
import type { Translate } from '../ui-context.js';

/** The first loss among the actions of one option (a use fired before or after counts alike). */
export function lossOf(view: PlayerView, cards: Readonly<Record<CardId, CardDef>>, actions: readonly Action[]): LosingMove | null {
  for (const action of actions) {
    const loss = losingMove(view, cards, action);
    if (loss) return loss;
  }
  return null;
}

/** "⚠ loses the game: the clock would reach 1", or "may lose" when a hidden card could change it. */
export function lossNote(t: Translate, loss: LosingMove): string {
  switch (loss.track) {
    case 'clock':
      return t(loss.sure ? 'warn.loses.clock' : 'warn.mayLose.clock', { to: loss.to });
    case 'leadership':
      return t(loss.sure ? 'warn.loses.leadership' : 'warn.mayLose.leadership', { to: Math.abs(loss.to) });
    default: {
      const unhandled: never = loss.track;
      throw new Error(`track not handled: ${String(unhandled)}`);
    }
  }
}
