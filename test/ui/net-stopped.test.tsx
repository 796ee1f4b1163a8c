// A player's screen when the teacher rings the bell and then pairs the class anew: the status
// line says the teacher ended the game and who leads (80x24, English and French), no move can be
// chosen any more, the player stays for the next pairing; the pairing ends this screen so the
// next game's can open.
import { afterEach, describe, expect, it } from 'vitest';
import { viewFor, type GameState } from '../../src/engine/index.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { RemoteUpdate } from '../../src/ui/game/remote-state.js';
import { NetPlayApp, type RemoteConnection, type RemoteResult } from '../../src/ui/net-play-app.js';
import { standingOf } from '../../src/net/hosted-game.js';
import { atFirstActionRound } from '../engine/helpers.js';
import { mount, settle, type Screen } from './helpers.js';

let screen: Screen | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

/** A seat's connection that replays `updates`, then hands the test a way to push more. */
function connection(updates: RemoteUpdate[], sent: unknown[]): { connection: RemoteConnection; push: (u: RemoteUpdate) => void } {
  let listener: ((u: RemoteUpdate) => void) | null = null;
  return {
    push: (u) => listener?.(u),
    connection: {
      subscribe(next) {
        listener = next;
        for (const u of updates) next(u);
        return () => (listener = null);
      },
      send: (action) => void sent.push(action),
      askUndo() {},
      answerUndo() {},
    },
  };
}

function seated(state: GameState): RemoteUpdate[] {
  const side = state.decision?.side ?? 'us';
  return [
    { type: 'connection', status: 'connected' },
    { type: 'welcome', side, catalog: state.cards, personas: state.setup.personas },
    { type: 'view', view: viewFor(state, side), opponent: 'present' },
  ];
}

describe("the teacher's bell on a player's screen", () => {
  const state = atFirstActionRound(3);
  const cases: [Lang, string][] = [
    ['en', 'The teacher ended the game (round 1/3): US leads, Leadership +9.'],
    ['fr', 'L’enseignant a sonné la fin (manche 1/3)\u00a0: États-Unis en tête, Leadership +9.'],
  ];
  for (const [lang, line] of cases) {
    it(`says where the game stood and takes no move (${lang})`, async () => {
      const sent: unknown[] = [];
      const results: RemoteResult[] = [];
      const { connection: c, push } = connection(seated(state), sent);
      screen = mount(<NetPlayApp connection={c} address="127.0.0.1:7300" onExit={(r) => results.push(r)} />, { lang, color: false });
      await screen.waitFor(lang === 'en' ? 'Enter' : 'Entrée');
      // Where the server says the game stood: this board's Leadership, US +9.
      push({ type: 'stopped', standing: standingOf(state) });
      const frame = await screen.waitFor(line);
      for (const row of frame.split('\n')) expect(row.length).toBeLessThanOrEqual(80);
      expect(frame).not.toContain(lang === 'en' ? 'u undo' : 'u annuler');
      expect(frame).not.toContain(lang === 'en' ? 'Enter play' : 'Entrée jouer');
      // Enter and digits choose nothing now, and the screen stays for the next pairing.
      await screen.press('\r', '1', '\r');
      expect(sent).toEqual([]);
      expect(results).toEqual([]);
      // The teacher's pairing: this screen ends, saying so, for the next game's screen.
      push({ type: 'moved' });
      await settle();
      expect(results).toMatchObject([{ moved: true, over: null, problem: null }]);
    });
  }

  it('tells a spectator the same', async () => {
    const { connection: c, push } = connection(
      [
        { type: 'connection', status: 'connected' },
        { type: 'welcome', side: null, catalog: state.cards, personas: state.setup.personas },
        { type: 'view', view: { ...viewFor(state, 'us'), hand: [], legal: [] }, opponent: 'present', hands: { us: 6, china: 6 } },
      ],
      [],
    );
    screen = mount(<NetPlayApp connection={c} address="127.0.0.1:7300" onExit={() => {}} />, { color: false });
    await screen.waitFor('Watching');
    push({ type: 'stopped', standing: { round: 2, rounds: 8, leadership: 5, leader: 'us' } });
    expect(await screen.waitFor('The teacher ended the game (round 2/8): US leads, Leadership +5.')).not.toContain('Watching');
  });
});
