// The debrief of the game just played, opened from its end screen: offered there, showing the
// result and the class's questions, scrolled, and closed back to the end screen's choices.
import { readFileSync } from 'node:fs';
import chalk from 'chalk';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/classroom/debrief.js';
import { parseSavedGame, replaySavedGame } from '../../src/classroom/saved-game.js';
import type { Action, GameSetup } from '../../src/engine/index.js';
import { CLASSROOM_CARDS, CLASSROOM_DECKS } from '../classroom/classroom-deck.js';
import { fitsTerminal, KEY, mountPlay, type PlayHarness } from './helpers.js';

// A finished three-round game (China wins by regional dominance) on a deck with history notes
// and questions, as a class would play it.
const saved = parseSavedGame(readFileSync(new URL('../classroom/fixtures/saved-game.json', import.meta.url), 'utf8'));
const setup: GameSetup = { ...saved.setup, cards: CLASSROOM_CARDS, decks: CLASSROOM_DECKS };
const actions = saved.actions as Action[];
const finished = replaySavedGame(saved, CLASSROOM_CARDS, CLASSROOM_DECKS);
const SIZE = { columns: 80, rows: 24 };

let screen: PlayHarness | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

async function atTheEnd(options: { lang?: 'en' | 'fr'; color?: boolean; size?: typeof SIZE } = {}): Promise<PlayHarness> {
  screen = await mountPlay({ setup, seats: { us: 'human', china: 'human' }, actions, ...options });
  await screen.waitFor(options.lang === 'fr' ? 'Partie terminée' : 'Game over');
  return screen;
}

/** Pages down until `text` is on screen, as a reader looking for it would. */
async function pageDownTo(s: PlayHarness, text: string): Promise<string> {
  for (let page = 0; page < 20 && !s.frame().includes(text); page++) await s.press(KEY.pageDown);
  return s.waitFor(text);
}

describe('the debrief from the end screen', () => {
  it('is offered at the end, shows the result and the questions, and Esc goes back to rematch / new game / quit', async () => {
    const s = await atTheEnd();
    const end = s.frame();
    expect(end).toContain('4 Debrief: the cards’ history, questions for the class');
    expect(end).toContain('d debrief');

    await s.press('d');
    const top = await s.waitFor('Silicon Curtain — debrief');
    const debrief = buildDebrief(finished, 'en');
    expect(top).toContain('US (NVIDIA) won by regional dominance in round 3.');
    expect(top).toContain('Timeline of the cards played');
    expect(top).not.toContain('Questions for discussion');
    expect(top).toContain('Esc/q back');
    expect(fitsTerminal(top, SIZE)).toBe(true);

    await s.press(KEY.pageDown);
    expect(s.frame()).not.toContain('US (NVIDIA) won by regional dominance');
    const questions = await pageDownTo(s, 'Questions for discussion');
    // The first core question, under its title (its text wraps over several lines).
    expect(questions).toContain(`1. ${debrief.questions[0]?.title}.`);
    expect(fitsTerminal(questions, SIZE)).toBe(true);
    await s.press('\u001B[F'); // End
    expect(s.frame()).toMatch(/lines \d+–(\d+) of \1/);

    await s.press(KEY.esc);
    const back = await s.waitFor('Game over');
    for (const choice of ['Rematch, sides swapped', 'New game', 'Quit', 'Debrief']) expect(back).toContain(choice);
    expect(s.results).toHaveLength(0);
    await s.press('1');
    expect(s.results[0]).toMatchObject({ rematch: true, outcome: finished.outcome });
  });

  it('opens by its number or from the cursor, reopens at its top, and q closes it without leaving the game', async () => {
    const s = await atTheEnd();
    await s.press('4');
    await s.waitFor('Silicon Curtain — debrief');
    await s.press(KEY.down, KEY.down);
    expect(s.frame()).toContain('lines 3–');
    await s.press('q');
    await s.waitFor('Game over');
    expect(s.results).toHaveLength(0);
    await s.press(KEY.up, KEY.enter);
    expect(await s.waitFor('Silicon Curtain — debrief')).toContain('lines 1–');
    await s.press('d');
    await s.waitFor('Game over');
    expect(s.results).toHaveLength(0);
  });

  it('closes with Enter too, as the debrief of a saved file does, back to the end screen', async () => {
    const s = await atTheEnd();
    await s.press('d');
    await s.waitFor('Silicon Curtain — debrief');
    await s.press(KEY.enter);
    await s.waitFor('Game over');
    expect(s.results).toHaveLength(0);
  });

  it('leaves the game and its autosave as they were', async () => {
    const s = await atTheEnd();
    const before = s.changes.length;
    await s.press('d', KEY.pageDown, KEY.esc);
    await s.waitFor('Game over');
    expect(s.changes).toHaveLength(before);
  });

  it('speaks French, within 80x24, and without colour under NO_COLOR', async () => {
    const saved = chalk.level;
    chalk.level = 1;
    // eslint-disable-next-line no-control-regex -- colour codes are escape sequences
    const COLOUR = /\u001B\[(3[0-7]|9[0-7]|38;)/;
    try {
      const coloured = await atTheEnd({ lang: 'fr' });
      await coloured.press('d');
      await coloured.waitFor('Silicon Curtain — débriefing');
      const withColour = coloured.raw();
      coloured.unmount();

      const s = await atTheEnd({ lang: 'fr', color: false });
      const end = s.frame();
      expect(end).toContain('4 Débriefing\u00a0: l’histoire des cartes, questions pour la classe');
      expect(end).toContain('d débriefing');
      await s.press('d');
      const top = await s.waitFor('Silicon Curtain — débriefing');
      expect(top).toContain('Victoire des États-Unis (NVIDIA) par hégémonie régionale, à la manche 3.');
      expect(top).toContain('Chronologie des cartes jouées');
      expect(top).toContain('Échap/q retour');
      expect(fitsTerminal(top, SIZE)).toBe(true);
      expect(withColour).toMatch(COLOUR);
      expect(s.raw()).not.toMatch(COLOUR);
      expect(await pageDownTo(s, 'Questions pour la discussion')).toContain('Questions pour la discussion');
      expect(await pageDownTo(s, `1. ${buildDebrief(finished, 'fr').questions[0]?.title}.`)).toContain('Échap/q retour');
    } finally {
      chalk.level = saved;
    }
  });

  it('keeps to a readable width on a wide terminal and lists d in the help', async () => {
    const s = await atTheEnd({ size: { columns: 160, rows: 48 } });
    await s.press('d');
    const wide = await s.waitFor('Silicon Curtain — debrief');
    expect(fitsTerminal(wide, { columns: 160, rows: 48 })).toBe(true);
    expect(
      Math.max(
        ...wide
          .split('\n')
          .slice(1, -1)
          .map((line) => line.trimEnd().length),
      ),
    ).toBeLessThanOrEqual(101);
    await s.press(KEY.esc, '?');
    expect(await s.waitFor('Reminders')).toMatch(/d\s+the debrief, once the game is over/);
  });
});
