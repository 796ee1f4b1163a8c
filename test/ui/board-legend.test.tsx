// The line under the board and the clock's line on a tall terminal: at 100 columns the board is
// 51 cells wide and the whole legend is not, and the list of closed regions outgrows the clock's
// line once the clock is low (play-test, seed 7301). They take the catalogue's shorter wording
// rather than a word cut short; at 160 columns they are whole.
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/lang.js';
import { t } from '../../src/i18n/messages.js';
import { PLAYTEST_7301, PLAYTEST_SETUP } from '../fixtures/playtest-7301.js';
import { fitsTerminal, mountPlay, type PlayHarness } from './helpers.js';

let screen: PlayHarness | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

/** Huawei (the human) to act in the play-test after `moves` moves. */
async function at(moves: number, size: { columns: number; rows: number }, lang: Lang): Promise<string> {
  screen = await mountPlay({
    setup: PLAYTEST_SETUP,
    seats: { us: 'random', china: 'human' },
    actions: PLAYTEST_7301.slice(0, moves),
    size,
    lang,
    color: false,
  });
  const frame = await screen.waitFor((f) => /Huawei( \(China\))? to act|À Huawei( \(Chine\))? de jouer/.test(f));
  expect(fitsTerminal(frame, size)).toBe(true);
  return frame;
}

const lineOf = (frame: string, start: string): string => frame.split('\n').find((line) => line.startsWith(start)) ?? '';

describe('the legend and the closed regions on a tall terminal', () => {
  for (const lang of ['en', 'fr'] as const) {
    const clock = lang === 'en' ? 'Decoupling clock' : 'Horloge du découplage';

    it(`at 100×32 (${lang}), says them shorter, never cut`, async () => {
      // Move 62: round 2, clock 3, only the Global South open; move 64: clock 2, all closed.
      const three = await at(62, { columns: 100, rows: 32 }, lang);
      expect(lineOf(three, '◆').slice(0, 52)).toBe(`${t(lang, 'board.legendShort')} `.padEnd(52));
      expect(three).not.toMatch(/◆ [^\n]*…/);
      expect(lineOf(three, clock)).toMatch(
        lang === 'en' ? / {2}sanctions and lobbying only in Global South$/ : / {2}sanctions et lobbying seulement dans le Sud global$/,
      );
      screen?.unmount();
      const two = await at(64, { columns: 100, rows: 32 }, lang);
      expect(lineOf(two, clock)).toMatch(
        lang === 'en' ? / {2}all regions closed to sanctions and lobbying$/ : / {2}toutes les régions fermées aux sanctions et au lobbying$/,
      );
    });

    it(`at 160×48 (${lang}), says them whole`, async () => {
      const frame = await at(64, { columns: 160, rows: 48 }, lang);
      expect(lineOf(frame, '◆')).toContain(t(lang, 'board.legend'));
      const regions = ['chinaMarket', 'developers', 'globalSouth', 'supplyChain'].map((r) => t(lang, `region.${r}` as Parameters<typeof t>[1])).join(', ');
      expect(lineOf(frame, clock)).toContain(t(lang, 'track.closed', { regions }));
    });
  }

  it('at 80×24, where the tracks share a line, shows neither', async () => {
    const frame = await at(64, { columns: 80, rows: 24 }, 'en');
    expect(frame).not.toContain('◆ battleground');
    expect(frame).not.toContain('closed to sanctions');
  });
});
