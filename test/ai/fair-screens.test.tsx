// Fair information on what a human sees, beyond the bot's reason lines (fair-reasons.test.ts):
// every rendered frame of seeded games on the shipped deck, a human seat driven by scripted keys
// against a bot (the log and situation panels opened on the way), and every line `bot-match`
// prints. None may name a card whose place is hidden at that moment from that reader: a card in
// a hand that was never in sight, the draw pile, or a secret headline.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import * as botMatch from '../../src/cli/commands/bot-match.js';
import type { CardDef, CardId, Side } from '../../src/decks/types.js';
import { cardsReading, createGame, type Action, type GameSetup, type GameState, type LogEntry } from '../../src/engine/index.js';
import type { Lang } from '../../src/i18n/lang.js';
import { localText } from '../../src/i18n/lang.js';
import { deckFilesSource, readSave, restoreGame } from '../../src/store/index.js';
import { loadDeckForTest } from '../cards/deck-fixture.js';
import { runCli } from '../cli/capture-io.js';
import { KEY, mountPlay, settle, type PlayHarness } from '../ui/helpers.js';

const CARDS: CardDef[] = loadDeckForTest('base.yaml');
const BY_ID = new Map(CARDS.map((card) => [card.id, card]));
const title = (id: CardId, lang: Lang): string => localText(BY_ID.get(id)?.title ?? id, lang);

/** Cards every reader has seen: named in the log, or lying face up (discard, removed, in play). */
function publicCards(state: GameState): Set<CardId> {
  const seen = new Set<CardId>([...state.discard, ...state.removed, ...state.inPlay]);
  for (const e of state.log as LogEntry[]) {
    for (const key of ['card', 'us', 'china'] as const) {
      const value = (e as Record<string, unknown>)[key];
      if (typeof value === 'string') seen.add(value);
    }
  }
  return seen;
}

/**
 * What `reader` may not know in `state`: the draw pile, the other hand (both for a spectator),
 * and a secret headline of the other side. Signature cards are always in their owner's hand
 * unless in sight, everyone knows who holds the bargaining chip (4.3.5), and a card once public
 * may be named as history.
 */
function hiddenCards(state: GameState, reader: Side | null, seen: ReadonlySet<CardId>): CardId[] {
  const hidden = [...state.deck];
  const others: Side[] = reader === null ? ['us', 'china'] : [reader === 'us' ? 'china' : 'us'];
  for (const side of others) {
    hidden.push(...state.hands[side].filter((id) => BY_ID.get(id)?.signature === undefined && BY_ID.get(id)?.passes !== true));
    const headline = state.headline[side];
    if (headline !== null && !state.headlineRevealed) hidden.push(headline);
  }
  return hidden.filter((id) => !seen.has(id));
}

/** Titles quoted in printed text the reader can see (a card's text may name another card). */
function quotedBy(ids: Iterable<CardId>, lang: Lang): string {
  return [...ids].map((id) => localText(BY_ID.get(id)?.text, lang)).join('\n');
}

/** The titles the situation panel gives for the markers in force: every card of the catalogue
 * whose event reads a marker, wherever it lies. A fact of the deck (the Cards screen lists it),
 * the same whether the card is hidden or not, so naming it tells nothing of where it is. */
function markerReaders(state: GameState, lang: Lang): string {
  return state.flags.flatMap((flag) => cardsReading(flag, state.cards).map((id) => title(id, lang))).join('\n');
}

/** The hidden cards whose title `text` names, less those the reader's own printed texts quote. */
function leaks(text: string, hidden: readonly CardId[], quoted: string, lang: Lang): string[] {
  return hidden.filter((id) => text.includes(title(id, lang)) && !quoted.includes(title(id, lang))).map((id) => title(id, lang));
}

let screen: PlayHarness | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

/** Keys a newcomer might press: mostly Enter, moves, digits, the log, the situation, the card, Esc. */
function* keyPolicy(seed: number): Generator<string> {
  const keys = [KEY.enter, KEY.enter, KEY.down, KEY.enter, '2', KEY.right, KEY.enter, 'L', KEY.esc, 'i', KEY.esc, 'c', KEY.esc, KEY.enter];
  let x = seed;
  for (;;) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    yield keys[x % keys.length] as string;
  }
}

