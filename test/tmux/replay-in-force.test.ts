// The replay in a real terminal (tmux) under NO_COLOR, in English and French, at 80×24 and
// 160×48: the lasting effects in force are laid out as on the game screen (in the header when
// they fit whole, else on a line under the tracks), never cut at the end of the header; the
// clock's label is whole at 160 columns (the catalogue's short label at 80). Needs the bundle and
// tmux; skipped without either.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Terminals, keys, skipReason, waitFor, type Size } from './driver.js';
import { saveWhere } from './seeded-save.js';

const skip = skipReason('test/tmux/replay-in-force.test.ts');

const terminals = new Terminals('sc-replay-force');
afterEach(() => terminals.cleanup());

const WORDS = {
  en: { label: 'In force: ', step: 'Step ', clock: 'Decoupling clock', short: 'Clock' },
  fr: { label: 'En vigueur\u00a0: ', step: 'Étape ', clock: 'Horloge du découplage', short: 'Horloge' },
} as const;

describe.skipIf(skip !== null)('the replay’s effects in force and tracks, in tmux', () => {
  for (const lang of ['en', 'fr'] as const) {
    for (const size of [
      { columns: 80, rows: 24 },
      { columns: 160, rows: 48 },
    ] as Size[]) {
      it(`fit whole at ${size.columns}×${size.rows} (${lang})`, async () => {
        const w = WORDS[lang];
        const file = path.join(terminals.tempDir(), 'effects.json');
        await saveWhere(
          file,
          (s) =>
            s.decision?.kind === 'play' && s.decision.side === 'us' && s.modifiers.length + s.flags.length >= 3 ? ({ type: 'pass' } as never) : undefined,
          'three effects in force',
        );
        const t = terminals.start(size, ['replay', file, '--lang', lang], { NO_COLOR: '1', SILICON_CURTAIN_HOME: terminals.tempDir() });
        await waitFor(t, w.step, 'the replay');
        keys(t, 'End');
        const shown = await waitFor(t, w.label, 'the effects in force');
        const lines = shown.replace(/\n+$/, '').split('\n');
        for (const line of lines) expect([...line].length).toBeLessThanOrEqual(size.columns);
        // The header is whole; the effects have their line under the tracks, names whole.
        expect(lines[0]).not.toContain('…');
        const at = lines.findIndex((line) => line.startsWith(w.label));
        if (at === -1) {
          // A wide header holds every effect whole, as on the game screen.
          expect(size.columns).toBeGreaterThanOrEqual(160);
          expect(lines[0]).toContain(w.label.trim());
        } else {
          expect(at).toBe(size.rows >= 30 ? 5 : 3);
          expect(lines[at]).not.toContain('…');
        }
        // The clock's label: whole on a wide screen, the short one at 80 columns, never cut.
        const clock = lines.find((line) => (line.startsWith(w.short) || line.startsWith(w.clock)) && /\[\d\]/.test(line));
        expect(clock).toBeDefined();
        expect(clock).not.toMatch(/^\S+ \S+…/);
        if (size.columns >= 160) expect(clock).toMatch(new RegExp(`^${w.clock} +\\[?\\d`));
      }, 60_000);
    }
  }
});
