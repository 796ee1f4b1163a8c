// The main menu: its entries (Resume once the saves' code offers it), the new-game form, the
// rules pager and the card catalogue.
import { afterEach, describe, expect, it } from 'vitest';
import { defaultValues, MenuApp, type MainMenuOptions, type MenuOutcome } from '../../src/ui/main-menu.js';
import { markdownRows } from '../../src/ui/menu/rules-text.js';
import { FIXTURE_CARDS } from '../engine/fixture-deck.js';
import { fitsTerminal, KEY, mount, settle, type Screen } from './helpers.js';

let screen: Screen | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

const RULES = [
  '# Silicon Curtain',
  '',
  'A game for **two** players.',
  '',
  '## Setup',
  '',
  ...Array.from({ length: 60 }, (_, i) => `- Rule number ${i + 1} of the game, with \`code\` in it.`),
  '',
  '## The end',
  'Last line.',
].join('\n');

async function menu(options: Partial<MainMenuOptions> = {}, start: 'menu' | 'newGame' | 'rules' | 'cards' = 'menu') {
  const outcomes: MenuOutcome[] = [];
  const full: MainMenuOptions = {
    lang: 'en',
    decks: { cards: FIXTURE_CARDS, decks: [{ id: 'fixture', hash: 'x' }] },
    rules: RULES,
    newSeed: () => 4242,
    ...options,
  };
  screen = mount(<MenuApp start={start} values={defaultValues(77)} options={full} finish={(o) => outcomes.push(o)} />);
  await settle(5);
  return { s: screen, outcomes };
}

describe('the main menu', () => {
  it('lists New game, Rules, Cards, Quit, and quits on q', async () => {
    const { s, outcomes } = await menu();
    const frame = s.frame();
    expect(fitsTerminal(frame, { columns: 80, rows: 24 })).toBe(true);
    expect(frame).toMatch(/1\s+New game[\s\S]*2\s+Rules[\s\S]*3\s+Cards[\s\S]*4\s+Quit/);
    expect(frame).not.toContain('Resume');
    // The name in plain text beside the block-letter logo: screen readers and copy-paste read it.
    expect(frame).toContain('Silicon Curtain · The US–China AI-chip rivalry');
    expect(frame).toContain('▄▀▀');
    await s.press('q');
    expect(outcomes).toEqual([{ kind: 'quit' }]);
  });

  it('asks for a larger terminal under 80x24, and still quits on q', async () => {
    const outcomes: MenuOutcome[] = [];
    const options: MainMenuOptions = { lang: 'en', decks: { cards: FIXTURE_CARDS, decks: [] }, rules: RULES, newSeed: () => 1 };
    screen = mount(<MenuApp start="menu" values={defaultValues(1)} options={options} finish={(o) => outcomes.push(o)} />, { size: { columns: 60, rows: 20 } });
    await settle(5);
    expect(screen.frame()).toContain('Please enlarge the terminal');
    expect(screen.frame()).not.toContain('New game');
    await screen.press('q');
    expect(outcomes).toEqual([{ kind: 'quit' }]);
  });

  it('shows Resume second once a resume entry is given', async () => {
    const { s, outcomes } = await menu({ resumeEntry: { label: 'Resume: Washington v Huawei, round 2', onSelect: () => {} } });
    expect(s.frame()).toMatch(/2\s+Resume: Washington v Huawei, round 2/);
    await s.press(KEY.down, KEY.enter);
    expect(outcomes).toEqual([{ kind: 'resume' }]);
  });

  it('offers the tutorial after Resume, by its number', async () => {
    const { s, outcomes } = await menu({
      resumeEntry: { label: 'Resume', onSelect: () => {} },
      tutorialEntry: { label: 'Tutorial: learn by playing', onSelect: () => {} },
    });
    expect(s.frame()).toMatch(/2\s+Resume[\s\S]*3\s+Tutorial: learn by playing[\s\S]*4\s+Rules/);
    expect(fitsTerminal(s.frame(), { columns: 80, rows: 24 })).toBe(true);
    await s.press('3');
    expect(outcomes).toEqual([{ kind: 'tutorial' }]);
  });

  it('opens the entry under the cursor when Down and Enter arrive in one read', async () => {
    // A laggy link or quick typing delivers both keys together: Enter must see the moved cursor.
    const { s, outcomes } = await menu({ tutorialEntry: { label: 'Tutorial: learn by playing', onSelect: () => {} } });
    await s.press(`${KEY.down}${KEY.enter}`);
    expect(outcomes).toEqual([{ kind: 'tutorial' }]);
  });
});

