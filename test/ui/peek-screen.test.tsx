// A card that peeks, on the game screen: the seat that looked sees the cards under its hand;
// the other seat sees only that cards were looked at (the log line, a count), never which.
import { afterEach, describe, expect, it } from 'vitest';
import type { CardDef, CardId } from '../../src/decks/types.js';
import { applyAction, createGame, legalActions, viewFor, type Action, type GameSetup, type GameState } from '../../src/engine/index.js';
import type { Lang } from '../../src/i18n/lang.js';
import { localText } from '../../src/i18n/lang.js';
import type { ChooseBotAction } from '../../src/ui/game/bots.js';
import { loadDeckForTest } from '../cards/deck-fixture.js';
import { mountPlay, type PlayHarness } from './helpers.js';

const LOOK: CardDef = {
  id: 'test-leaked-roadmap',
  title: { en: 'Leaked Roadmap', fr: 'Feuille de route divulguée' },
  side: 'us',
  ops: 2,
  era: 1,
  text: {
    en: 'Look at the top 2 cards of the draw pile and at 2 cards of China’s hand.',
    fr: 'Regardez les 2 premières cartes de la pioche et 2 cartes de la main chinoise.',
  },
  event: [
    { op: 'peek', side: 'self', at: 'deck', count: 2 },
    { op: 'peek', side: 'self', at: 'hand', count: 2 },
  ],
  history: 'A test card.',
  date: '2024',
  source: 'test',
};
const CARDS: CardDef[] = [...loadDeckForTest('base.yaml'), LOOK];
const BY_ID = new Map(CARDS.map((c) => [c.id, c]));
const title = (id: CardId, lang: Lang): string => localText(BY_ID.get(id)?.title ?? id, lang);

/** The actions of a game in which the US plays the peeking card for its event, first chance it gets. */
function gameWithPeek(): { setup: GameSetup; actions: Action[]; state: GameState } {
  for (let seed = 1; seed < 200; seed++) {
    const setup: GameSetup = { seed, personas: { us: 'nvidia', china: 'huawei' }, cards: CARDS, decks: [{ id: 'base', hash: 'test' }] };
    let s = createGame(setup);
    const actions: Action[] = [];
    while (!s.outcome && s.round === 1 && actions.length < 200) {
      const legal = legalActions(s);
      const peek = legal.find((a) => a.type === 'play' && a.card === LOOK.id && a.use === 'event');
      const action = peek ?? legal.find((a) => !('card' in a) || a.card !== LOOK.id);
      if (!action) break;
      actions.push(action);
      s = applyAction(s, action);
      if (peek) {
        const known = viewFor(s, 'us').known;
        if (s.decision?.side === 'china' && known && known.deckTop.length === 2 && known.opponentHand.length === 2) return { setup, actions, state: s };
        break;
      }
    }
  }
  throw new Error('no seed gives the US the peeking card in round 1');
}

/** A bot that never answers: the screen stays on the position under test. */
const idle: ChooseBotAction = () => new Promise(() => {});

let screen: PlayHarness | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

describe('a card that peeks, on the game screen', () => {
  const { setup, actions, state } = gameWithPeek();
  const known = viewFor(state, 'us').known;
  const deckTop = known?.deckTop ?? [];
  const inHand = known?.opponentHand ?? [];

  it.each(['en', 'fr'] as Lang[])('shows the seat that looked what it saw (%s)', async (lang) => {
    screen = await mountPlay({ setup, actions, seats: { us: 'human', china: 'normal' }, chooseBotAction: idle, lang, size: { columns: 200, rows: 50 } });
    const frame = screen.frame().replace(/\s+/g, ' ');
    expect(frame).toContain(lang === 'en' ? 'Top of the draw pile (only you saw it):' : 'Haut de la pioche (vu par vous seul)');
    // A long title may wrap in the hand panel: its first words are enough to tell the card.
    for (const id of [...deckTop, ...inHand]) expect(frame).toContain(title(id, lang).slice(0, 12));
  });

  it.each(['en', 'fr'] as Lang[])('never shows the other seat which cards were seen (%s)', async (lang) => {
    screen = await mountPlay({ setup, actions, seats: { us: 'normal', china: 'human' }, chooseBotAction: idle, lang, size: { columns: 200, rows: 50 } });
    const frame = screen.frame().replace(/\s+/g, ' ');
    expect(frame).not.toContain(lang === 'en' ? 'Top of the draw pile' : 'Haut de la pioche (vu');
    expect(frame).not.toContain(lang === 'en' ? 'Seen in' : 'Vu dans la main');
    // The draw pile's cards are hidden from China: none of the ones the US saw is named.
    for (const id of deckTop) expect(frame).not.toContain(title(id, lang));
  });
});
