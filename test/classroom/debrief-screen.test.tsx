// The debrief on screen: what a class reads at the end of a game, scrolled by key.
import { readFileSync } from 'node:fs';
import chalk from 'chalk';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/classroom/debrief.js';
import { parseSavedGame, replaySavedGame } from '../../src/classroom/saved-game.js';
import { DebriefScreen } from '../../src/ui/debrief/DebriefScreen.js';
import { debriefLines, wrap } from '../../src/ui/debrief/debrief-lines.js';
import { CLASSROOM_CARDS, CLASSROOM_DECKS } from './classroom-deck.js';

const state = replaySavedGame(
  parseSavedGame(readFileSync(new URL('./fixtures/saved-game.json', import.meta.url), 'utf8')),
  CLASSROOM_CARDS,
  CLASSROOM_DECKS,
);
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('the debrief screen', () => {
  it('shows the result first, scrolls to the questions, and closes with q', async () => {
    let closed = false;
    const app = render(<DebriefScreen debrief={buildDebrief(state, 'en')} rows={40} onClose={() => (closed = true)} />);
    await settle();
    const first = app.lastFrame() ?? '';
    expect(first).toContain('Silicon Curtain — debrief');
    expect(first).toContain('US (NVIDIA) won by regional dominance in round 3.');
    expect(first).toContain('Timeline of the cards played');
    expect(first).not.toContain('Questions for discussion');
    expect(first.split('\n')).toHaveLength(39);
    app.stdin.write('\u001B[F'); // End
    await settle();
    // The end: the last questions, then the sources.
    expect(app.lastFrame()).toContain('Compare your game with “What happened next”');
    expect(app.lastFrame()).toContain('Sources');
    expect(app.lastFrame()).not.toContain('Timeline of the cards played');
    app.stdin.write('\u001B[H'); // Home
    await settle();
    expect(app.lastFrame()).toContain('Silicon Curtain — debrief');
    app.stdin.write('q');
    await settle();
    expect(closed).toBe(true);
    app.unmount();
  });

  it('speaks French', async () => {
    const app = render(<DebriefScreen debrief={buildDebrief(state, 'fr')} rows={20} onClose={() => {}} />);
    await settle();
    expect(app.lastFrame()).toContain('Chronologie des cartes jouées');
    expect(app.lastFrame()).toContain('q, Échap ou Entrée\u00a0: fermer');
    app.unmount();
  });

  it('keeps its headings bold but colourless under NO_COLOR', async () => {
    const saved = chalk.level;
    chalk.level = 1;
    const yellow = '\u001B[33m';
    try {
      const coloured = render(<DebriefScreen debrief={buildDebrief(state, 'en')} rows={20} onClose={() => {}} />);
      await settle();
      const withColour = coloured.lastFrame() ?? '';
      coloured.unmount();
      const plain = render(<DebriefScreen debrief={buildDebrief(state, 'en')} rows={20} color={false} onClose={() => {}} />);
      await settle();
      const mono = plain.lastFrame() ?? '';
      plain.unmount();
      expect(withColour).toContain(yellow);
      expect(mono).toContain('Timeline of the cards played');
      expect(mono).not.toContain(yellow);
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
