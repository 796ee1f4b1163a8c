// The lasting effects in force stay readable at 80×24: when the header (the goals beside the
// names) has no room for them, they get a line of their own under the tracks, short names first
// and "+N more" past the width; every other part of the screen stays, in both languages, with
// and without colour. At 160×48 the same line is read whole.
import { afterEach, describe, expect, it } from 'vitest';
import { applyAction, createGame, legalActions, viewFor, type Action, type GameSetup, type GameState } from '../../src/engine/index.js';
import type { Lang } from '../../src/i18n/lang.js';
import { t } from '../../src/i18n/messages.js';
import { inForceList, inForceRow, inForceShortList } from '../../src/ui/screens/game-panels.js';
import { loadDeckForTest } from '../cards/deck-fixture.js';
import { picker } from '../engine/helpers.js';
import { fitsTerminal, mountPlay, type PlayHarness } from './helpers.js';

const BASE = loadDeckForTest('base.yaml');
const SETUP: GameSetup = { seed: 752307, personas: { us: 'nvidia', china: 'huawei' }, cards: BASE, decks: [{ id: 'test', hash: 'test' }] };

/** A seeded line of play up to the US's card play with at least `count` lasting effects in force. */
function lineWithEffects(count: number): { actions: Action[]; state: GameState } {
  for (let seed = 1; seed < 400; seed++) {
    const pick = picker(seed);
    let s = createGame(SETUP);
    const actions: Action[] = [];
    while (!s.outcome && actions.length < 300) {
      if (s.decision?.kind === 'play' && s.decision.side === 'us' && s.modifiers.length + s.flags.length >= count) return { actions, state: s };
      const action = pick(legalActions(s));
      actions.push(action);
      s = applyAction(s, action);
    }
  }
  throw new Error(`no line of play reached ${count} effects in force`);
}

const words = (lang: Lang, s: GameState) => ({
  t: (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(lang, key, params),
  lang,
  cards: s.cards,
  personas: s.setup.personas,
});
const text = (row: { text: string }[]): string => row.map((sg) => sg.text).join('');

let screen: PlayHarness | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

describe('the in-force line', () => {
  it('names as many effects as fit, then says how many more', () => {
    const { state } = lineWithEffects(3);
    const view = viewFor(state, 'us');
    const all = inForceList(words('en', state), view);
    expect(all.length).toBeGreaterThanOrEqual(3);
    const wide = text(inForceRow(words('en', state), view, 400));
    expect(wide).toMatch(/^In force: /);
    expect(wide).not.toContain('more');
    expect(wide).toContain('i: what each does');
    const narrow = text(inForceRow(words('en', state), view, 40));
    expect([...narrow].length).toBeLessThanOrEqual(40);
    expect(narrow).toMatch(/\+\d+ more/);
    const fr = text(inForceRow(words('fr', state), view, 40));
    expect(fr).toMatch(/^En vigueur\u00a0: /);
    expect(fr).toMatch(/\+\d+ autres/);
  });

  for (const [lang, label] of [
    ['en', 'In force: '],
    ['fr', 'En vigueur\u00a0: '],
  ] as const) {
    it(`at 80×24 (${lang}, no colour) it has its own line, and the header, board, status and keys stay`, async () => {
      const { actions, state } = lineWithEffects(2);
      const size = { columns: 80, rows: 24 };
      screen = await mountPlay({ setup: SETUP, seats: { us: 'human', china: 'random' }, actions, lang, color: false, size });
      const frame = await screen.waitFor(label);
      expect(fitsTerminal(frame, size)).toBe(true);
      const lines = frame.split('\n');
      // The header keeps the goals, without a cut "In…"; the line under the tracks names the effects.
      expect(lines[0]).toMatch(/NVIDIA.*Huawei/);
      expect(lines[0]).not.toContain('…');
      expect(lines[3]).toContain(label);
      const names = inForceShortList(words(lang, state), viewFor(state, 'us'));
      // Each effect is named whole or counted in "+N more", never cut.
      const shown = names.filter((name) => lines[3]?.includes(name)).length;
      const more = Number(/\+(\d+) (more|autres)/.exec(lines[3] ?? '')?.[1] ?? 0);
      expect(shown).toBeGreaterThanOrEqual(1);
      expect(shown + more).toBe(names.length);
      expect(lines[3]).not.toContain('…');
      // The board, the hand, the status line and the key hints are all still there.
      expect(frame).toContain('Tencent');
      expect(frame).toContain('EDA');
      expect(frame).toMatch(/Huawei: \d+|Huawei\u00a0: \d+/);
      expect(lines.at(-1)).toMatch(/\? (help|aide)/);
    });
  }

  it('at 160×48 it is read whole', async () => {
    const { actions, state } = lineWithEffects(2);
    const size = { columns: 160, rows: 48 };
    screen = await mountPlay({ setup: SETUP, seats: { us: 'human', china: 'random' }, actions, color: false, size });
    const frame = await screen.waitFor('In force: ');
    expect(fitsTerminal(frame, size)).toBe(true);
    for (const name of inForceShortList(words('en', state), viewFor(state, 'us'))) expect(frame).toContain(name);
    // Whole names, in the header or on a line of their own, whichever holds them.
    expect(frame).not.toMatch(/In force: [^\n]*…/);
  });
});
