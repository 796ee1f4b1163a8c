// What a bot is: given only its side's view (never the hidden cards) and the public card
// catalogue, it picks one of the legal actions and says why in one line.
import type { CardDef, CardId } from '../decks/types.js';
import type { Action, PlayerView } from '../engine/index.js';

export interface BotChoice {
  action: Action;
  /** One line for the log: what the bot did and why the card mattered. */
  reason: string;
}

export interface BotContext {
  view: PlayerView;
  /** Every card of the game: public and static. */
  catalog: Readonly<Record<CardId, CardDef>>;
}

export interface Bot {
  readonly name: string;
  choose(ctx: BotContext): BotChoice;
}

/** Makes a bot for one seat; `seed` comes from the game seed so bot games replay exactly. */
export type BotFactory = (seed: number) => Bot;
