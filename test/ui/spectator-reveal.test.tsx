// A spectator of a networked game (`watch`) sees the cards a reveal made public, under the hand
// counts, as both seats do; never the cards a side only peeked at.
import { afterEach, describe, expect, it } from 'vitest';
import type { Effect } from '../../src/decks/types.js';
import { applyAction, viewFor, type GameState, type Side } from '../../src/engine/index.js';
import type { Lang } from '../../src/i18n/lang.js';
import { localText } from '../../src/i18n/lang.js';
import { publicView } from '../../src/net/public-view.js';
import type { RemoteUpdate } from '../../src/ui/game/remote-state.js';
import { NetPlayApp, type RemoteConnection } from '../../src/ui/net-play-app.js';
import { withProbeCard } from '../engine/helpers.js';
import { mount, settle, type Screen } from './helpers.js';

const other = (side: Side): Side => (side === 'us' ? 'china' : 'us');

/** The side to act plays a card that peeks at the pile, then reveals one card of the other hand. */
function afterReveal(): { state: GameState; side: Side } {
  const event: Effect[] = [
    { op: 'peek', side: 'self', at: 'deck', count: 2 },
    { op: 'reveal', side: 'opponent', count: 1 },
  ];
  const s = withProbeCard(event);
  const side = s.decision?.side as Side;
  return { state: applyAction(s, { type: 'play', card: 'probe', use: 'event' }), side };
}

/** The updates `watch` hands the screen for this state: the public view, drawn as the US seat's. */
function spectatorConnection(state: GameState): RemoteConnection {
  const { handCounts, ...board } = publicView(state);
  const updates: RemoteUpdate[] = [
    { type: 'connection', status: 'connected' },
    { type: 'welcome', side: null, catalog: state.cards, personas: state.setup.personas },
    { type: 'view', view: { ...board, side: 'us', hand: [], legal: [], opponentHandCount: handCounts.china }, opponent: 'present', hands: handCounts },
  ];
  return {
    subscribe(listener) {
      for (const u of updates) listener(u);
      return () => {};
    },
    send() {},
    askUndo() {},
    answerUndo() {},
  };
}

let screen: Screen | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

describe('a spectator and a reveal', () => {
  const { state, side } = afterReveal();
  const opp = other(side);
  const shown = viewFor(state, side).known?.revealed[opp] ?? [];
  const title = (id: string, lang: Lang) => localText(state.cards[id]?.title ?? id, lang);

  it.each(['en', 'fr'] as Lang[])('names the revealed card under the hand counts, not the peeked ones (%s)', async (lang) => {
    expect(shown).toHaveLength(1);
    screen = mount(<NetPlayApp connection={spectatorConnection(state)} address="test" onExit={() => {}} />, { lang, size: { columns: 200, rows: 50 } });
    await settle(5);
    const frame = screen.frame().replace(/\s+/g, ' ');
    expect(frame).toContain(lang === 'en' ? 'Hands (hidden)' : 'Mains (cachées)');
    expect(frame).toContain(lang === 'en' ? 'Revealed from' : 'Révélé dans la main de');
    expect(frame).toContain(title(shown[0] as string, lang));
    // The pile's top cards the side peeked at are its own: the spectator is never told them.
    expect(frame).not.toContain(lang === 'en' ? 'Top of the draw pile' : 'Haut de la pioche');
    const log = JSON.stringify(state.log);
    for (const id of state.deck.slice(-2)) if (!log.includes(`"${id}"`) && !shown.includes(id)) expect(frame).not.toContain(title(id, lang));
  });
});
