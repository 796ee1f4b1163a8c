// The main menu in a real terminal (tmux) at 80×24 and 120×40, NO_COLOR: two keys sent in one go
// both count, Ctrl-C in a game started from the menu quits at once, as the help says, with the
// save's resume command printed, and a game left with q is offered back by the menu at once. Needs the bundle and tmux; skipped, saying why, without.
import { afterEach, describe, expect, it } from 'vitest';
import { keys, skipReason, Terminals, waitFor } from './driver.js';

const skip = skipReason('test/tmux/menu-keys.test.ts');
const terminals = new Terminals('sc-menukeys');
afterEach(() => terminals.cleanup());

const SIZES = [
  { columns: 80, rows: 24 },
  { columns: 120, rows: 40 },
];

describe.skipIf(skip !== null)('the main menu in tmux', () => {
  it.each(SIZES)(
    'opens the second entry when Down and Enter arrive together ($columns×$rows)',
    async (size) => {
      const home = terminals.tempDir();
      const t = terminals.start(size, [], { NO_COLOR: '1', SILICON_CURTAIN_HOME: home });
      await waitFor(t, '2  Tutorial: learn by playing');
      keys(t, 'Down', 'Enter');
      // The tutorial's first lesson on the game screen, not the New game form.
      const shown = await waitFor(t, (s) => s.includes('SILICON CURTAIN') || s.includes('Mode'), 'the tutorial or the form');
      expect(shown).not.toContain('Against the computer');
      expect(shown).toContain('SILICON CURTAIN');
    },
    60_000,
  );

  it.each(SIZES)(
    'quits the program on Ctrl-C in a game started from the menu, saying how to resume ($columns×$rows)',
    async (size) => {
      const home = terminals.tempDir();
      const t = terminals.start(size, [], { NO_COLOR: '1', SILICON_CURTAIN_HOME: home });
      await waitFor(t, '1  New game');
      keys(t, 'Enter');
      await waitFor(t, 'Start the game');
      keys(t, 'Up');
      keys(t, 'Enter');
      await waitFor(t, 'Choose your headline');
      keys(t, 'Enter');
      await waitFor(t, /Play a card|Place|Choose/);
      keys(t, 'C-c');
      const after = await waitFor(t, 'EXIT=0');
      expect(after).not.toContain('New game');
      expect(after.replace(/\n/g, '')).toContain('To continue it: silicon-curtain resume');
    },
    60_000,
  );

  it.each(SIZES)(
    'offers the game left with q as its second entry at once ($columns×$rows)',
    async (size) => {
      const home = terminals.tempDir();
      const t = terminals.start(size, [], { NO_COLOR: '1', SILICON_CURTAIN_HOME: home });
      const first = await waitFor(t, '1  New game');
      expect(first).not.toContain('Resume');
      keys(t, 'Enter');
      await waitFor(t, 'Start the game');
      keys(t, 'Up');
      keys(t, 'Enter');
      await waitFor(t, 'Choose your headline');
      keys(t, 'q');
      await waitFor(t, 'Quit this game?');
      keys(t, 'y');
      const menu = await waitFor(t, '1  New game');
      expect(menu).toMatch(/2\s+Resume the last game/);
      keys(t, '2');
      await waitFor(t, 'Choose your headline', 'the game resumed');
      keys(t, 'C-c');
      await waitFor(t, 'EXIT=0');
    },
    60_000,
  );
});
