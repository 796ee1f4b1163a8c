// The debrief on screen: what a class reads at the end of a game, scrolled by key.
import { readFileSync } from 'node:fs';
import chalk from 'chalk';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/classroom/debrief.js';
import { parseSavedGame, replaySavedGame } from '../../src/classroom/saved-game.js';
import { DebriefApp } from '../../src/ui/debrief/run-debrief.js';
import { debriefLines, wrap } from '../../src/ui/debrief/debrief-lines.js';
import { KEY, mount, type Screen } from '../ui/helpers.js';
import { CLASSROOM_CARDS, CLASSROOM_DECKS } from './classroom-deck.js';

const state = replaySavedGame(parseSavedGame(readFileSync(new URL('./fixtures/saved-game.json', import.meta.url), 'utf8')), CLASSROOM_CARDS, CLASSROOM_DECKS);
const HOME = '\u001B[H';
const END = '\u001B[F';

let screen: Screen | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

function open(lang: 'en' | 'fr', options: { rows?: number; color?: boolean } = {}) {
  const closed = { count: 0 };
  screen = mount(<DebriefApp debrief={buildDebrief(state, lang)} onClose={() => closed.count++} />, {
    lang,
    color: options.color ?? true,
    size: { columns: 80, rows: options.rows ?? 24 },
  });
  return { screen, closed };
}

describe("the debrief screen of `debrief FILE` (the game's own debrief screen)", () => {
  it('shows the result first, scrolls to the questions and back by the keymap', async () => {
    const { screen: s } = open('en', { rows: 40 });
    const first = await s.waitFor('Timeline of the cards played');
    expect(first).toContain('Silicon Curtain — debrief');
    expect(first).toContain('US (NVIDIA) won by regional dominance in round 3.');
    expect(first).not.toContain('Questions for discussion');
    expect(first).toContain('Esc/q back');
    await s.press(END);
    // The end: the last questions, then the sources.
    expect(s.frame()).toContain('Compare your game with “What happened next”');
    expect(s.frame()).toContain('Sources');
    expect(s.frame()).not.toContain('Timeline of the cards played');
    await s.press(HOME);
    expect(s.frame()).toContain('Timeline of the cards played');
    await s.press(KEY.pageDown);
    expect(s.frame()).not.toContain('US (NVIDIA) won by regional dominance');
  });

  it('closes with q, Esc, Enter or d, as from the end screen', async () => {
    for (const key of ['q', KEY.esc, KEY.enter, 'd']) {
      const { screen: s, closed } = open('en');
      await s.waitFor('Silicon Curtain — debrief');
      await s.press(key);
      expect(closed.count).toBe(1);
      s.unmount();
    }
    screen = undefined;
  });

  it('speaks French', async () => {
    const { screen: s } = open('fr');
    const top = await s.waitFor('Chronologie des cartes jouées');
    expect(top).toContain('Échap/q retour');
  });

  it('keeps its headings bold but colourless under NO_COLOR', async () => {
    const saved = chalk.level;
    chalk.level = 1;
    // eslint-disable-next-line no-control-regex -- matching terminal colour codes is the point
    const COLOUR = /\u001B\[(3[0-7]|9[0-7]|38;)/;
    try {
      const { screen: coloured } = open('en');
      await coloured.waitFor('Timeline of the cards played');
      expect(coloured.raw()).toMatch(COLOUR);
      coloured.unmount();
      const { screen: mono } = open('en', { color: false });
      await mono.waitFor('Timeline of the cards played');
      expect(mono.raw()).not.toMatch(COLOUR);
      expect(mono.raw()).toContain('\u001B[1m');
    } finally {
      chalk.level = saved;
    }
  });

  it('keeps a note indented on its first line and French quotes with their words', () => {
    expect(wrap('   Source : Article, « Signification géopolitique », §4', 24, '   ')).toEqual([
      '   Source : Article,',
      '   « Signification',
      '   géopolitique », §4',
    ]);
  });

  it('wraps long notes at the screen width without losing a word', () => {
    const text = 'Huawei pairs its Ascend chips with CANN, MindSpore and ModelArts to offer a sovereign stack';
    const lines = wrap(text, 30, '  ');
    expect(lines.every((l) => l.length <= 30)).toBe(true);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toBe(text);
  });

  it('shows what happened next, and each core question with its title', () => {
    const lines = debriefLines(buildDebrief(state, 'fr'), 80);
    const at = lines.findIndex((l) => l.text === 'Ce qui s’est passé ensuite');
    expect(lines[at]?.style).toBe('heading');
    expect(lines.slice(at).some((l) => l.text.startsWith('- 8 décembre 2025 — Donald Trump annonce'))).toBe(true);
    expect(lines.some((l) => l.text.startsWith('1. Le dilemme du H20. En avril 2025'))).toBe(true);
    // A percentage stays with its number (a no-break space) when the line wraps.
    expect(lines.some((l) => /^\s*% /.test(l.text))).toBe(false);
  });
});
