// Fair information: a bot's reason line is read by a human (on the game screen, in the log,
// in bot-match output), so it must never name a card whose place is hidden at that moment:
// a card in a hand, the draw pile, or a secret headline. Bots play whole games on the
// shipped deck, in both languages, and every reason is checked against the real state.
import { describe, expect, it } from 'vitest';
import { asAsync, type AsyncBot } from '../../src/ai/bot.js';
import { botContext } from '../../src/ai/context.js';
import { playMatch } from '../../src/ai/match.js';
import { makeBot } from '../../src/ai/registry.js';
import type { Bot } from '../../src/ai/bot.js';
import type { CardDef, CardId, Side } from '../../src/decks/types.js';
import { applyAction, createGame, rules } from '../../src/engine/index.js';
import type { Action, GameState } from '../../src/engine/index.js';
import type { Lang } from '../../src/i18n/lang.js';
import { localText } from '../../src/i18n/lang.js';
import { t } from '../../src/i18n/messages.js';
import type { MessageKey } from '../../src/i18n/messages.js';
import { loadDeckForTest } from '../cards/deck-fixture.js';

const CARDS: CardDef[] = loadDeckForTest('base.yaml');
const BY_ID = new Map(CARDS.map((card) => [card.id, card]));

/** The words that would give a card away: its title, and for a scoring card "<region> scoring". */
function giveaways(id: CardId, lang: Lang): string[] {
  const card = BY_ID.get(id);
  if (!card) return [id];
  const words = [localText(card.title, lang)];
  if (card.scoring) {
    const region = t(lang, `region.${card.scoring}` as MessageKey);
    words.push(lang === 'fr' ? `décompte ${region}` : `${region} scoring`);
  }
  return words.map((w) => w.toLowerCase());
}

/**
 * Cards whose place the human cannot know in `s`: the draw pile, a secret headline, and every
 * card in a hand except signature cards (always in their owner's hand unless in sight) and
 * cards a side took back from the open discard pile (everyone saw them go).
 */
function hiddenCards(s: GameState, known: ReadonlySet<CardId>, except: CardId | null): CardId[] {
  const hidden = [...s.deck];
  for (const side of ['us', 'china'] as const) {
    hidden.push(...s.hands[side].filter((id) => BY_ID.get(id)?.signature === undefined && !known.has(id)));
    const headline = s.headline[side];
    if (!s.headlineRevealed && headline !== null) hidden.push(headline);
  }
  return hidden.filter((id) => id !== except);
}

/**
 * Printed words a reason may quote: the text of the card the move plays (a headline's reason
 * quotes it; "Cancel H20 Export Licence" names a card without saying where it is) and the
 * labels of the choice being answered. Naming a card there tells nothing about its place.
 */
function publicWords(s: GameState, action: Action, lang: Lang): string {
  const card = 'card' in action ? BY_ID.get(action.card) : undefined;
  const labels = s.decision?.kind === 'choose' ? s.decision.labels.map((label) => localText(label, lang)) : [];
  return [localText(card?.text, lang), ...labels].join('\n').toLowerCase();
}

interface Leak {
  reason: string;
  card: CardId;
}

/** Plays one game between two bots and returns every reason that named a hidden card. */
function leaksInGame(seed: number, seats: Record<Side, Bot>, lang: Lang): { leaks: Leak[]; reasons: number } {
  const personas = seed % 2 === 0 ? ({ us: 'washington', china: 'beijing' } as const) : ({ us: 'nvidia', china: 'huawei' } as const);
  let s = createGame({ seed, personas, cards: CARDS, decks: [{ id: 'base', hash: 'test' }] });
  const retrieved = new Set<CardId>();
  const leaks: Leak[] = [];
  let reasons = 0;
  while (!s.outcome && s.decision && s.actionCount < rules.MAX_ACTIONS) {
    const side = s.decision.side;
    const choice = seats[side].choose({ ...botContext(s, side), lang });
    const action: Action = choice.action;
    const quoted = publicWords(s, action, lang);
    s = applyAction(s, action);
    if (action.type === 'retrieve') retrieved.add(action.card);
    // A headline's reason is shown only once both headlines are revealed (ui/game/game-model.ts),
    // so the bot's own headline card is not a secret for its own line.
    const own = action.type === 'headline' ? action.card : null;
    const text = choice.reason.toLowerCase();
    reasons++;
    for (const card of hiddenCards(s, retrieved, own)) {
      if (giveaways(card, lang).some((words) => text.includes(words) && !quoted.includes(words))) leaks.push({ reason: choice.reason, card });
    }
  }
  return { leaks, reasons };
}

