// The replay screen is the game screen's board, tracks and log, stepped through with the keymap's
// keys; it fits the terminal, speaks the player's language, and keeps hands hidden unless told.
import { afterEach, describe, expect, it } from 'vitest';
import type { CardId, Side } from '../../../src/decks/types.js';
import type { GameState, LogEntry } from '../../../src/engine/index.js';
import { localText } from '../../../src/i18n/lang.js';
import type { Lang } from '../../../src/i18n/lang.js';
import { ReplayScreen } from '../../../src/ui/replay/replay-screen.js';
import { nextRoundStart, previousRoundStart } from '../../../src/ui/replay/steps.js';
import type { TerminalSize } from '../../../src/ui/terminal/use-terminal-size.js';
import { applyAction, createGame, legalActions, type Action, type GameSetup } from '../../../src/engine/index.js';
import { loadDeckForTest } from '../../cards/deck-fixture.js';
import { picker } from '../../engine/helpers.js';
import { playRandom } from '../../store/helpers.js';
import { KEY, mount, settle, type Screen } from '../helpers.js';

const END = '\u001B[F';
const SMALL: TerminalSize = { columns: 80, rows: 24 };
const LARGE: TerminalSize = { columns: 160, rows: 48 };

let screen: Screen | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

async function show(
  seed: number,
  options: { reveal?: boolean; maxActions?: number; size?: TerminalSize; lang?: Lang; color?: boolean; onExit?: () => void } = {},
) {
  const game = playRandom(seed, { maxActions: options.maxActions });
  screen = mount(
    <ReplayScreen states={game.states} actions={game.actions} reveal={options.reveal ?? false} {...(options.onExit ? { onExit: options.onExit } : {})} />,
    {
      size: options.size ?? SMALL,
      lang: options.lang ?? 'en',
      color: options.color ?? true,
    },
  );
  await screen.waitFor(options.lang === 'fr' ? 'Étape 0/' : 'Step 0/');
  // Input listeners attach in an effect after the first frame.
  await settle(5);
  return { game, screen };
}

const lines = (frame: string) => frame.split('\n');

/** Titles of the cards nothing public has named yet: both hands, and a headline not yet revealed. */
function secretTitles(state: GameState): string[] {
  const open = new Set<CardId>([...state.discard, ...state.removed, ...state.inPlay]);
  for (const e of state.log as LogEntry[]) if ('card' in e && typeof e.card === 'string') open.add(e.card);
  const sides: Side[] = ['us', 'china'];
  const secret = sides.flatMap((s) => state.hands[s].filter((id) => !open.has(id)));
  if (!state.headlineRevealed) for (const s of sides) if (state.headline[s]) secret.push(state.headline[s]);
  return secret.map((id) => localText(state.cards[id]!.title, 'en'));
}

/** A base-deck game up to a step with at least `count` lasting effects in force: every state, and that step. */
function gameWithEffects(count: number): { states: GameState[]; actions: Action[] } {
  const setup: GameSetup = {
    seed: 752307,
    personas: { us: 'nvidia', china: 'huawei' },
    cards: loadDeckForTest('base.yaml'),
    decks: [{ id: 'test', hash: 'test' }],
  };
  for (let seed = 1; seed < 400; seed++) {
    const pick = picker(seed);
    const states = [createGame(setup)];
    const actions: Action[] = [];
    while (!states.at(-1)!.outcome && actions.length < 300) {
      const s = states.at(-1)!;
      if (s.modifiers.length + s.flags.length >= count) return { states, actions };
      const action = pick(legalActions(s));
      actions.push(action);
      states.push(applyAction(s, action));
    }
  }
  throw new Error(`no game reached ${count} effects in force`);
}

describe('the replay’s effects in force', () => {
  for (const [lang, label] of [
    ['en', 'In force: '],
    ['fr', 'En vigueur\u00a0: '],
  ] as const) {
    it(`get the game screen’s line of their own at 80×24, nothing cut (${lang})`, async () => {
      const { states, actions } = gameWithEffects(3);
      screen = mount(<ReplayScreen states={states} actions={actions} reveal={false} start={actions.length} />, { size: SMALL, lang, color: false });
      const frame = await screen.waitFor(label);
      expect(lines(frame).length).toBeLessThan(24);
      expect(lines(frame).every((line) => [...line].length <= 80)).toBe(true);
      // The header keeps its names and the replay's mark, whole; the effects are under the tracks.
      expect(lines(frame)[0]).toMatch(/NVIDIA.*Huawei/);
      expect(lines(frame)[0]).not.toContain('…');
      expect(lines(frame)[0]).not.toContain(label.trim());
      const line = lines(frame)[3] ?? '';
      expect(line.startsWith(label)).toBe(true);
      expect(line).not.toContain('…');
      expect(line.slice(label.length).split(' · ').length).toBeGreaterThanOrEqual(2);
      // No reminder of i, a key the replay does not have.
      expect(line).not.toMatch(/i\u00a0?: /);
      // The board under it, and the step counter at the bottom.
      expect(lines(frame)[4]).toMatch(/st {2}U {2}C/);
      expect(frame).toContain(lang === 'en' ? `Step ${actions.length}/` : `Étape ${actions.length}/`);
    });
  }
});

