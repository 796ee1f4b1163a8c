// The end screen explains a win by final scoring: each region's points for each side and the swing,
// beside the Leadership chart, with Leadership before and after, in both languages and at 80×24.
import { afterEach, describe, expect, it } from 'vitest';
import { finalBreakdown, REGIONS } from '../../src/engine/index.js';
import { fixtureSetup } from '../engine/fixture-deck.js';
import { playGame, type PlayedGame } from '../engine/helpers.js';
import { fitsTerminal, mountPlay, type PlayHarness } from './helpers.js';

/** A one-round fixture game played by seeded picks to its final scoring. */
function finishedByScoring(): { game: PlayedGame; seed: number } {
  for (let seed = 1; seed < 200; seed++) {
    const game = playGame(fixtureSetup(seed, { rounds: 1 }), seed);
    if (game.final.outcome?.reason === 'finalScoring') return { game, seed };
  }
  throw new Error('no seeded game ended by final scoring');
}

let screen: PlayHarness | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

describe('final scoring, region by region', () => {
  it('is read from the log: the four regions in order, and Leadership before and after', () => {
    const { game } = finishedByScoring();
    const b = finalBreakdown(game.final);
    expect(b?.regions.map((r) => r.region)).toEqual([...REGIONS]);
    const swing = (b?.regions ?? []).reduce((n, r) => n + r.us - r.china, 0);
    expect(b?.after).toBe(Math.max(-20, Math.min(20, (b?.before ?? 0) + swing)));
    expect(b?.after).toBe(game.final.outcome?.leadership);
  });

  it('is not claimed for a game that ended another way', () => {
    for (let seed = 1; seed < 200; seed++) {
      const game = playGame(fixtureSetup(seed, { rounds: 1 }), seed);
      if (game.final.outcome && game.final.outcome.reason !== 'finalScoring') {
        expect(finalBreakdown(game.final)).toBeNull();
        return;
      }
    }
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`is on the end screen at 80×24 (${lang})`, async () => {
      const { game, seed } = finishedByScoring();
      const size = { columns: 80, rows: 24 };
      screen = await mountPlay({ setup: fixtureSetup(seed, { rounds: 1 }), seats: { us: 'human', china: 'human' }, actions: game.actions, lang, size });
      const end = await screen.waitFor(lang === 'en' ? 'Final scoring (7.5)' : 'Décompte final (7.5)');
      expect(fitsTerminal(end, size)).toBe(true);
      expect(end).toMatch(lang === 'en' ? /China Market\s+U\s+\d+\s+C\s+\d+\s+([UC]\+\d+|0)/ : /Marché chinois\s+U\s+\d+\s+C\s+\d+/);
      expect(end).toMatch(/Leadership ([UC]\+\d+|0) → ([UC]\+\d+|0)/);
    });
  }
});
