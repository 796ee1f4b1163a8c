// The tutorial played by key presses to its end: lessons at their moments, a game against the
// seeded opponent, the debrief, and leaving and resuming with the progress kept.
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { CORE_LESSONS, lessonKeys } from '../../src/classroom/tutorial-script.js';
import { resumeTutorial, startTutorial, tutorialOver } from '../../src/classroom/tutorial.js';
import type { TutorialSession } from '../../src/classroom/tutorial.js';
import { progressOf } from '../../src/classroom/tutorial-progress.js';
import type { Lang } from '../../src/i18n/lang.js';
import { t } from '../../src/i18n/messages.js';
import { TutorialScreen } from '../../src/ui/tutorial/TutorialScreen.js';
import { CLASSROOM_CARDS, CLASSROOM_DECKS } from './classroom-deck.js';

const DECK = { cards: CLASSROOM_CARDS, decks: CLASSROOM_DECKS };
const ENTER = '\r';
const ESC = '\u001B';
const DOWN = '\u001B[B';

/** Lets React and ink handle what was written (input listeners attach in effects). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Waits (a little) until the screen shows `text`. */
async function frameShowing(app: { lastFrame(): string | undefined }, text: string): Promise<boolean> {
  for (let waited = 0; waited < 1000; waited += 5) {
    if (app.lastFrame()?.includes(text)) return true;
    await settle();
  }
  return false;
}

function mount(session: TutorialSession, lang: Lang = 'en') {
  const events = { exit: null as null | { finished: boolean }, saved: [] as TutorialSession[] };
  const app = render(
    <TutorialScreen session={session} lang={lang} onExit={(r) => (events.exit = r)} onProgress={(s) => events.saved.push(s)} />,
  );
  /** Presses a key and waits for the screen to change, so every screen is drawn (and seen). */
  const press = async (key: string) => {
    const before = app.lastFrame();
    app.stdin.write(key);
    for (let waited = 0; waited < 500 && app.lastFrame() === before && events.exit === null; waited += 5) await settle();
  };
  return { app, events, press };
}

let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  unmount = undefined;
});

describe('the tutorial, by key presses', () => {
  it('is played to its end with Enter alone: every core lesson, the game, then the debrief', async () => {
    const { app, events, press } = mount(startTutorial(DECK));
    unmount = app.unmount;
    await settle();
    expect(app.lastFrame()).toContain(t('en', 'tutorial.lesson.welcome.title'));
    expect(app.lastFrame()).toContain('China Market');
    let sawDebrief = false;
    for (let i = 0; i < 400 && events.exit === null; i++) {
      await press(ENTER);
      if (app.lastFrame()?.includes('Silicon Curtain — debrief')) sawDebrief = true;
    }
    expect(events.exit).toEqual({ finished: true });
    expect(sawDebrief).toBe(true);
    const everything = app.frames.join('\n');
    for (const id of CORE_LESSONS) expect(everything, `lesson ${id}`).toContain(t('en', lessonKeys(id).title));
    // The end lesson names the result the game reached.
    const last = events.saved.at(-1) as TutorialSession;
    expect(tutorialOver(last)).toBe(true);
    expect(everything).toMatch(/(US|China) \((Washington|Huawei)\) won by|A draw/);
    // The saved progress is the whole game: re-folded, it ends the same way.
    const replayed = resumeTutorial(DECK, progressOf(last));
    expect(replayed.state.outcome).toEqual(last.state.outcome);
  });

  it('lets the player pick a card, look at its uses, and go back with Esc', async () => {
    const { app, press } = mount(startTutorial(DECK));
    unmount = app.unmount;
    await settle();
    // Read lessons until the headline choice shows.
    for (let i = 0; i < 10 && !app.lastFrame()?.includes(t('en', 'tutorial.prompt.headline')); i++) await press(ENTER);
    expect(app.lastFrame()).toContain('› Card neutral-race');
    await press(DOWN);
    expect(app.lastFrame()).toContain('› Card us-next');
    await press(ENTER);
    for (let i = 0; i < 10 && !app.lastFrame()?.includes(t('en', 'tutorial.prompt.play')); i++) await press(ENTER);
    await press(ENTER);
    expect(app.lastFrame()).toContain('How do you play Card sig-washington?');
    expect(app.lastFrame()).toContain('› For its event');
    await press(ESC);
    // A lone Esc waits a moment in case more of an escape sequence follows.
    expect(await frameShowing(app, t('en', 'tutorial.prompt.play'))).toBe(true);
  });

  it('can be left with q and resumed where it was', async () => {
    const first = mount(startTutorial(DECK));
    unmount = first.app.unmount;
    await settle();
    for (let i = 0; i < 6; i++) await first.press(ENTER);
    await first.press('q');
    expect(first.events.exit).toEqual({ finished: false });
    const saved = first.events.saved.at(-1) as TutorialSession;
    expect(saved.actions.length).toBeGreaterThan(0);
    first.app.unmount();

    const resumed = resumeTutorial(DECK, JSON.parse(JSON.stringify(progressOf(saved))));
    expect(resumed.state.log).toEqual(saved.state.log);
    expect(resumed.seen).toEqual(saved.seen);
    const second = mount(resumed);
    unmount = second.app.unmount;
    await settle();
    expect(second.app.lastFrame()).toContain(`Round 1/1 · Leadership`);
    expect(second.app.lastFrame()).not.toContain(t('en', 'tutorial.lesson.welcome.title'));
  });

  it('speaks French', async () => {
    const { app } = mount(startTutorial(DECK), 'fr');
    unmount = app.unmount;
    await settle();
    expect(app.lastFrame()).toContain('Bienvenue dans Silicon Curtain');
    expect(app.lastFrame()).toContain('Marché chinois');
    expect(app.lastFrame()).toContain('Entrée\u00a0: continuer');
  });
});
