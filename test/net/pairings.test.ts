// Who plays whom after the teacher's new pairings: each student on the side they did not play,
// never against the same opponent when the class has two games or more; the odd one faces the bot.
import { describe, expect, it } from 'vitest';
import { newPairs, type Student } from '../../src/net/pairings.js';

const full = (...games: string[]): Student[] =>
  games.flatMap((game) => [
    { game, side: 'us' as const },
    { game, side: 'china' as const },
  ]);

describe('new pairings', () => {
  it('swaps every side and rotates opponents across the full games', () => {
    const students = full('A', 'B', 'C');
    const pairs = newPairs(students);
    expect(pairs).toEqual([
      { us: { game: 'A', side: 'china' }, china: { game: 'B', side: 'us' } },
      { us: { game: 'B', side: 'china' }, china: { game: 'C', side: 'us' } },
      { us: { game: 'C', side: 'china' }, china: { game: 'A', side: 'us' } },
    ]);
    for (const pair of pairs) expect(pair.us?.game).not.toBe(pair.china?.game);
  });

  it('one game: the same two students, sides swapped', () => {
    expect(newPairs(full('A'))).toEqual([{ us: { game: 'A', side: 'china' }, china: { game: 'A', side: 'us' } }]);
  });

  it('pairs students whose opponent was a bot or left among themselves; the odd one gets the bot', () => {
    const students: Student[] = [...full('A', 'B'), { game: 'C', side: 'us' }, { game: 'D', side: 'china' }, { game: 'E', side: 'us' }];
    const pairs = newPairs(students);
    expect(pairs.slice(2)).toEqual([
      { us: { game: 'D', side: 'china' }, china: { game: 'C', side: 'us' } },
      { us: null, china: { game: 'E', side: 'us' } },
    ]);
    // Everyone is seated once, on the side they did not play.
    const seated = pairs.flatMap((p) => [p.us && { ...p.us, now: 'us' }, p.china && { ...p.china, now: 'china' }].filter((s) => s !== null));
    expect(seated).toHaveLength(students.length);
    for (const s of seated) expect(s.now).not.toBe(s.side);
  });

  it('two left over who both had the US play each other, one of them the US again', () => {
    expect(
      newPairs([
        { game: 'C', side: 'us' },
        { game: 'E', side: 'us' },
      ]),
    ).toEqual([{ us: { game: 'E', side: 'us' }, china: { game: 'C', side: 'us' } }]);
  });
});
