// The game screen as a player sees it at 80×24 and on a large terminal: every part is there,
// nothing overflows, sides read without colour, and a small terminal gets a clear message.
import chalk from 'chalk';
import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/messages.js';
import { trackRows } from '../../src/ui/components/tracks.js';
import { fixtureSetup } from '../engine/fixture-deck.js';
import { fitsTerminal, KEY, mountPlay, plain, type PlayHarness } from './helpers.js';

let screen: PlayHarness | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

/** Washington (human) against a bot, up to Washington's first play. */
async function toFirstPlay(size = { columns: 80, rows: 24 }, color = true): Promise<PlayHarness> {
  screen = await mountPlay({ setup: fixtureSetup(8), seats: { us: 'human', china: 'random' }, size, color });
  await screen.waitFor('Choose your headline');
  // Headline the card after the signature card (which Leadership even would let Washington headline).
  await screen.press(KEY.down, KEY.enter, KEY.enter);
  await screen.waitFor('Play a card');
  return screen;
}

describe('the game screen at 80×24', () => {
  it('shows tracks, board, hand, card detail, log and status, below the terminal height', async () => {
    const s = await toFirstPlay();
    const frame = s.frame();
    expect(fitsTerminal(frame, { columns: 80, rows: 24 })).toBe(true);
    for (const part of [
      'Leadership',
      'Clock',
      'Stack C',
      'Lock-in U',
      'China Market',
      'Developers',
      'Global South',
      'Supply Chain',
      'Hand · Washington',
      'Huawei: ',
      'Washington (US) to act',
    ]) {
      expect(frame).toContain(part);
    }
    // Spaces with stability and influence; a starting control letter.
    expect(frame).toMatch(/◆Foundries\s+3\s+2\s+1\s+·/);
    expect(frame).toMatch(/State cloud\s+3\s+·\s+3\s+C/);
    // The detail panel reads the card under the cursor and what it can do now.
    expect(frame).toMatch(/Now: .*Ops \d: place influence/);
    // The log says what happened, worded.
    expect(frame).toMatch(/Huawei (placed influence:|sanctioned [A-Z])/);
  });

  it('draws sides in colour, and with colour off (NO_COLOR) uses none while keeping every letter', async () => {
    const saved = chalk.level;
    chalk.level = 1;
    // eslint-disable-next-line no-control-regex -- colour codes are escape sequences
    const COLOUR = /\u001B\[(3[0-7]|9[0-7]|38;)/;
    try {
      const withColour = (await toFirstPlay(undefined, true)).raw();
      screen?.unmount();
      const mono = await toFirstPlay(undefined, false);
      expect(withColour).toMatch(COLOUR);
      expect(mono.raw()).not.toMatch(COLOUR);
      // Same words, letters and marks: colour was never the only way to tell.
      expect(mono.frame()).toBe(plain(withColour));
    } finally {
      chalk.level = saved;
    }
  });
});

describe('the size of the terminal', () => {
  it('uses the room of a large terminal: full names, a line per track, the legend, more log', async () => {
    const size = { columns: 160, rows: 48 };
    const s = await toFirstPlay(size);
    const frame = s.frame();
    expect(fitsTerminal(frame, size)).toBe(true);
    expect(frame.split('\n').length).toBe(47);
    expect(frame).toContain('CUDA developers');
    expect(frame).toContain('Decoupling clock');
    expect(frame).toContain('2: place in Global South freely');
    expect(frame).toContain('◆ battleground');
    expect(frame).toContain('drew 6 cards');
  });

  it('gives the French clock its whole label at 160×48, and its short one on a narrow tall screen', async () => {
    const size = { columns: 160, rows: 48 };
    screen = await mountPlay({ setup: fixtureSetup(8), seats: { us: 'human', china: 'random' }, size, lang: 'fr', color: false });
    const frame = await screen.waitFor('Choisissez votre carte à la une');
    expect(fitsTerminal(frame, size)).toBe(true);
    const clock = frame.split('\n').find((line) => line.startsWith('Horloge'));
    expect(clock).toMatch(/^Horloge du découplage +\[5\]/);
    // The other labels line up with it, whole.
    const column = clock!.indexOf('[5]');
    expect(frame).toMatch(new RegExp(`\\nVerrouillage U {${column - 'Verrouillage U'.length - 1}} [□■]`));
    // A tall but narrow terminal: the catalogue's short label, never a word cut in two.
    const narrow = trackRows((key, params) => t('fr', key, params), { leadership: -12, clock: 5, stack: 0, lockIn: 0 }, 4, undefined, 80);
    const text = narrow.map((row) => row.map((sg) => sg.text).join(''));
    expect(text[1]).toMatch(/^Horloge +\[5\]/);
    expect(text.join('\n')).not.toMatch(/Horloge du|…/);
    for (const line of text.slice(0, 1)) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('asks for a larger terminal below 80×24 and comes back when the window grows', async () => {
    screen = await mountPlay({ setup: fixtureSetup(8), seats: { us: 'human', china: 'random' }, size: null });
    screen.resize(100, 30);
    await screen.waitFor('Choose your headline');
    screen.resize(70, 30);
    const small = await screen.waitFor('Please enlarge the terminal');
    expect(small).toContain('at least 80×24; this one is 70×30');
    expect(small).not.toContain('Hand');
    screen.resize(90, 20);
    await screen.waitFor('this one is 90×20');
    screen.resize(80, 24);
    const back = await screen.waitFor('Choose your headline');
    expect(fitsTerminal(back, { columns: 80, rows: 24 })).toBe(true);
  });
});
