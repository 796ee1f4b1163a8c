// Taking a card back from the discard pile (Big Fund III in the seed-7301 play-test): the program
// asks because there are two cards to take; once one is picked, the step that confirms it says
// what it does, as keeping a card does, not "How do you play…?" over a single answer.
import { afterEach, describe, expect, it } from 'vitest';
import { legalActions } from '../../src/engine/index.js';
import { PLAYTEST_7301, PLAYTEST_SETUP, playtestAfter } from '../fixtures/playtest-7301.js';
import { KEY, mountPlay, type PlayHarness } from './helpers.js';

let screen: PlayHarness | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

const BEFORE_RETRIEVE = 27;

describe('taking a card back', () => {
  it('is asked with two cards in the discard pile to take back', () => {
    expect(legalActions(playtestAfter(BEFORE_RETRIEVE))).toEqual([
      { type: 'retrieve', card: 'samr-nvidia-probe' },
      { type: 'retrieve', card: 'stockpiling-before-the-ban' },
    ]);
  });

  for (const [lang, question, answer] of [
    ['en', 'Take Antitrust Probe into NVIDIA back?', '▶1 Take this card back'],
    ['fr', 'Reprendre Enquête antitrust contre NVIDIA\u202f?', '▶1 Reprendre cette carte'],
  ] as const) {
    it(`confirms the card picked by saying what taking it does (${lang})`, async () => {
      screen = await mountPlay({
        setup: PLAYTEST_SETUP,
        seats: { us: 'random', china: 'human' },
        actions: PLAYTEST_7301.slice(0, BEFORE_RETRIEVE),
        size: { columns: 100, rows: 32 },
        lang,
        color: false,
      });
      await screen.waitFor(lang === 'en' ? 'Take a card back from the discard pile' : 'Reprenez une carte de la défausse');
      await screen.press(KEY.enter);
      const frame = await screen.waitFor(answer);
      expect(frame).toContain(question);
      expect(frame).not.toMatch(/How do you play|Comment jouer/);
      await screen.press(KEY.enter);
      await screen.waitFor(() => screen?.changes.at(-1)?.actions.at(-1)?.type === 'retrieve');
    });
  }
});
