// The tutorial played to its end by keys in a real terminal (tmux) at 80×24 and 120×40: on the
// game screen (its header on the first line), each lesson opening whole, Enter held down never
// skipping a lesson, every move made as the lesson says, and the end page that offers the
// debrief and leaves to the shell with a line saying what next. Needs the bundle and tmux.
import { afterEach, describe, expect, it } from 'vitest';
import { TUTORIAL_MOVES } from '../../src/classroom/tutorial-script.js';
import { classroomDeck } from '../../src/classroom/deck-source.js';
import { packageRoot } from '../../src/classroom/package-files.js';
import type { Action } from '../../src/engine/index.js';
import { localText } from '../../src/i18n/lang.js';
import { gameLayout } from '../../src/ui/game/layout.js';
import { Terminals, has, keys, screen, skipReason, waitFor, type Size } from './driver.js';

const skip = skipReason('test/tmux/tutorial.test.ts');
const terminals = new Terminals('sc-tutorial');
afterEach(() => terminals.cleanup());

const DECK = classroomDeck(packageRoot());
const title = (card: string) => localText(DECK.cards.find((c) => c.id === card)?.title, 'en') || card;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where the lesson opens whole: its footer. */
const LESSON_SCREEN = /Enter\/t\/Esc close/;
/** The status line when the student must act (cut short at 80 columns when the question is long). */
// The side in brackets goes when the question is long (80 columns keep the key hints).
const STUDENT_TURN = /U Washington (\(US\) )?to act:/;

/** Waits for the student's turn on the game screen, closing a lesson opened whole on the way. */
async function studentTurn(t: string): Promise<string> {
  for (let tries = 0; tries < 10; tries++) {
    const shown = await waitFor(t, (s) => LESSON_SCREEN.test(s) || STUDENT_TURN.test(s) || s.includes('Tutorial complete'), 'the student’s turn', 20);
    if (!LESSON_SCREEN.test(shown)) return shown;
    keys(t, 'Enter');
    await waitFor(t, (s) => !LESSON_SCREEN.test(s), 'the lesson screen closed');
  }
  throw new Error(`the lesson screen does not close:\n${screen(t)}`);
}

/** The digit in front of a line of the side panel (the hand, or a card's uses) that contains `text`. */
function digitOf(shown: string, boardWidth: number, text: RegExp): string {
  for (const line of shown.split('\n')) {
    const side = line.slice(boardWidth);
    const m = side.match(new RegExp(`(\\d) [^\\n]*${text.source}`));
    if (m?.[1]) return m[1];
  }
  throw new Error(`no line with ${String(text)} in the side panel:\n${shown}`);
}

const USE_LABEL: Record<string, RegExp> = {
  event: /(Event|Score)/,
  influence: /place influence/,
  sanction: /: sanction/,
  lobby: /: lobby/,
  race: /Lock-in/,
  headline: /Headline this card/,
  hold: /Keep this card/,
};

/** Moves the board cursor (▶) to `space` with the arrows, reading the board after each key. */
async function cursorTo(t: string, size: Size, name: string): Promise<void> {
  const L = gameLayout(size.columns, size.rows);
  for (let presses = 0; presses < 40; presses++) {
    // The board starts at its first region's header: below the tracks, which take more lines in a
    // tall terminal, and the "In force" line when a card is in force (`!`/`⊘` may mark the header).
    const all = screen(t).split('\n');
    const top = all.findIndex((line) => /^[!⊘ ]*China Market +st /.test(line));
    const lines = all.slice(top, top + L.topRows);
    let cursor: { row: number; col: number } | null = null;
    let target: { row: number; col: number } | null = null;
    lines.forEach((line, row) => {
      [line.slice(0, L.columnWidth), line.slice(L.columnWidth + 1, L.boardWidth)].forEach((cell, col) => {
        if (cell.includes('▶')) cursor = { row, col };
        if (new RegExp(`[ ◆◈•▶]${escape(name)}\\b`).test(cell)) target = { row, col };
      });
    });
    const c = cursor as { row: number; col: number } | null;
    const g = target as { row: number; col: number } | null;
    if (!c || !g) throw new Error(`no cursor or no ${name} on the board:\n${screen(t)}`);
    if (c.row === g.row && c.col === g.col) return;
    keys(t, c.col !== g.col ? (c.col < g.col ? 'Right' : 'Left') : c.row > g.row ? 'Up' : 'Down');
    await pause(150);
  }
  throw new Error(`the cursor did not reach ${name}:\n${screen(t)}`);
}

