// Card numbers in the built game, in a real terminal (tmux) under NO_COLOR, in English and French,
// at 80×24 and 160×48: in the headline the bargaining chip keeps its number, marked ×, and its
// digit says why it cannot be chosen; after the headline every card still in hand has the number
// it had. Needs the bundle and tmux; skipped without either.
import { afterEach, describe, expect, it } from 'vitest';
import { gameLayout } from '../../src/ui/game/layout.js';
import { Terminals, keys, screen, skipReason, waitFor, type Size } from './driver.js';

const skip = skipReason('test/tmux/hand-numbers.test.ts');

const terminals = new Terminals('sc-numbers');
afterEach(() => terminals.cleanup());

const WORDS = {
  en: { headline: 'Choose your headline', play: 'Play a card', chip: 'Trade Truce', why: 'The bargaining chip is never a headline' },
  fr: { headline: 'Choisissez votre carte à la une', play: 'Jouez une carte', chip: 'Trêve commerciale', why: 'La monnaie d’échange n’est jamais à la une' },
} as const;

/** The hand panel's rows: the mark before the number (▶ cursor, × not choosable), the number, and the title's start. */
function handRows(shown: string, boardWidth: number): { mark: string; number: number; title: string }[] {
  return shown.split('\n').flatMap((line) => {
    const m = /^([▶× ])(\d) \d[UCN] .(.{1,14})/.exec(line.slice(boardWidth));
    return m ? [{ mark: m[1]!, number: Number(m[2]), title: m[3]!.replace(/…$/, '') }] : [];
  });
}

describe.skipIf(skip !== null)('card numbers, in tmux', () => {
  for (const lang of ['en', 'fr'] as const) {
    for (const size of [
      { columns: 80, rows: 24 },
      { columns: 160, rows: 48 },
    ] as Size[]) {
      it(`stay with their cards from the headline to the action round at ${size.columns}×${size.rows} (${lang})`, async () => {
        const w = WORDS[lang];
        const boardWidth = gameLayout(size.columns, size.rows).boardWidth + 1;
        const t = terminals.start(
          size,
          ['play', '--china', 'random', '--us-persona', 'washington', '--china-persona', 'beijing', '--seed', '7', '--lang', lang],
          { NO_COLOR: '1', SILICON_CURTAIN_HOME: terminals.tempDir() },
        );
        const headline = await waitFor(t, (shown) => shown.includes(w.headline) && handRows(shown, boardWidth).some((r) => r.mark === '▶'), 'the headline');
        const before = handRows(headline, boardWidth);
        expect(before.map((r) => r.number)).toEqual(before.map((_, i) => i + 1));
        const chip = before.find((r) => w.chip.startsWith(r.title.trim()));
        expect(chip?.mark).toBe('×');
        // The chip's digit chooses nothing and says why.
        keys(t, String(chip!.number));
        await waitFor(t, w.why, 'the reason');
        expect(screen(t)).toContain(w.headline);
        // Headline the last card by its number, then answer whatever the headlines ask with Enter.
        keys(t, String(before.length));
        await new Promise((resolve) => setTimeout(resolve, 300));
        keys(t, 'Enter');
        for (let i = 0; i < 20 && !screen(t).includes(w.play); i++) {
          await new Promise((resolve) => setTimeout(resolve, 400));
          if (!screen(t).includes(w.play)) keys(t, 'Enter');
        }
        const play = await waitFor(t, w.play, 'the action round');
        const after = handRows(play, boardWidth);
        expect(after.length).toBeGreaterThanOrEqual(before.length - 1);
        for (const card of before.slice(0, -1)) expect([card.title, after.find((r) => r.title === card.title)?.number]).toEqual([card.title, card.number]);
        expect(after.find((r) => r.title === chip!.title)?.mark).not.toBe('×');
      }, 60_000);
    }
  }
});
