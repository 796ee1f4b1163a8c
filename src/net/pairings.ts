// The teacher's new round of pairings: who plays whom next. Every student plays the side they
// did not play, and a new opponent whenever the class has more than one game: the players who
// had China take the US seats in game order, the players who had the US take the China seats
// shifted by one game, so nobody meets the same opponent again. Students whose game lacked a
// student opponent (a bot, or one who left) pair among themselves, sides swapped when their old
// sides allow it (two who both had the US: one of them keeps it, rather than both facing bots);
// one left over plays the side it did not play against the server's bot.
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
  // The rest: a former US player with a former China player where possible (both swap sides),
  // then two by two (the first takes the side it did not play, the second keeps its own).
  const rest = students.filter((s) => !full.has(s.game));
  const restUs = rest.filter((s) => s.side === 'us');
  const restChina = rest.filter((s) => s.side === 'china');
  while (restUs.length > 0 && restChina.length > 0) pairs.push({ us: restChina.shift() as Student, china: restUs.shift() as Student });
  const left = [...restUs, ...restChina];
  for (let i = 0; i < left.length; i += 2) {
    const first = left[i] as Student;
    const second = left[i + 1] ?? null;
    pairs.push(other(first.side) === 'us' ? { us: first, china: second } : { us: second, china: first });
  }
  return pairs;
}
