// What decides the game and the whole card, in the built game in a real terminal (tmux) at 80×24
// and 120×40 under NO_COLOR: the status line lists i, the Leadership track shows final scoring now,
// i opens the situation (goals, effects, dominance, encirclement, projection) and closes it, and
// c shows the card of the detail panel whole. Needs the bundle and tmux; skipped without either.
import { afterEach, describe, expect, it } from 'vitest';
import { Terminals, has, keys, skipReason, waitFor, type Size } from './driver.js';

const skip = skipReason('test/tmux/situation.test.ts');

const fits = (shown: string, columns: number) => shown.split('\n').every((line) => [...line].length <= columns);

const PLAY = ['play', '--us', 'human', '--china', 'normal', '--us-persona', 'nvidia', '--china-persona', 'huawei', '--seed', '947544'];

const terminals = new Terminals('sc-situation');
afterEach(() => terminals.cleanup());

const start = (size: Size, args: string[]): string => terminals.start(size, args, { NO_COLOR: '1', SILICON_CURTAIN_HOME: terminals.tempDir() });

describe.skipIf(skip !== null)('what decides the game, in tmux', () => {
  for (const lang of ['en', 'fr'] as const) {
    for (const size of [
      { columns: 80, rows: 24 },
      { columns: 120, rows: 40 },
    ]) {
      it(`shows the situation and the whole card at ${size.columns}×${size.rows} (${lang})`, async () => {
        const words =
          lang === 'en'
            ? {
                hand: 'Hand · NVIDIA',
                key: 'i situation',
                title: 'What decides the game',
                goal: 'Shareholders: influence in the China Market 0/2',
                final: 'Final scoring if the game ended now',
                card: 'The whole card',
              }
            : {
                hand: 'Main · NVIDIA',
                key: 'i situation',
                title: 'Ce qui décide de la partie',
                goal: 'Actionnaires\u00a0: influence dans le Marché chinois 0/2',
                final: 'Décompte final si la partie finissait maintenant',
                card: 'La carte entière',
              };
        const t = start(size, [...PLAY, '--lang', lang]);
        // Wait for the whole frame (a loaded machine may show it half drawn): the hand and the keys.
        const game = await waitFor(t, (shown) => shown.includes(words.hand) && shown.includes(words.key), 'the hand and the keys');
        expect(game).toMatch(/Leadership .*⇒ (U|C|US|China|États-Unis|Chine)/);
        // Each persona's goal this round beside its name on the first line, even at 80 columns.
        const header = game.split('\n')[0] ?? '';
        expect(header).toMatch(
          size.columns >= 120
            ? lang === 'en'
              ? /NVIDIA goal 0\/2 .*Huawei goal 0\/3/
              : /NVIDIA but 0\/2 .*Huawei but 0\/3/
            : /NVIDIA (goal |but )?0\/2 .*Huawei (goal |but )?0\/3/,
        );
        keys(t, 'i');
        const panel = await waitFor(t, has(words.title), 'the situation');
        expect(panel).toContain(words.goal);
        expect(panel).toContain(words.final);
        expect(panel).not.toMatch(/h20-licensed|chip-controls/);
        expect(fits(panel, size.columns)).toBe(true);
        keys(t, 'i');
        await waitFor(t, (shown) => shown.includes(words.hand) && shown.includes(words.key), 'the game again');
        keys(t, 'c');
        const card = await waitFor(t, has(words.card), 'the whole card');
        expect(card).not.toContain('…');
        expect(fits(card, size.columns)).toBe(true);
        keys(t, 'Escape');
        await waitFor(t, (shown) => shown.includes(words.hand) && shown.includes(words.key), 'the game after the card');
      }, 40_000);
    }
  }
});
