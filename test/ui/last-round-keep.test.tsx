// Keeping a card in the last round (seed-7301 play-test, round 3 of 3): there is no next round,
// so neither the question nor the log line says "for the next round".
import { afterEach, describe, expect, it } from 'vitest';
import { PLAYTEST_7301, PLAYTEST_SETUP } from '../fixtures/playtest-7301.js';
import { KEY, mountPlay, type PlayHarness } from './helpers.js';

let screen: PlayHarness | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

/** Huawei's keep after `moves` moves of the play-test, the card under the cursor picked. */
async function keep(moves: number, lang: 'en' | 'fr'): Promise<string> {
  screen = await mountPlay({
    setup: PLAYTEST_SETUP,
    seats: { us: 'random', china: 'human' },
    actions: PLAYTEST_7301.slice(0, moves),
    size: { columns: 100, rows: 32 },
    lang,
    color: false,
  });
  await screen.waitFor(lang === 'en' ? 'keep one card' : 'gardez une carte');
  await screen.press(KEY.enter);
  return screen.waitFor(lang === 'en' ? '▶1 Keep this card' : '▶1 Garder cette carte');
}

describe('the last round’s keep', () => {
  it('asks "Keep X?" and logs "kept one card." (en)', async () => {
    const frame = await keep(97, 'en');
    expect(frame).toMatch(/Keep [^\n?]+\?/);
    expect(frame).not.toMatch(/for (the )?next round/);
    expect(frame).toContain('Washington kept one card.');
  });

  it('asks « Garder X ? » and logs « a gardé une carte. » (fr)', async () => {
    const frame = await keep(97, 'fr');
    expect(frame).toMatch(/Garder .+\u202f\?/);
    expect(frame).not.toContain('manche suivante');
    expect(frame).toContain('Washington a gardé une carte.');
  });

  it('still says "for the next round" before the last round', async () => {
    const frame = await keep(64, 'en');
    expect(frame).toMatch(/Keep .+ for the next round\?/);
    expect(frame).toContain('Washington kept one card for next round.');
  });
});