describe('the replay screen', () => {
  it('fits 80×24 with the game’s header, tracks and board, and the step counter', async () => {
    const { screen } = await show(52, { maxActions: 40 });
    const frame = screen.frame();
    expect(lines(frame).length).toBeLessThan(24);
    expect(lines(frame).every((line) => [...line].length <= 80)).toBe(true);
    expect(frame).toContain('SILICON CURTAIN');
    expect(frame).toContain('U Washington');
    expect(frame).toContain('C Huawei');
    expect(frame).toContain('Step 0/40');
    expect(frame).toContain('The deal, before any action.');
    // The game's own board and tracks: region titles, ◆ battlegrounds, the Leadership track drawn.
    expect(frame).toContain('China Market');
    expect(frame).toContain('◆Tencent');
    expect(frame).toMatch(/Leadership C20 .*●.* 20U/);
    // The replay's keys, as the keymap writes them.
    expect(frame).toContain('←→ step · ↑↓ round · PgUp/PgDn 10 steps · Home/End first/last · q quit');
  });

  it('steps with the arrow keys and shows the board as it was at that step', async () => {
    const { game, screen } = await show(52, { maxActions: 40 });
    await screen.press(KEY.right, KEY.right, KEY.right);
    await screen.waitFor('Step 3/40');
    await screen.press(KEY.left);
    await screen.waitFor('Step 2/40');
    await screen.press(END);
    const last = await screen.waitFor('Step 40/40');
    expect(lines(last).length).toBeLessThan(24);
    const tencent = game.state.influence.tencent!;
    const cell = (n: number) => (n === 0 ? '·' : String(n));
    expect(last).toMatch(new RegExp(`◆Tencent\\s+2\\s+${cell(tencent.us)}\\s+${cell(tencent.china)}\\s`));
  });

  it('shows what the step did, in the game’s log words', async () => {
    const { game, screen } = await show(52, { maxActions: 10 });
    await screen.press(KEY.right);
    const first = game.states[1]!.log.slice(game.states[0]!.log.length);
    expect(first[0]?.type).toBe('firstPlayer');
    const frame = await screen.waitFor('Step 1/10');
    expect(frame).toMatch(/(Washington|Huawei) (let (Washington|Huawei) act first|chose to act first)\./);
    expect(frame).toMatch(/[UC] (Washington|Huawei) \((US|China)\): (Washington|Huawei) goes first/);
  });

  it('keeps hands and unrevealed headlines hidden in an unfinished game at every step, and shows them with reveal', async () => {
    const hidden = await show(53, { maxActions: 12, size: LARGE });
    expect(hidden.screen.frame()).toContain('Hands stay hidden until the game is over');
    for (let step = 0; step <= 12; step++) {
      const frame = await hidden.screen.waitFor(`Step ${step}/12`);
      const secret = secretTitles(hidden.game.states[step]!);
      expect(secret.length).toBeGreaterThan(0);
      for (const title of secret) expect(frame, `step ${step}`).not.toContain(title);
      await hidden.screen.press(KEY.right);
    }
    hidden.screen.unmount();

    const shown = await show(53, { maxActions: 12, size: LARGE, reveal: true });
    await shown.screen.press(END);
    const open = await shown.screen.waitFor('Step 12/12');
    const secret = secretTitles(shown.game.state);
    for (const title of secret) expect(open).toContain(title);
  });

  it('jumps a round with the down arrow', async () => {
    const { game, screen } = await show(54);
    const target = nextRoundStart(game.states, 0);
    await screen.press(KEY.down);
    await screen.waitFor(`Step ${target}/${game.actions.length}`);
    expect(game.states[target]!.round).toBe(2);
    expect(screen.frame()).toContain('Round 2/');
    expect(previousRoundStart(game.states, target + 1)).toBe(target);
    expect(previousRoundStart(game.states, target)).toBe(0);
  });

  it('ends on the result', async () => {
    const { game, screen } = await show(55);
    await screen.press(END);
    expect(game.state.outcome).not.toBeNull();
    const frame = await screen.waitFor(`Step ${game.actions.length}/`);
    expect(frame).toMatch(/(Washington \(US\)|Huawei \(China\)) wins by |A draw/);
  });

  it('uses the room of a large terminal: longer names, four track lines, the card played', async () => {
    const { screen } = await show(56, { maxActions: 30, size: LARGE });
    await screen.press(END);
    const frame = await screen.waitFor('Step 30/30');
    expect(lines(frame).length).toBeLessThan(48);
    expect(lines(frame).length).toBeGreaterThan(40);
    expect(frame).toContain('Decoupling clock');
    expect(frame).toMatch(/\d Ops? · (US|China|Neutral) card/);
  });

  it('speaks French with --lang fr', async () => {
    const { screen } = await show(57, { maxActions: 5, lang: 'fr' });
    const frame = screen.frame();
    expect(frame).toContain('Étape 0/5');
    expect(frame).toContain('Marché chinois');
    expect(frame).toContain('La donne, avant toute action.');
    expect(frame).toContain('←→ étape');
  });

  it('reads without colour: sides by letter, no colour codes', async () => {
    const { screen } = await show(58, { maxActions: 5, color: false });
    // eslint-disable-next-line no-control-regex -- looking for colour escape codes
    expect(screen.raw()).not.toMatch(/\u001B\[(3[0-7]|9[0-7]|38;)/);
    expect(screen.frame()).toContain('U Washington');
  });

  it('asks for a larger terminal below 80×24', async () => {
    const game = playRandom(59, { maxActions: 3 });
    screen = mount(<ReplayScreen states={game.states} actions={game.actions} reveal={false} />, { size: { columns: 70, rows: 20 } });
    expect(await screen.waitFor('Please enlarge the terminal')).not.toContain('Step 0/');
  });

  it('leaves with q', async () => {
    let left = 0;
    const { screen } = await show(60, { maxActions: 3, onExit: () => left++ });
    await screen.press('q');
    expect(left).toBe(1);
  });
});
