// Words a first-time player stumbled on, as the game screen now says them: the card kept at the
// round's end is asked as a keep ("Keep X for the next round?", not "How do you play X?"), and a
// card's persona lines say they are about personas ("Personas it helps: …"), and a scoring card's
// option says what it would score now ("Score Supply Chain now: US +8"), in both languages.
import { afterEach, describe, expect, it } from 'vitest';
import { applyAction, createGame, legalActions, projectedFinal, viewFor, type Action, type GameSetup, type GameState } from '../../src/engine/index.js';
import { localText } from '../../src/i18n/lang.js';
import { wordLog } from '../../src/i18n/log-words.js';
import { t } from '../../src/i18n/messages.js';
import { pendingChoices } from '../../src/ui/game/choices.js';
import { usesSummary } from '../../src/ui/game/describe.js';
import { nextRaceStep } from '../../src/ui/game/view-rules.js';
import { NO_SELECTION } from '../../src/ui/game/selection.js';
import { statusRows } from '../../src/ui/screens/status-rows.js';
import { loadDeckForTest } from '../cards/deck-fixture.js';
import { picker } from '../engine/helpers.js';
import { fitsTerminal, mountPlay, type PlayHarness } from './helpers.js';

const BASE = loadDeckForTest('base.yaml');
const SETUP: GameSetup = { seed: 752307, personas: { us: 'nvidia', china: 'huawei' }, cards: BASE, decks: [{ id: 'test', hash: 'test' }] };

/** A seeded line of play up to a decision of the US that `wanted` accepts. */
function lineTo(wanted: (s: GameState) => boolean): { actions: Action[]; state: GameState } {
  for (let seed = 1; seed < 200; seed++) {
    const pick = picker(seed);
    let s = createGame(SETUP);
    const actions: Action[] = [];
    while (!s.outcome && actions.length < 300) {
      if (s.decision?.side === 'us' && wanted(s)) return { actions, state: s };
      const action = pick(legalActions(s));
      actions.push(action);
      s = applyAction(s, action);
    }
  }
  throw new Error('no line of play reached the position');
}

let screen: PlayHarness | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

describe('the card kept at the round’s end', () => {
  for (const [lang, question, wrong] of [
    ['en', /Keep [^\n]*(\n.*){0,2}round\?/, 'How do you play'],
    ['fr', /Garder [^\n]*(\n.*){0,2}suivante\u202f\?/, 'Comment jouer'],
  ] as const) {
    it(`is asked as a keep, not as a way to play (${lang})`, async () => {
      const { actions } = lineTo((s) => s.decision?.kind === 'hold');
      const size = { columns: 80, rows: 24 };
      screen = await mountPlay({ setup: SETUP, seats: { us: 'human', china: 'random' }, actions, lang, color: false, size });
      await screen.waitFor(lang === 'en' ? 'keep one card' : 'gardez une carte');
      await screen.press('1');
      const asked = await screen.waitFor((f) => question.test(f));
      expect(asked).not.toContain(wrong);
      expect(fitsTerminal(asked, size)).toBe(true);
    });
  }
});

describe('a card’s persona lines', () => {
  it('say they name personas, in both languages', async () => {
    const { actions, state } = lineTo((s) => s.decision?.kind === 'play' && s.hands.us.some((id) => (s.cards[id]?.favours?.length ?? 0) > 0));
    const card = state.hands.us.find((id) => (state.cards[id]?.favours?.length ?? 0) > 0) as string;
    for (const [lang, words] of [
      ['en', 'Personas it helps: '],
      ['fr', 'Personnages qu’elle aide\u00a0: '],
    ] as const) {
      screen = await mountPlay({ setup: SETUP, seats: { us: 'human', china: 'random' }, actions, lang, color: false, size: { columns: 160, rows: 48 } });
      const title = localText(state.cards[card]?.title, lang);
      await screen.waitFor(title);
      // Move the hand's cursor onto the card: its detail shows under the board.
      for (let i = 0; i < 12 && !new RegExp(`▶\\d? *\\d[UCN] .${title.slice(0, 10)}`).test(screen.frame()); i++) await screen.press('\u001B[B');
      expect(screen.frame()).toContain(words);
      screen.unmount();
      screen = undefined;
    }
  });
});

describe('a scoring card’s option', () => {
  for (const [lang, pattern] of [
    ['en', /Score (.+) now: (even|US \+\d+|China \+\d+)/],
    ['fr', /Décompter (?:les |le |la |l’)(.+) maintenant\u00a0: (à égalité|États-Unis \+\d+|Chine \+\d+)/],
  ] as const) {
    it(`says what the scoring would give now (${lang})`, async () => {
      const scoring = (s: GameState) => s.hands.us.find((id) => s.cards[id]?.scoring !== undefined);
      const { actions, state } = lineTo((s) => s.decision?.kind === 'play' && scoring(s) !== undefined);
      const card = state.cards[scoring(state) as string];
      const now = projectedFinal(viewFor(state, 'us')).regions.find((r) => r.region === card?.scoring);
      const diff = (now?.us ?? 0) - (now?.china ?? 0);
      screen = await mountPlay({ setup: SETUP, seats: { us: 'human', china: 'random' }, actions, lang, color: false, size: { columns: 160, rows: 48 } });
      const title = localText(card?.title, lang);
      const hand = await screen.waitFor(title);
      const digit = new RegExp(`(\\d) +0N #${title.slice(0, 12)}`).exec(hand)?.[1] ?? '';
      expect(digit).not.toBe('');
      await screen.press(digit);
      const shown = pattern.exec(await screen.waitFor((f) => pattern.test(f)));
      const expected =
        diff === 0
          ? lang === 'en'
            ? 'even'
            : 'à égalité'
          : `${diff > 0 ? (lang === 'en' ? 'US' : 'États-Unis') : lang === 'en' ? 'China' : 'Chine'} +${Math.abs(diff)}`;
      expect(shown?.[2]).toBe(expected);
    });
  }
});