describe('a bot’s reason line', () => {
  it('never names a card in a hand, the draw pile or a secret headline', () => {
    const games: { seed: number; us: string; china: string; lang: Lang }[] = [
      { seed: 1, us: 'normal', china: 'easy', lang: 'en' },
      { seed: 2, us: 'easy', china: 'normal', lang: 'fr' },
      { seed: 3, us: 'hard', china: 'normal', lang: 'en' },
      { seed: 4, us: 'easy', china: 'hard', lang: 'en' },
    ];
    let total = 0;
    for (const game of games) {
      const bot = (name: string, n: number) => makeBot(name, game.seed * 10 + n, { iterations: 30 });
      const { leaks, reasons } = leaksInGame(game.seed, { us: bot(game.us, 1), china: bot(game.china, 2) }, game.lang);
      expect(leaks, `seed ${game.seed}`).toEqual([]);
      total += reasons;
    }
    // Whole games were played: the check saw every kind of move, not a handful.
    expect(total).toBeGreaterThan(100);
  });

  it('says of a kept card only that one is kept, nothing read off the round’s end', () => {
    // A newcomer read "keeps one card for next round: builds toward China Market" as a hint
    // about the hidden kept card.
    for (const seed of [1, 2, 3]) {
      const bots = { us: makeBot('normal', seed * 10 + 1), china: makeBot('normal', seed * 10 + 2) };
      let s = createGame({ seed, personas: { us: 'nvidia', china: 'huawei' }, cards: CARDS, decks: [{ id: 'base', hash: 'test' }] });
      let holds = 0;
      while (!s.outcome && s.decision && s.round < 3) {
        const side = s.decision.side;
        const choice = bots[side].choose({ ...botContext(s, side), lang: 'en' });
        if (choice.action.type === 'hold') {
          holds++;
          expect(choice.reason).toMatch(/^keeps one card for next round: (its best estimate|the best of \d+ options it tried)$/);
        }
        s = applyAction(s, choice.action);
      }
      expect(holds).toBeGreaterThan(0);
    }
  });

  it('writes a loss with a minus sign, as the rest of the screen does', () => {
    // "the least costly option (-1 Leadership)" had an ASCII hyphen where the log says "−1".
    const lines: string[] = [];
    for (const seed of [1, 2, 3, 4]) {
      const bots = { us: makeBot('normal', seed * 10 + 1), china: makeBot('normal', seed * 10 + 2) };
      let s = createGame({ seed, personas: { us: 'nvidia', china: 'huawei' }, cards: CARDS, decks: [{ id: 'base', hash: 'test' }] });
      while (!s.outcome && s.decision && s.round < 3) {
        const side = s.decision.side;
        const choice = bots[side].choose({ ...botContext(s, side), lang: 'en' });
        if (choice.reason.includes('least costly')) lines.push(choice.reason);
        s = applyAction(s, choice.action);
      }
    }
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/least costly option \(−\d+ Leadership\)/);
  });

  it('catches a line that names a card in the bot’s own hand', () => {
    // The check above is worth something only if it can fail: a bot with the old leaky line.
    const honest = makeBot('easy', 5);
    const leaky: Bot = {
      name: 'leaky',
      choose: (ctx) => {
        const choice = honest.choose(ctx);
        const held = ctx.view.hand.find((id) => ctx.catalog[id]?.signature === undefined);
        const title = held === undefined ? '' : localText(ctx.catalog[held]?.title ?? '', 'en');
        return { ...choice, reason: `${choice.reason}; holds ${title}` };
      },
    };
    const { leaks } = leaksInGame(5, { us: leaky, china: makeBot('easy', 6) }, 'en');
    expect(leaks.length).toBeGreaterThan(0);
  });

  it('of a secret headline is told (in bot-match) only once both headlines are chosen', async () => {
    // What happened, in order: each bot's headline choice, and each move as it is told.
    const timeline: string[] = [];
    const seat = (side: Side): AsyncBot => {
      const bot = asAsync(makeBot('easy', side === 'us' ? 1 : 2));
      return {
        name: bot.name,
        chooseAsync: async (ctx) => {
          const choice = await bot.chooseAsync(ctx);
          if (choice?.action.type === 'headline') timeline.push(`chose ${side} r${ctx.view.round}`);
          return choice;
        },
      };
    };
    const start = createGame({ seed: 11, personas: { us: 'nvidia', china: 'beijing' }, cards: CARDS, decks: [{ id: 'base', hash: 'test' }] });
    const result = await playMatch(start, { us: seat('us'), china: seat('china') }, (move) => {
      if (move.action.type === 'headline') timeline.push(`told ${move.side} r${move.before.round}`);
    });
    expect(result.state.outcome).not.toBeNull();
    const told = timeline.filter((line) => line.startsWith('told'));
    expect(told.length).toBeGreaterThanOrEqual(2);
    for (const line of told) {
      const [, side, round] = line.split(' ');
      const other = side === 'us' ? 'china' : 'us';
      expect(timeline.indexOf(`chose ${other} ${round}`), line).toBeLessThan(timeline.indexOf(line));
    }
  });
});
