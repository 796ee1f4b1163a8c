// The tutorial on the game screen (ink-testing-library): the lesson opens whole and then sits in
// the lesson panel, Enter held down plays nothing, undo is refused, the whole question of the
// status line is readable at 80 columns, French works, and the end page offers the debrief.
import { afterEach, describe, expect, it } from 'vitest';
import { classroomDeck } from '../../src/classroom/deck-source.js';
import { packageRoot } from '../../src/classroom/package-files.js';
import { LESSON_IDS, tutorialSetup } from '../../src/classroom/tutorial.js';
import { TUTORIAL_MOVES } from '../../src/classroom/tutorial-script.js';
import type { Action, GameState } from '../../src/engine/index.js';
import type { Lang } from '../../src/i18n/lang.js';
import { tutorialOpponent } from '../../src/ui/launch.js';
import { initialPlayState } from '../../src/ui/game/play-state.js';
import { PlayApp, type PlayResult } from '../../src/ui/play-app.js';
import type { TerminalSize } from '../../src/ui/terminal/use-terminal-size.js';
import { fitsTerminal, KEY, mount, settle, type Screen } from '../ui/helpers.js';

const DECK = classroomDeck(packageRoot());
const ALL = TUTORIAL_MOVES.map((m) => m.action);

let screen: Screen | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

async function tutorial(moves: Action[] = [], options: { lang?: Lang; size?: TerminalSize; fromMenu?: boolean } = {}) {
  const changes: { actions: Action[]; state: GameState }[] = [];
  const results: PlayResult[] = [];
  const initial = initialPlayState(tutorialSetup(DECK), { us: 'human', china: 'tutorial' }, moves, true);
  screen = mount(
    <PlayApp
      initial={initial}
      chooseBotAction={tutorialOpponent}
      thinkMs={0}
      onChange={(actions, state) => changes.push({ actions, state })}
      onExit={(r) => results.push(r)}
      fromMenu={options.fromMenu ?? false}
    />,
    { ...(options.lang ? { lang: options.lang } : {}), size: options.size ?? { columns: 80, rows: 24 } },
  );
  await settle(10);
  return { s: screen, changes, results };
}

/** The moves up to (not including) the student's first move of `lesson`. */
const upTo = (lesson: string) =>
  ALL.slice(
    0,
    TUTORIAL_MOVES.findIndex((m) => m.lesson === lesson),
  );

describe('the tutorial screen', () => {
  it('opens the lesson whole, then plays on the game screen, where Enter held down plays nothing', async () => {
    const { s, changes } = await tutorial();
    const whole = await s.waitFor('Lesson 1/13 · The headline');
    expect(whole).toContain('Now: pick Closing the A800 Gap in your hand');
    expect(fitsTerminal(whole, { columns: 80, rows: 24 })).toBe(true);
    await s.press(KEY.enter);
    const game = s.frame();
    expect(game.split('\n')[0]).toContain('SILICON CURTAIN');
    expect(game).toContain('Hand · Washington');
    expect(game).toMatch(/Lesson 1\/13 · The headline/);
    const before = changes.length;
    for (let i = 0; i < 10; i++) await s.press(KEY.enter);
    expect(s.frame()).toContain('Not this move');
    expect(changes.length).toBe(before);
    await s.press('u');
    expect(s.frame()).toContain('The tutorial takes no move back');
    expect(fitsTerminal(s.frame(), { columns: 80, rows: 24 })).toBe(true);
  });

  it('plays the lesson’s move by its keys, and the opponent answers from the script', async () => {
    const { s, changes } = await tutorial();
    await s.waitFor('Lesson 1/13');
    // Closing the A800 Gap is the fifth card of the hand: a card's number is its place in the hand,
    // the bargaining chip's (2, never a headline) included.
    await s.press(KEY.enter, '5', '1');
    await s.waitFor('Now: remove 1 China influence from each of Tencent');
    expect(changes.at(-1)?.actions).toEqual(ALL.slice(0, 3));
    expect(changes.at(-1)?.state.headlineRevealed).toBe(true);
  });

  it('reads the whole question at 80 columns (two lines in place of the key hints)', async () => {
    const { s } = await tutorial(upTo('hold'));
    await s.press(KEY.enter);
    const frame = s.frame().split('\n');
    const status = frame.slice(-2).join(' ').replace(/\s+/g, ' ');
    expect(status).toContain('End of round: keep one card. The rest are discarded; your opponent’s cards among them fire their events first.');
    expect(frame.join('\n')).not.toMatch(/fire th…|are cho…/);
  });

  it('speaks French', async () => {
    const { s } = await tutorial(upTo('encircle'), { lang: 'fr' });
    const whole = await s.waitFor('Leçon 8/13 · L’encerclement');
    expect(whole).toContain('À vous\u00a0: choisissez');
    expect(fitsTerminal(whole, { columns: 80, rows: 24 })).toBe(true);
  });

  it('opens every lesson whole at 80×24 in both languages, each number filled in', async () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const [i, lesson] of LESSON_IDS.entries()) {
        const { s } = await tutorial(upTo(lesson), { lang });
        const whole = await s.waitFor(`${lang === 'en' ? 'Lesson' : 'Leçon'} ${i + 1}/13`);
        expect(fitsTerminal(whole, { columns: 80, rows: 24 }), `${lesson} ${lang}`).toBe(true);
        expect(whole, `${lesson} ${lang}`).not.toMatch(/\{\w+\}/);
        s.unmount();
      }
    }
  });

  it('ends on a page that offers the debrief, and leaves to the menu when started there', async () => {
    const { s, results } = await tutorial(ALL.slice(0, -1), { fromMenu: true, size: { columns: 120, rows: 40 } });
    await s.press(KEY.enter);
    // The last point of the last lesson: Universities, under the board cursor once moved there.
    for (let i = 0; i < 6 && !s.frame().includes('▶ Universities'); i++) await s.press(KEY.down);
    await s.press(KEY.enter);
    const end = await s.waitFor('Tutorial complete');
    expect(end).toContain('Washington (US) wins by final scoring');
    expect(end).toContain('Next: a real game against the computer, with New game in the menu.');
    expect(end).toMatch(/1 Debrief[\s\S]*2 Back to the menu/);
    await s.press('2');
    expect(results).toHaveLength(1);
    expect(results[0]?.outcome?.winner).toBe('us');
  });
});