describe('the new-game form', () => {
  it('changes mode, personas and rounds with the arrows, types the seed, and starts', async () => {
    const { s, outcomes } = await menu({}, 'newGame');
    expect(s.frame()).toContain('Against the computer');
    await s.press(KEY.right); // mode: hot-seat
    expect(s.frame()).toContain('Hot-seat: two players, one keyboard');
    expect(s.frame()).not.toContain('Computer');
    await s.press(KEY.down, KEY.right); // US persona: NVIDIA
    expect(s.frame()).toContain('Keep the China market');
    await s.press(KEY.down, KEY.down, KEY.left); // rounds 3 → 2
    await s.press(KEY.down, KEY.backspace, KEY.backspace, '5'); // seed 77 → 5
    expect(s.frame()).toMatch(/Seed\s+5\b/);
    await s.press('r');
    expect(s.frame()).toMatch(/Seed\s+4242/);
    await s.press(KEY.enter);
    expect(outcomes[0]).toMatchObject({
      kind: 'play',
      choice: { seats: { us: 'human', china: 'human' }, personas: { us: 'nvidia', china: 'huawei' }, rounds: 2, seed: 4242 },
    });
  });

  it('says what each field does: the mode, the side, each computer level, the rounds', async () => {
    const { s } = await menu({}, 'newGame');
    expect(s.frame()).toContain('two players taking turns at one keyboard');
    await s.press(KEY.down);
    expect(s.frame()).toContain('the side you play');
    await s.press(KEY.down);
    const levels: string[] = [];
    for (let i = 0; i < 4; i++) {
      levels.push(/^(random|easy|normal|hard): .+$/m.exec(s.frame())?.[0] ?? '');
      await s.press(KEY.right);
    }
    expect(levels.map((line) => line.split(':')[0]).sort()).toEqual(['easy', 'hard', 'normal', 'random']);
    expect(levels.join('\n')).toContain('normal: reads every event');
    await s.press(KEY.down, KEY.down, KEY.down);
    expect(s.frame()).toContain('3 is the standard game');
    expect(fitsTerminal(s.frame(), { columns: 80, rows: 24 })).toBe(true);
  });

  it('puts the human on the chosen side against the chosen bot', async () => {
    const { s, outcomes } = await menu({}, 'newGame');
    await s.press(KEY.down, KEY.right, KEY.enter);
    expect(outcomes[0]).toMatchObject({ kind: 'play', choice: { seats: { us: 'normal', china: 'human' } } });
  });

  it('acts on every key of one read: Down, Right, Enter together start as China', async () => {
    const { s, outcomes } = await menu({}, 'newGame');
    await s.press(`${KEY.down}${KEY.right}${KEY.enter}`);
    expect(outcomes[0]).toMatchObject({ kind: 'play', choice: { seats: { us: 'normal', china: 'human' } } });
  });
});

describe('the rules', () => {
  it('pages the rules text with the position shown', async () => {
    const { s } = await menu({}, 'rules');
    const first = s.frame();
    expect(first).toContain('SILICON CURTAIN');
    expect(first).toContain('A game for two players.');
    expect(first).toMatch(/lines 1–21 of \d+/);
    await s.press(KEY.pageDown);
    expect(s.frame()).toMatch(/lines 22–/);
    await s.press(KEY.pageDown, KEY.pageDown, KEY.pageDown);
    expect(s.frame()).toContain('Last line.');
    expect(fitsTerminal(s.frame(), { columns: 80, rows: 24 })).toBe(true);
  });

  it('searches with /: type, Enter jumps to the match, n to the next, Esc clears, Esc again leaves', async () => {
    const { s, outcomes } = await menu({}, 'rules');
    expect(s.frame()).toContain('/ search');
    await s.press('/', ...'rule number 4');
    expect(s.frame()).toMatch(/\/rule number 4▏/);
    await s.press(KEY.enter);
    let frame = s.frame();
    // "Rule number 4" and "Rule number 40" to "49": eleven matches, the first one marked ▶ near the top.
    expect(frame).toContain('“rule number 4”: match 1 of 11');
    expect(frame).toMatch(/▶• Rule number 4 of the game/);
    expect(frame).toMatch(/lines \d+–/);
    await s.press('n');
    frame = s.frame();
    expect(frame).toContain('match 2 of 11');
    expect(frame).toMatch(/▶• Rule number 40 of the game/);
    expect(frame).toMatch(/›• Rule number 41/);
    await s.press(KEY.esc);
    await settle(5);
    frame = s.frame();
    expect(frame).not.toContain('match');
    expect(frame).not.toContain('▶');
    expect(outcomes).toEqual([]);
    await s.press('/', ...'nowhere');
    await s.press(KEY.enter);
    expect(s.frame()).toContain('no match for “nowhere”');
    expect(fitsTerminal(s.frame(), { columns: 80, rows: 24 })).toBe(true);
    await s.press(KEY.esc);
    await settle(5);
    expect(s.frame()).toContain('/ search');
    await s.press(KEY.esc);
    await settle(5);
    expect(s.frame()).toMatch(/1\s+New game/);
  });

  it('searches for the whole query when / and the words and Enter arrive in one read', async () => {
    const { s } = await menu({}, 'rules');
    await s.press('/the end\r');
    const frame = s.frame();
    expect(frame).toContain('“the end”: match 1 of 1');
    expect(frame).toMatch(/▶The end/);
  });

  it('says so in one line when RULES.md is missing', async () => {
    const { s } = await menu({ rules: null }, 'rules');
    expect(s.frame()).toContain('The rules file (RULES.md) is not installed');
  });

  it('reads Markdown: headings stand out (underlined), lists hang, inline marks go', () => {
    const rows = markdownRows('## Turn\n- play **one** card with a long text that wraps', 20).map((r) => r.map((x) => x.text).join(''));
    expect(rows).toEqual(['Turn', '────', '• play one card with', '  a long text that', '  wraps']);
  });
});

