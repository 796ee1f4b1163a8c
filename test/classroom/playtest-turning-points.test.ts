// The debrief of the seed-7301 play-test (test/fixtures/playtest-7301.ts): at the end of round 3
// Leadership went US +16 → US +13, Washington's missed Hawks check (China +2) and Huawei's met
// Ecosystem check (China +1) together. The turning point names both, not the first alone.
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/classroom/debrief.js';
import { momentsFromLog } from '../../src/classroom/plays.js';
import { playtestAfter } from '../fixtures/playtest-7301.js';

const finished = playtestAfter();

describe('a turning point at a round’s end', () => {
  it('names every pressure check that moved Leadership (en)', () => {
    const point = buildDebrief(finished, 'en').turningPoints.find((p) => p.moment.kind === 'roundEnd' && p.moment.round === 3);
    expect(point?.sentence).toBe('End of round 3: Washington missed its pressure check; Huawei met its pressure check');
    expect(point?.change).toBe('Leadership US +16 → US +13');
  });

  it('names every pressure check that moved Leadership (fr)', () => {
    const point = buildDebrief(finished, 'fr').turningPoints.find((p) => p.moment.kind === 'roundEnd' && p.moment.round === 3);
    expect(point?.sentence).toBe('Fin de la manche 3\u00a0: Washington manque son test de pression\u202f; Huawei réussit son test de pression');
  });

  it('leaves out a check met with nothing to do, which moved nothing', () => {
    // Round 2 ended with the clock at 2: Washington's Hawks goal was 0, met, worth nothing.
    const moments = momentsFromLog(finished.log, finished.cards, 0);
    const checks = (round: number) => moments.flatMap((m) => (m.kind === 'roundEnd' && m.round === round ? m.pressure : []));
    expect(checks(2)).toEqual([{ persona: 'huawei', met: true }]);
    expect(checks(3)).toEqual([
      { persona: 'washington', met: false },
      { persona: 'huawei', met: true },
    ]);
  });
});
