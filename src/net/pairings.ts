// The teacher's new round of pairings: who plays whom next. Every student plays the side they
// did not play, and a new opponent whenever the class has more than one game: the players who
// had China take the US seats in game order, the players who had the US take the China seats
// shifted by one game, so nobody meets the same opponent again. Students whose game lacked a
// student opponent (a bot, or one who left) pair among themselves; one left over plays against
// the server's bot.
import type { Side } from '../decks/types.js';

/** A connected student: the game they sat in and the side they played there. */
export interface Student {
  game: string;
  side: Side;
}

/** One new game; a side left null is played by the server's bot. */
export interface Pair {
  us: Student | null;
  china: Student | null;
}

const other = (side: Side): Side => (side === 'us' ? 'china' : 'us');

/** The new games for `students` (in the lobby's game order), every student in exactly one. */
export function newPairs(students: readonly Student[]): Pair[] {
  const full = new Set<string>();
  for (const s of students) if (s.side === 'us' && students.some((o) => o.game === s.game && o.side === 'china')) full.add(s.game);
  const hadUs = students.filter((s) => full.has(s.game) && s.side === 'us');
  const hadChina = students.filter((s) => full.has(s.game) && s.side === 'china');
  const pairs: Pair[] = [];
  const n = hadUs.length;
  for (let i = 0; i < n; i++) pairs.push({ us: hadChina[i] ?? null, china: hadUs[(i + 1) % n] ?? null });
  // The rest, two by two: the first takes the side it did not play, the second the other one.
  const rest = students.filter((s) => !full.has(s.game));
  for (let i = 0; i < rest.length; i += 2) {
    const first = rest[i] as Student;
    const second = rest[i + 1] ?? null;
    const side = other(first.side);
    pairs.push(side === 'us' ? { us: first, china: second } : { us: second, china: first });
  }
  return pairs;
}
