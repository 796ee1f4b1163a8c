// The other screens of a game: personas asked on screen, help, the full log, quitting, the
// end screen and its choices, and the linear screen for screen readers.
import { afterEach, describe, expect, it } from 'vitest';
import { applyAction, createGame, viewFor } from '../../src/engine/index.js';
import { fixtureSetup } from '../engine/fixture-deck.js';
import { fitsTerminal, KEY, mountPlay, type PlayHarness } from './helpers.js';

let screen: PlayHarness | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
  delete process.env.INK_SCREEN_READER;
});

/** The actions of a game played to its end by always taking the first legal action. */
function finishedGame(seed: number) {
  const setup = fixtureSetup(seed);
  let s = createGame(setup);
  const actions = [];
  while (!s.outcome) {
    const action = viewFor(s, s.decision!.side).legal[0]!;
    actions.push(action);
    s = applyAction(s, action);
  }
  return { setup, actions, state: s };
}

describe('personas not given', () => {
  it('asks the human side on screen, with what each persona wants and its pressure check; a bot’s comes from the seed', async () => {
    const setup = { ...fixtureSetup(7), personas: {} };
    screen = await mountPlay({ setup, seats: { us: 'human', china: 'random' } });
    const ask = await screen.waitFor('Choose the personas');
    expect(ask).toContain('US: choose a persona');
    expect(ask).toContain('Washington');
    expect(ask).toContain('Pressure check, Shareholders');
    await screen.press(KEY.down, KEY.enter);
    const game = await screen.waitFor('NVIDIA');
    expect(game).toMatch(/U NVIDIA (goal )?\d\/\d\s+C (Beijing|Huawei)/);
  });
});

describe('overlays', () => {
  it('opens the help from the keymap and closes it with Esc', async () => {
    screen = await mountPlay({ setup: fixtureSetup(7), seats: { us: 'human', china: 'random' } });
    await screen.waitFor('Choose your headline');
    await screen.press('?');
    const help = await screen.waitFor('Reminders');
    expect(help).toMatch(/↑ k ↓ j ← h → l\s+move the cursor/);
    expect(help).toMatch(/L\s+the whole game log/);
    expect(help).toContain('Control: your influence ≥');
    expect(fitsTerminal(help, { columns: 80, rows: 24 })).toBe(true);
    await screen.press(KEY.esc);
    await screen.waitFor('Choose your headline');
  });

  for (const [lang, reminders, legend] of [
    ['en', 'Reminders', ['⊘ before a region', '★ signature card', 'done/needed']],
    ['fr', 'Rappels', ['⊘ devant une région', '★ carte signature', 'fait/requis']],
  ] as const) {
    it(`the help at 80×24 cuts no key’s words and explains every mark of the screen (${lang})`, async () => {
      screen = await mountPlay({ setup: fixtureSetup(7), seats: { us: 'human', china: 'random' }, lang, color: false });
      await screen.waitFor(lang === 'en' ? 'Choose your headline' : 'à la une');
      await screen.press('?');
      const seen: string[] = [await screen.waitFor(reminders)];
      for (let i = 0; i < 6; i++) {
        await screen.press(KEY.pageDown);
        seen.push(screen.frame());
      }
      for (const frame of seen) expect(fitsTerminal(frame, { columns: 80, rows: 24 })).toBe(true);
      const all = seen.join('\n');
      // "i  what decides the game: goals, effects in force, domina…" was cut at 80 columns.
      expect(all).not.toContain('…');
      expect(all).toContain(lang === 'en' ? 'final scoring now' : 'domination, décompte final');
      for (const words of legend) expect(all).toContain(words);
    });
  }

  it('scrolls the full log with rounds marked', async () => {
    const { setup, actions } = finishedGame(9);
    screen = await mountPlay({ setup, seats: { us: 'human', china: 'human' }, actions: actions.slice(0, -1) });
    await screen.press(KEY.enter, 'L');
    const newest = await screen.waitFor('Game log');
    expect(newest).toMatch(/lines \d+–(\d+) of \1/);
    await screen.press(KEY.pageUp, KEY.pageUp, KEY.pageUp, KEY.pageUp, KEY.pageUp, KEY.pageUp, KEY.pageUp, KEY.pageUp);
    const oldest = screen.frame();
    expect(oldest).toContain('lines 1–');
    expect(oldest).toContain('Round 1 begins');
    await screen.press(KEY.down);
    expect(screen.frame()).toContain('lines 2–');
    await screen.press(KEY.esc);
    expect(screen.frame()).not.toContain('Game log');
  });

  it('asks before quitting: n keeps playing, y leaves with the actions played', async () => {
    screen = await mountPlay({ setup: fixtureSetup(7), seats: { us: 'human', china: 'random' } });
    await screen.waitFor('Choose your headline');
    await screen.press('q');
    expect(await screen.waitFor('Quit this game?')).toContain('y yes · n no');
    await screen.press('n');
    expect(screen.frame()).not.toContain('Quit this game?');
    await screen.press('q', 'y');
    expect(screen.results).toHaveLength(1);
    expect(screen.results[0]?.outcome).toBeNull();
    expect(screen.results[0]?.actions.length).toBeGreaterThan(0);
  });

  it('leaves at once on Ctrl-C', async () => {
    screen = await mountPlay({ setup: fixtureSetup(7), seats: { us: 'human', china: 'human' } });
    await screen.press(KEY.ctrlC);
    expect(screen.results).toHaveLength(1);
  });
});

