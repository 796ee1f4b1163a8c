// Who sits at each side: a human at the keyboard or a bot by name. Two humans is hot-seat
// (one keyboard, hands hidden between turns); two bots is a game to watch.
import type { Side } from '../../decks/types.js';

/** 'human', or the name of a bot from botNames(). */
export type Seat = string;

export interface Seats {
  us: Seat;
  china: Seat;
}

export const SIDES: readonly Side[] = ['us', 'china'];

export function isHuman(seats: Seats, side: Side): boolean {
  return seats[side] === 'human';
}

export function humanSides(seats: Seats): Side[] {
  return SIDES.filter((side) => isHuman(seats, side));
}

export function isHotSeat(seats: Seats): boolean {
  return humanSides(seats).length === 2;
}

/** The seats of a rematch: each player takes the other side. */
export function swapSeats(seats: Seats): Seats {
  return { us: seats.china, china: seats.us };
}