describe('a bargaining chip passed face down in the last round', () => {
  it('is not promised for a next round that never comes', async () => {
    const held = (s: GameState) => viewFor(s, 'us').bargains.some((b) => b.holder === 'us' && b.faceDown);
    const { actions } = lineTo((s) => s.decision?.kind === 'play' && s.round === s.rounds && held(s));
    for (const [lang, words, wrong] of [
      ['en', 'the last round, it cannot be played', 'yours next round'],
      ['fr', 'elle ne peut plus être', 'à vous à la prochaine manche'],
    ] as const) {
      screen = await mountPlay({ setup: SETUP, seats: { us: 'human', china: 'random' }, actions, lang, color: false, size: { columns: 160, rows: 48 } });
      const frame = await screen.waitFor(words);
      expect(frame).not.toContain(wrong);
      screen.unmount();
      screen = undefined;
    }
  });
});

describe('a die rolled by an event', () => {
  it('is logged with the card that rolled it, in both languages', () => {
    const { state } = lineTo((s) => s.log.some((e) => e.type === 'roll'));
    const at = state.log.findIndex((e) => e.type === 'roll');
    // The event that rolled it is the last one fired or played before the roll.
    const source = state.log
      .slice(0, at)
      .reverse()
      .find((e) => e.type === 'eventFires' || e.type === 'play');
    const card = source && 'card' in source ? source.card : '';
    for (const [lang, words] of [
      ['en', ' for '],
      ['fr', ' pour '],
    ] as const) {
      const lines = wordLog({ lang, cards: state.cards, personas: state.setup.personas }, state.log).map((l) => l.text);
      const rolled = lines.find((line) => /^\S+ (rolled|a fait) \d/.test(line)) ?? '';
      // "Huawei rolled 5 +0 = 5." said nothing of what the die was for.
      expect(rolled).toContain(`${words}${localText(state.cards[card]?.title, lang)}.`);
    }
  });
});

describe('a card that cannot race', () => {
  it('says why when it has too few Ops, in both languages', () => {
    const short = (s: GameState) => {
      const view = viewFor(s, 'us');
      const step = nextRaceStep(view, 'us');
      return step && !view.raceUsed.us
        ? view.hand.find((id) => !s.cards[id]?.scoring && (s.cards[id]?.ops ?? 0) > 0 && (s.cards[id]?.ops ?? 0) < step.cost)
        : undefined;
    };
    const { state } = lineTo((s) => s.decision?.kind === 'play' && short(s) !== undefined);
    const view = viewFor(state, 'us');
    const id = short(state) as string;
    const pending = pendingChoices(view);
    const uses = pending.kind === 'cards' ? pending.cards.find((c) => c.card === id)?.uses : undefined;
    expect(uses?.some((u) => u.use === 'race')).toBe(false);
    const cost = nextRaceStep(view, 'us')?.cost;
    for (const [lang, words] of [
      ['en', `No Lock-in step: it needs ${cost} Ops`],
      ['fr', `Pas de cran de Verrouillage\u00a0: il faut ${cost} Ops`],
    ] as const) {
      const w = {
        t: (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(lang, key, params),
        lang,
        cards: state.cards,
        personas: state.setup.personas,
      };
      expect(usesSummary(w, view, state.cards[id] as never, uses)).toContain(words);
    }
  });
});

describe('the status line at 80 columns', () => {
  it('drops the side’s name before it drops the key hints', () => {
    const state = { overlay: null, sel: NO_SELECTION, notice: null, seats: { us: 'human', china: 'random' } as const };
    const lines = (s: GameState, width: number) => {
      const words = {
        t: (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t('en', key, params),
        lang: 'en' as const,
        cards: s.cards,
        personas: s.setup.personas,
      };
      const view = viewFor(s, 'us');
      return statusRows(words, state, view, pendingChoices(view), 'us', '', width).map((row) => row.map((sg) => sg.text).join(''));
    };
    // A question that fits 79 columns only without "(US)", as "Place influence: 3 Ops left (…)." did.
    const { state: s } = lineTo((x) => {
      const wide = lines(x, 400)[0] ?? '';
      return x.decision?.kind !== 'hold' && wide.length > 79 && wide.length - ' (US)'.length <= 79;
    });
    const [status, keys] = lines(s, 79);
    expect(status).toMatch(/^U NVIDIA to act: /);
    expect(keys).toContain('? help');
  });
});
