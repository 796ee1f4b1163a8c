// The networked seat's screen state: keys choose from the view the server sent, a chosen move
// waits in the outbox and is not chosen twice, nothing is chosen before the other player comes,
// undo asks the other player, and the end or a lost server closes the screen as the player expects.
import { describe, expect, it } from 'vitest';
import { applyAction, createGame, viewFor, type Outcome } from '../../src/engine/index.js';
import { INITIAL_REMOTE, remotePending, remoteReducer, type RemoteEvent, type RemoteState } from '../../src/ui/game/remote-state.js';
import type { CommandEvent } from '../../src/ui/keymap.js';
import { waitingLine } from '../../src/ui/net-play-app.js';
import { t as translate, type Params } from '../../src/i18n/messages.js';
import { fixtureSetup } from '../engine/fixture-deck.js';

const game = createGame(fixtureSetup(3));
const side = game.decision?.side ?? 'us';
const view = viewFor(game, side);
const key = (command: CommandEvent['command']): RemoteEvent => ({ type: 'key', event: { command }, pageRows: 10, scrollLimit: 0 });
const run = (state: RemoteState, ...events: RemoteEvent[]) => events.reduce(remoteReducer, state);
const seated = run(
  INITIAL_REMOTE,
  { type: 'update', update: { type: 'welcome', side, catalog: game.cards, personas: game.setup.personas } },
  { type: 'update', update: { type: 'connection', status: 'connected' } },
);
const t = (key: Parameters<typeof translate>[1], params?: Params) => translate('en', key, params);
const words = { lang: 'en' as const, personas: game.setup.personas };