describe('the card catalogue', () => {
  it('browses every card with its detail and filters by side with Tab', async () => {
    const { s } = await menu({}, 'cards');
    expect(s.frame()).toContain(`Cards: ${FIXTURE_CARDS.length}`);
    await s.press(KEY.tab);
    const us = s.frame();
    const usCount = FIXTURE_CARDS.filter((c) => c.side === 'us').length;
    expect(us).toContain(`Cards: ${usCount}`);
    expect(us).toContain('showing US cards');
    expect(us).not.toContain('china-vp');
    await s.press(KEY.down);
    expect(s.frame()).toMatch(/▶\s+\d+U\s+\S+/);
    expect(s.frame()).toContain('Source: test fixture');
  });

  it('searches with /: the list keeps the cards the words find, Enter keeps them, Esc clears, Esc again leaves', async () => {
    const { s, outcomes } = await menu({}, 'cards');
    expect(s.frame()).toContain('/ search');
    await s.press('/', ...'score');
    let frame = s.frame();
    expect(frame).toMatch(/\/score▏/);
    expect(frame).toContain('Cards: 4');
    expect(frame).toContain('matching “score”');
    expect(frame).not.toContain('us-vp');
    // Down moves through what was found while the words are still being typed.
    await s.press(KEY.down);
    expect(s.frame()).toMatch(/▶\s+\d+N\s+#?score-market/);
    await s.press(KEY.enter);
    frame = s.frame();
    expect(frame).not.toContain('▏');
    expect(frame).toContain('Esc clear');
    // The side filter narrows the words' matches further.
    await s.press(KEY.tab);
    expect(s.frame()).toContain('Cards: 0');
    expect(s.frame()).toContain('No card matches.');
    await s.press(KEY.esc);
    await settle(5);
    frame = s.frame();
    expect(frame).toContain(`Cards: ${FIXTURE_CARDS.filter((c) => c.side === 'us').length}`);
    expect(frame).not.toContain('matching');
    expect(outcomes).toEqual([]);
    expect(fitsTerminal(frame, { columns: 80, rows: 24 })).toBe(true);
    await s.press(KEY.esc);
    await settle(5);
    expect(s.frame()).toMatch(/1\s+New game/);
  });

  it('takes a search typed in one read (a paste, quick keys) as text, not as commands', async () => {
    const { s } = await menu({}, 'cards');
    // "h" alone is Left (the side filter), the digits pick nothing: after /, all three are text.
    await s.press('/vp2');
    expect(s.frame()).toMatch(/\/vp2▏/);
    expect(s.frame()).toContain('showing all cards matching “vp2”');
    await s.press(KEY.backspace, '\r');
    let frame = s.frame();
    expect(frame).toContain('Cards: 2');
    expect(frame).toContain('matching “vp”');
    expect(frame).toContain('Esc clear');
    await s.press(KEY.esc);
    await settle(5);
    await s.press('/us-vp\r');
    frame = s.frame();
    expect(frame).toContain('Cards: 1');
    expect(frame).not.toContain('▏');
  });
});
