// The lessons' triggers: each lesson comes due at its moment, once, and reads only the player's view.
import { describe, expect, it } from 'vitest';
import { dueLessons, TUTORIAL_SCRIPT } from '../../src/classroom/tutorial-script.js';
import type { LessonContext } from '../../src/classroom/tutorial-script.js';
import { lessonText, startTutorial, TUTORIAL_PLAYER } from '../../src/classroom/tutorial.js';
import { viewFor } from '../../src/engine/index.js';
import type { LogEntry } from '../../src/engine/index.js';
import { catalog } from '../../src/i18n/messages.js';
import { CLASSROOM_CARDS, CLASSROOM_DECKS } from './classroom-deck.js';

const session = startTutorial({ cards: CLASSROOM_CARDS, decks: CLASSROOM_DECKS });

function context(fresh: LogEntry[], start = false): LessonContext {
  return { view: viewFor(session.state, TUTORIAL_PLAYER), fresh, cards: session.state.cards, start };
}

describe('the tutorial script', () => {
  it('has a title and a text in both languages for every lesson', () => {
    for (const lesson of TUTORIAL_SCRIPT) {
      for (const lang of ['en', 'fr'] as const) {
        expect(catalog(lang)[`tutorial.lesson.${lesson.id}.title`], `${lesson.id} ${lang}`).toBeTruthy();
        expect(catalog(lang)[`tutorial.lesson.${lesson.id}.body`], `${lesson.id} ${lang}`).toBeTruthy();
      }
    }
  });

  it('opens with the welcome, then the lessons of the decision at hand', () => {
    expect(session.queue.map((l) => l.id).slice(0, 2)).toEqual(['welcome', 'headline']);
    expect(session.state.decision).toMatchObject({ kind: 'headline', side: TUTORIAL_PLAYER });
  });

  it('explains an opponent’s event when one fires, naming its card', () => {
    const fired: LogEntry = { round: 1, type: 'eventFires', side: 'china', card: 'us-clock', owner: 'us' };
    expect(dueLessons(['welcome', 'headline', 'scoring'], context([fired]))).toContainEqual({ id: 'opponentEvent', card: 'us-clock' });
    const own: LogEntry = { round: 1, type: 'eventFires', side: 'china', card: 'china-vp', owner: 'china' };
    expect(dueLessons(['welcome', 'headline', 'scoring'], context([own])).map((l) => l.id)).not.toContain('opponentEvent');
    const text = lessonText({ id: 'opponentEvent', card: 'us-clock' }, session.state, 'fr');
    expect(text.body).toMatch(/^Carte us-clock a été jouée pour ses Ops/);
  });

  it('brings each lesson once', () => {
    const clock: LogEntry = { round: 1, type: 'track', track: 'clock', from: 5, to: 4, reason: 'test' };
    expect(dueLessons([], context([clock], true)).map((l) => l.id)).toEqual(['welcome', 'headline', 'scoring', 'clock']);
    expect(dueLessons(['welcome', 'headline', 'scoring', 'clock'], context([clock], true))).toEqual([]);
  });

  it('fills in each side’s pressure check in the player’s language', () => {
    const { body } = lessonText({ id: 'pressure' }, session.state, 'en');
    expect(body).toContain('Washington: the hawks want Ops spent on controls');
    expect(body).toContain('Huawei: the ecosystem needs 3 influence placed in Developers or the Global South.');
  });
});