describe('every frame a human sees against a bot', () => {
  it.each([
    { seed: 21, human: 'us' as Side, bot: 'easy', lang: 'en' as Lang },
    { seed: 22, human: 'china' as Side, bot: 'normal', lang: 'fr' as Lang },
  ])(
    'names no hidden card (seed $seed, human $human against $bot, $lang)',
    async ({ seed, human, bot, lang }) => {
      const setup: GameSetup = { seed, personas: { us: 'nvidia', china: 'huawei' }, cards: CARDS, decks: [{ id: 'base', hash: 'test' }], rounds: 2 };
      const seats = human === 'us' ? { us: 'human', china: bot } : { us: bot, china: 'human' };
      screen = await mountPlay({ setup, seats, lang, size: { columns: 120, rows: 40 } });
      const s = screen;
      const keys = keyPolicy(seed);
      let state = createGame(setup);
      let frames = 0;
      const found: string[] = [];
      for (let step = 0; step < 3000; step++) {
        const frame = s.frame();
        // The state read after the frame has settled: a move drawn on screen is reported by then,
        // and a card hidden after the frame was hidden when it was drawn.
        await settle(2);
        state = s.changes.at(-1)?.state ?? state;
        if (state.outcome) break;
        const seen = publicCards(state);
        const quoted = quotedBy([...state.hands[human], ...seen], lang) + '\n' + markerReaders(state, lang);
        for (const name of leaks(frame, hiddenCards(state, human, seen), quoted, lang)) found.push(`${name} in frame ${frames}:\n${frame}`);
        frames++;
        await s.press(keys.next().value as string);
        // The bot answers in its worker: wait a little when it is its turn.
        if (state.decision && state.decision.side !== human)
          await s.waitFor(() => (s.changes.at(-1)?.state ?? state) !== state || s.frame() !== frame, 3000).catch(() => {});
      }
      expect(found).toEqual([]);
      expect(state.outcome, 'the game was played to its end').not.toBeNull();
      expect(frames).toBeGreaterThan(100);
    },
    240_000,
  );

  it('catches a frame that shows a card of the bot’s hand or the draw pile', () => {
    // The check is worth something only if it can fail.
    const state = createGame({ seed: 3, personas: { us: 'nvidia', china: 'huawei' }, cards: CARDS, decks: [{ id: 'base', hash: 'test' }] });
    const dealt: GameState = { ...state, hands: { ...state.hands, china: [...state.hands.china, ...state.deck.slice(0, 1)] }, deck: state.deck.slice(1) };
    const [held, drawn] = [dealt.hands.china.at(-1) as CardId, dealt.deck[0] as CardId];
    const frame = `Hand · Huawei\n${title(held, 'en')}\nnext: ${title(drawn, 'en')}`;
    const found = leaks(frame, hiddenCards(dealt, 'us', publicCards(dealt)), '', 'en');
    expect(found).toEqual(expect.arrayContaining([title(held, 'en'), title(drawn, 'en')]));
  });
});

describe('bot-match output', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-fair-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    { seed: 31, us: 'normal', china: 'easy', lang: 'en' as Lang },
    { seed: 32, us: 'easy', china: 'normal', lang: 'fr' as Lang },
    { seed: 33, us: 'random', china: 'normal', lang: 'en' as Lang },
  ])(
    'names no card hidden from a spectator when its line is printed (seed $seed, $us v $china, $lang)',
    async ({ seed, us, china, lang }) => {
      const file = path.join(dir, `match-${seed}.json`);
      const run = await runCli(['bot-match', '--us', us, '--china', china, '--seed', String(seed), '--rounds', '2', '--lang', lang, '--save', file], {
        commands: [botMatch],
      });
      expect(run.code).toBe(0);
      const actions: Action[] = readSave(file).actions;
      const restored = await restoreGame(file, deckFilesSource, { keepStates: true });
      const states = restored.states ?? [];
      // One line a move, in the order played, then the result and the save's path.
      const lines = run.out.trimEnd().split('\n');
      const moves = lines.filter((line) => /^(r\d |manche \d)/.test(line));
      expect(moves).toHaveLength(actions.length);
      const found: string[] = [];
      moves.forEach((line, i) => {
        const action = actions[i] as Action;
        // A line is printed once its move is applied (a headline's once both are revealed).
        const after = states[i + 1] as GameState;
        const before = states[i] as GameState;
        const own = 'card' in action ? [action.card] : [];
        const seen = new Set([...publicCards(after), ...own]);
        const labels = before.decision?.kind === 'choose' ? before.decision.labels.map((label) => localText(label, lang)).join('\n') : '';
        const quoted = `${quotedBy(seen, lang)}\n${labels}`;
        for (const name of leaks(line, hiddenCards(after, null, seen), quoted, lang)) found.push(`${name}: ${line}`);
      });
      expect(found).toEqual([]);
    },
    120_000,
  );
});