describe('the end screen', () => {
  it('says who won and why, draws Leadership over the game, and offers rematch, new game, quit', async () => {
    const { setup, actions, state } = finishedGame(9);
    screen = await mountPlay({ setup, seats: { us: 'human', china: 'human' }, actions });
    const end = await screen.waitFor('Game over');
    expect(fitsTerminal(end, { columns: 80, rows: 24 })).toBe(true);
    const o = state.outcome!;
    expect(end).toContain(o.winner === 'us' ? 'Washington (US) wins' : o.winner === 'china' ? 'Huawei (China) wins' : 'A draw');
    expect(end).toContain('Final tracks');
    expect(end).toMatch(/\+20 │/);
    expect(end).toMatch(/-20 │/);
    expect(end).toContain('start');
    for (const choice of ['Rematch, sides swapped', 'New game', 'Quit']) expect(end).toContain(choice);
    await screen.press(KEY.down, KEY.enter);
    expect(screen.results[0]).toMatchObject({ newGame: true, outcome: o });
  });

  it('offers the menu instead of quitting when the game came from the menu', async () => {
    const { setup, actions } = finishedGame(9);
    screen = await mountPlay({ setup, seats: { us: 'human', china: 'human' }, actions, fromMenu: true });
    expect(await screen.waitFor('Game over')).toContain('Back to the menu');
    await screen.press('3');
    expect(screen.results[0]).toEqual(expect.objectContaining({ outcome: expect.anything() }));
    expect(screen.results[0]?.rematch).toBeUndefined();
  });
});

describe('screen reader mode', () => {
  it('gives a linear screen of sentences with numbered choices that the same keys answer', async () => {
    process.env.INK_SCREEN_READER = 'true';
    screen = await mountPlay({ setup: fixtureSetup(7), seats: { us: 'human', china: 'random' } });
    const text = await screen.waitFor('Choices, press the number:');
    expect(text).toContain('Silicon Curtain. Round 1 of 3. Washington against Huawei.');
    expect(text).toMatch(/Leadership [^.]+\. Decoupling clock at 5/);
    expect(text).toContain('Tencent, battleground, stability 2: US 1, China 1, nobody controls it.');
    expect(text).toContain('Your hand:');
    expect(text).not.toMatch(/[│┼◆▶]/);
    await screen.press('1');
    // A headline's one use is asked as what it does, not "How do you play".
    const asked = await screen.waitFor('1. Headline this card');
    expect(asked).toMatch(/Headline [^\n]+\?/);
    expect(asked).not.toContain('How do you play');
  });
});
