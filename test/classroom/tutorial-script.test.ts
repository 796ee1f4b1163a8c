// The lessons' triggers: each lesson comes due at its moment, once, and reads only the player's view.
import { describe, expect, it } from 'vitest';
import { dueLessons, TUTORIAL_SCRIPT } from '../../src/classroom/tutorial-script.js';
import type { LessonContext } from '../../src/classroom/tutorial-script.js';
import { lessonText, startTutorial, TUTORIAL_PLAYER } from '../../src/classroom/tutorial.js';
import { viewFor } from '../../src/engine/index.js';
import type { LogEntry } from '../../src/engine/index.js';
import { CLOCK_RECOVERY, DECOUPLED_AT, HELD_SCORING_PENALTY, OPENING_COST, PRESSURE } from '../../src/engine/rules.js';
import { catalog } from '../../src/i18n/messages.js';
import { wrap } from '../../src/ui/terminal/text.js';
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
    const played: LogEntry = { round: 1, type: 'play', side: 'china', card: 'us-clock', use: 'influence', ops: 3 };
    const fired: LogEntry = { round: 1, type: 'eventFires', side: 'china', card: 'us-clock', owner: 'us' };
    expect(dueLessons(['welcome', 'headline', 'scoring'], context([played, fired]))).toContainEqual({ id: 'opponentEvent', card: 'us-clock' });
    // A headline handed to the opponent, or a leftover firing at the end of the round, was not played for Ops.
    const headlined: LogEntry = { round: 1, type: 'play', side: 'china', card: 'us-clock', use: 'headline', ops: 3 };
    expect(dueLessons(['welcome', 'headline', 'scoring'], context([headlined, fired])).map((l) => l.id)).not.toContain('opponentEvent');
    expect(dueLessons(['welcome', 'headline', 'scoring'], context([fired])).map((l) => l.id)).not.toContain('opponentEvent');
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

  it('teaches the end of the round before the last play, then the trap’s loop when it runs', () => {
    const seen = ['welcome', 'headline', 'scoring', 'play', 'opponentCard', 'influence', 'clock', 'race'] as const;
    const loop: LogEntry = { round: 1, type: 'track', track: 'stack', from: 2, to: 3, reason: 'decoupling' };
    expect(dueLessons([...seen], context([loop])).map((l) => l.id)).toEqual(['trap']);
    const trap: LogEntry = { round: 1, type: 'track', track: 'lockIn', from: 0, to: 1, reason: 'trap' };
    expect(dueLessons([...seen], context([trap])).map((l) => l.id)).toEqual(['trap']);
    const race: LogEntry = { round: 1, type: 'track', track: 'stack', from: 0, to: 1, reason: 'race' };
    expect(dueLessons([...seen], context([race])).map((l) => l.id)).not.toContain('trap');
  });

  it('quotes the numbers of rules.ts in the new rules’ lessons', () => {
    for (const lang of ['en', 'fr'] as const) {
      const scoring = lessonText({ id: 'scoring' }, session.state, lang).body;
      expect(scoring).toContain(String(HELD_SCORING_PENALTY));
      const trap = lessonText({ id: 'trap' }, session.state, lang).body;
      expect(trap).toContain(String(DECOUPLED_AT));
      expect(trap).toContain(lang === 'en' ? '“H20 licence”' : '«\u00a0Licence du H20\u00a0»'); // the fixture deck has no H20 card
      const pressure = lessonText({ id: 'pressure' }, session.state, lang).body;
      expect(pressure).toContain(String(PRESSURE.reward));
      // The hold: the opponent's cards fire, the others are discarded (rules 6.7.2).
      const hold = lessonText({ id: 'hold' }, session.state, lang).body;
      expect(hold).toMatch(lang === 'en' ? /opponent’s cards fires its event/ : /carte adverse déclenche d’abord son événement/);
      expect(hold).toMatch(lang === 'en' ? /discards the rest/ : /défausse les autres/);
      const clock = lessonText({ id: 'clock' }, session.state, lang).body;
      expect(clock).toContain(lang === 'en' ? `recovers ${CLOCK_RECOVERY} steps` : `remonte de ${CLOCK_RECOVERY} crans`);
      const influence = lessonText({ id: 'influence' }, session.state, lang).body;
      expect(influence).toContain(lang === 'en' ? `${OPENING_COST} more to open a space` : `${OPENING_COST} de plus pour s’implanter`);
      // A sanction removes the opponent's influence and adds none (rules 6.4.2.2).
      const play = lessonText({ id: 'play' }, session.state, lang).body;
      expect(play).toMatch(lang === 'en' ? /removes that much of the opponent’s influence/ : /retire autant d’influence adverse/);
    }
    expect(lessonText({ id: 'race' }, session.state, 'en').body).toContain('Steps 1, 2, 4, 6, and 8 give Leadership, steps 2 and 4 lasting abilities');
  });

  it('keeps every lesson within five lines at 80 columns, so the status line stays on screen', () => {
    // The lesson box wraps its text at the screen's width − 1 − 4 (border and padding).
    for (const lang of ['en', 'fr'] as const) {
      for (const { id } of TUTORIAL_SCRIPT) {
        const { body } = lessonText(id === 'opponentEvent' ? { id, card: 'us-clock' } : { id }, session.state, lang);
        expect(wrap(body, 80 - 1 - 4).length, `${id} (${lang})`).toBeLessThanOrEqual(5);
      }
    }
  });

  it('fills in each side’s pressure check in the player’s language', () => {
    const { body } = lessonText({ id: 'pressure' }, session.state, 'en');
    expect(body).toContain('Washington: the hawks want Ops spent on controls');
    expect(body).toContain('Huawei: the ecosystem needs 3 influence placed in Developers or the Global South.');
  });
});
