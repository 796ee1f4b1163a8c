// The lasting effects in force, in the built game in a real terminal (tmux) under NO_COLOR, in
// English and French, at 80×24 and 160×48: a hot-seat game resumed where three or more effects
// are in force. At 80 columns the goals fill the header, so the effects get the line under the
// tracks; every other part of the screen (header, tracks, board, hand, status, keys) stays, and the
// frame stays inside the terminal. Needs the bundle and tmux; skipped without either.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Terminals, has, keys, skipReason, waitFor, type Size } from './driver.js';
import { saveWhere } from './seeded-save.js';

const skip = skipReason('test/tmux/in-force.test.ts');

const terminals = new Terminals('sc-inforce');
afterEach(() => terminals.cleanup());

/** A save where the US is about to play with at least three lasting effects in force. */
async function saveWithEffects(): Promise<string> {
  const file = path.join(terminals.tempDir(), 'in-force.json');
  await saveWhere(
    file,
    (s) => (s.decision?.kind === 'play' && s.decision.side === 'us' && s.modifiers.length + s.flags.length >= 3 ? ({ type: 'pass' } as never) : undefined),
    'three effects in force',
  );
  return file;
}

describe.skipIf(skip !== null)('the effects in force, in tmux', () => {
  for (const lang of ['en', 'fr'] as const) {
    for (const size of [
      { columns: 80, rows: 24 },
      { columns: 160, rows: 48 },
    ] as Size[]) {
      it(`have a readable line at ${size.columns}×${size.rows} (${lang})`, async () => {
        const words =
          lang === 'en'
            ? { label: 'In force: ', handoff: 'Pass the keyboard', hand: 'Hand · Washington', keys: '? help' }
            : { label: 'En vigueur\u00a0: ', handoff: 'Passez le clavier', hand: 'Main · Washington', keys: '? aide' };
        const file = await saveWithEffects();
        const t = terminals.start(size, ['resume', file, '--lang', lang], { NO_COLOR: '1', SILICON_CURTAIN_HOME: terminals.tempDir() });
        await waitFor(t, has(words.handoff), 'the hand-off');
        keys(t, 'Enter');
        const game = await waitFor(t, (shown) => shown.includes(words.hand) && shown.includes(words.keys), 'the hand and the keys');
        const lines = game.replace(/\n+$/, '').split('\n');
        expect(lines.length).toBeLessThanOrEqual(size.rows);
        for (const line of lines) expect([...line].length).toBeLessThanOrEqual(size.columns);
        // The header is whole (no "In…" cut at its end), the tracks follow, then the effects' line.
        expect(lines[0]).toMatch(/Washington.*(Beijing|Pékin)/);
        expect(lines[0]).not.toContain('…');
        const at = lines.findIndex((line) => line.startsWith(words.label));
        if (at === -1) {
          // A wide header holds every effect whole, and needs no line of its own.
          expect(size.columns).toBeGreaterThanOrEqual(160);
          expect(lines[0]).toContain(words.label.trim());
        } else {
          expect(at).toBe(size.rows >= 30 ? 5 : 3);
          // Names whole, separated by " · ", or counted: never cut.
          expect(lines[at]).not.toContain('…');
          expect((lines[at] ?? '').slice(words.label.length).split(' · ').length).toBeGreaterThanOrEqual(2);
          // The board under it.
          expect(lines[at + 1]).toMatch(/st {2}U {2}C/);
        }
        // The status and the keys at the bottom.
        expect(lines.at(-1)).toContain(words.keys);
      });
    }
  }
});