describe('a networked seat', () => {
  it('chooses nothing while the other seat is open, and says it waits for a player', () => {
    const waiting = run(seated, { type: 'update', update: { type: 'view', view, opponent: 'open' } });
    expect(remotePending(waiting)).toEqual({ kind: 'none' });
    expect(run(waiting, key('confirm')).outbox).toBeNull();
    expect(waitingLine(t, words, waiting, 'silicon-curtain join 127.0.0.1:4000/ABCDEFGH')).toBe(
      'Waiting for the other player: silicon-curtain join 127.0.0.1:4000/ABCDEFGH',
    );
  });

  it('sends one legal move, once, and chooses again only from the next view', () => {
    const ready = run(seated, { type: 'update', update: { type: 'view', view, opponent: 'present' } });
    expect(remotePending(ready).kind).not.toBe('none');
    const chosen = run(ready, key('confirm'));
    expect(chosen.outbox).not.toBeNull();
    expect(view.legal).toContainEqual(chosen.outbox?.action);
    expect(chosen.outbox?.at).toBe(view.actionCount);
    expect(waitingLine(t, words, chosen)).toBe('Move sent…');
    // Sent: a second Enter before the server answers chooses nothing more.
    const sent = run(chosen, { type: 'sent' }, key('confirm'));
    expect(sent.outbox).toBeNull();
    expect(remotePending(sent)).toEqual({ kind: 'none' });
    // The server's next view frees the keys.
    const next = applyAction(game, chosen.outbox!.action);
    const moved = run(sent, { type: 'update', update: { type: 'view', view: viewFor(next, side), opponent: 'present' } });
    expect(moved.sentAt).toBeNull();
  });

  it('asks the other player for an undo, answers theirs, and shows a refused move', () => {
    const ready = run(seated, { type: 'update', update: { type: 'view', view, opponent: 'present' } });
    // Undo asks the other player; a second u while waiting asks nothing more.
    const asking = run(ready, key('undo'));
    expect(asking.undoOut).toEqual({ kind: 'ask' });
    expect(waitingLine(t, words, asking)).toMatch(/^Asking .+ to agree to take back your move…$/);
    expect(run(asking, { type: 'undoSent' }, key('undo')).undoOut).toBeNull();
    expect(run(asking, { type: 'undoSent' }, { type: 'update', update: { type: 'undoAnswered', accept: false } })).toMatchObject({
      undoWaiting: false,
      notice: 'net.undoRefused',
    });
    // Asked by the other player: y or n answers, other keys wait.
    const asked = run(ready, { type: 'update', update: { type: 'undoAsked', by: side === 'us' ? 'china' : 'us' } });
    expect(waitingLine(t, words, asked)).toMatch(/asks to take back their last move: y agree · n refuse$/);
    expect(run(asked, key('confirm')).outbox).toBeNull();
    expect(run(asked, key('no'))).toMatchObject({ undoAsked: null, undoOut: { kind: 'answer', accept: false } });
    expect(run(asked, key('yes')).undoOut).toEqual({ kind: 'answer', accept: true });
    const refused = run(
      ready,
      key('confirm'),
      { type: 'sent' },
      { type: 'update', update: { type: 'refused', message: 'that action answers move 0, the game is at move 1' } },
    );
    expect(refused.sentAt).toBeNull();
    expect(waitingLine(t, words, refused)).toBe('Server: that action answers move 0, the game is at move 1');
    // The next position clears it.
    const next = applyAction(game, view.legal[0]!);
    expect(run(refused, { type: 'update', update: { type: 'view', view: viewFor(next, side), opponent: 'present' } }).problem).toBeNull();
  });

  it('says when the other player is away, and when its own connection is lost', () => {
    const away = run(seated, { type: 'update', update: { type: 'view', view, opponent: 'away' } });
    // The other seat's persona is named (the fixture: Washington for the US, Huawei for China).
    expect(waitingLine(t, words, away)).toBe(`Waiting for ${side === 'us' ? 'Huawei' : 'Washington'} to reconnect…`);
    expect(waitingLine(t, words, run(away, { type: 'update', update: { type: 'connection', status: 'reconnecting' } }))).toBe('Connection lost: reconnecting…');
  });

  it('leaves with the reason when the server is gone, and keeps the final board after the end', () => {
    const ready = run(seated, { type: 'update', update: { type: 'view', view, opponent: 'present' } });
    const lost = run(ready, {
      type: 'update',
      update: { type: 'connection', status: 'closed', reason: 'the server at ws://127.0.0.1:4000 cannot be reached' },
    });
    expect(lost).toMatchObject({ exit: true, problem: 'the server at ws://127.0.0.1:4000 cannot be reached' });

    const outcome: Outcome = { winner: side, reason: 'finalScoring', leadership: 3, round: 1 };
    const over = run(ready, { type: 'update', update: { type: 'over', outcome } }, { type: 'update', update: { type: 'connection', status: 'closed' } });
    expect(over.exit).toBe(false);
    expect(waitingLine(t, words, over)).toMatch(/^Game over: .+ wins, by final scoring\. Enter: leave\.$/);
    expect(run(over, key('confirm'))).toMatchObject({ exit: true, over: outcome });
  });

  it('as a spectator: no choices, no undo, the count of each hand, who is to act', () => {
    const watching = run(
      INITIAL_REMOTE,
      { type: 'update', update: { type: 'welcome', side: null, catalog: game.cards, personas: game.setup.personas } },
      { type: 'update', update: { type: 'connection', status: 'connected' } },
      { type: 'update', update: { type: 'view', view: { ...view, hand: [], legal: [] }, opponent: 'present', hands: { us: 7, china: 8 } } },
    );
    expect(watching).toMatchObject({ spectator: true, hands: { us: 7, china: 8 } });
    expect(remotePending(watching)).toEqual({ kind: 'none' });
    expect(run(watching, key('confirm'), key('undo'))).toMatchObject({ outbox: null, undoOut: null });
    expect(waitingLine(t, words, watching)).toBe(`Watching: ${side === 'us' ? 'Washington' : 'Huawei'} to act.`);
  });
});