const SPACE_NAMES: Record<string, string> = {
  tencent: 'Tencent',
  bytedance: 'ByteDance',
  alibaba: 'Alibaba',
  universities: 'Universities',
  uae: 'UAE',
  thailand: 'Thailand',
  foundries: 'Foundries',
  hbm: 'HBM memory',
};

/** One of the student's moves, by keys, as the lesson's "Now:" says. */
async function play(t: string, size: Size, action: Action): Promise<void> {
  const boardWidth = gameLayout(size.columns, size.rows).boardWidth;
  const shown = await studentTurn(t);
  if ('space' in action) {
    await cursorTo(t, size, SPACE_NAMES[action.space] ?? action.space);
    keys(t, 'Enter');
  } else if ('card' in action) {
    keys(t, digitOf(shown, boardWidth, new RegExp(`\\d[UCN] +.?${escape(title(action.card).slice(0, 12))}`)));
    const use = action.type === 'play' ? action.use : action.type;
    // "How do you play X?", or for a headline or the card kept, "Headline X?" / "Keep X for the next round?".
    const uses = await waitFor(t, (s) => /How do you play|▶1 (Headline|Keep) this card/.test(s), 'the card’s uses');
    keys(t, digitOf(uses, boardWidth, USE_LABEL[use] ?? /$^/));
  } else {
    throw new Error(`no keys for ${JSON.stringify(action)}`);
  }
  await pause(300);
}

describe.skipIf(skip !== null)('the tutorial in tmux', () => {
  for (const size of [
    { columns: 80, rows: 24 },
    { columns: 120, rows: 40 },
  ]) {
    it(`is played to its end by keys at ${size.columns}×${size.rows}, and Enter skips no lesson`, async () => {
      const home = terminals.tempDir();
      const t = terminals.start(size, ['tutorial'], { SILICON_CURTAIN_HOME: home, NO_COLOR: '1' });
      const first = await waitFor(t, LESSON_SCREEN, 'the first lesson, whole', 20);
      expect(first).toContain('Lesson 1/13 · The headline');
      expect(first).toMatch(/Now: pick Closing the A800 Gap in your hand/);

      // Enter held down: the lesson screen closes, then the highlighted card is refused.
      for (let i = 0; i < 8; i++) keys(t, 'Enter');
      await pause(800);
      const held = screen(t);
      expect(held.split('\n')[0]).toContain('SILICON CURTAIN');
      expect(held).toContain('Lesson 1/13');
      expect(held).toContain('Not this move');
      expect(held).toMatch(/Round 1\/2 +actions 0·0/);
      keys(t, 'Escape', 'Escape');
      await pause(200);

      const moves = TUTORIAL_MOVES.filter((m) => m.lesson !== null);
      for (const [i, m] of moves.entries()) {
        // The second lesson: Enter held again plays nothing.
        if (m.lesson === 'influence' && moves[i - 1]?.lesson !== 'influence') {
          await studentTurn(t);
          for (let k = 0; k < 8; k++) keys(t, 'Enter');
          await pause(800);
          const again = screen(t);
          expect(again).toContain('Lesson 2/13');
          expect(again).toMatch(/actions 0·0/);
          keys(t, 'Escape', 'Escape');
          await pause(200);
        }
        await play(t, size, m.action);
      }
      const end = await waitFor(t, has('Tutorial complete'), 'the end page', 30);
      expect(end).toContain('Washington (US) wins by final scoring');
      expect(end).toContain('Next: a real game against the computer');
      expect(end).toMatch(/1 Debrief/);
      for (const line of end.split('\n')) expect(line.length).toBeLessThanOrEqual(size.columns);
      keys(t, '2');
      const after = await waitFor(t, has('EXIT=0'), 'the shell');
      expect(after).toContain('Tutorial complete. Now play a game against the computer: silicon-curtain play');
    }, 180_000);
  }
});
