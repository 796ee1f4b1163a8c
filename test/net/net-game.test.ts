// Network play on loopback: whole games through the server, a seat driven by raw actions, no
// hidden card on the wire, a seat taken back with its token, and clear errors for bad input.
import { afterEach, describe, expect, it } from 'vitest';
import { applyAction, canUndo, createGame, viewFor, type Action, type GameState, type PlayerView } from '../../src/engine/index.js';
import { playAsBot } from '../../src/net/bot-player.js';
import { NET_PROTOCOL_VERSION as V, type ServerMessage } from '../../src/net/messages.js';
import { publicView } from '../../src/net/public-view.js';
import type { RunningServer } from '../../src/net/server.js';
import { fixtureSetup } from '../engine/fixture-deck.js';
import { hostOnLoopback, isType, rawClient, stateAt, type RawClient } from './net-helpers.js';

const servers: RunningServer[] = [];
const clients: RawClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.socket.terminate();
  for (const s of servers.splice(0)) await s.close();
});

async function host(seed: number, rounds = 1, heartbeatMs?: number) {
  const setup = fixtureSetup(seed, { rounds });
  const hosted = await hostOnLoopback({ setup }, heartbeatMs ? { heartbeatMs } : {});
  servers.push(hosted.server);
  return { ...hosted, setup };
}

async function client(url: string): Promise<RawClient> {
  const c = await rawClient(url);
  clients.push(c);
  return c;
}

/** Plays a raw client's seat: the first legal action of each view where it must act. */
function answerWithFirstLegal(c: RawClient, pick: (legal: Action[]) => Action = (legal) => legal[0] as Action): void {
  let answered = -1;
  const answer = (m: ServerMessage) => {
    if (m.type !== 'view' || m.view.side === null || m.view.legal.length === 0 || answered === m.view.actionCount) return;
    answered = m.view.actionCount;
    c.send({ v: V, type: 'action', action: pick(m.view.legal), at: m.view.actionCount });
  };
  c.socket.on('message', (data) => answer(JSON.parse(String(data)) as ServerMessage));
  // The view already received may be asking already.
  const last = c.messages.findLast((m) => m.type === 'view');
  if (last) answer(last);
}

describe('a game over the network', () => {
  it('two bot clients play a whole game through the server', async () => {
    const { game, url, setup } = await host(11);
    const [a, b] = await Promise.all([playAsBot({ url, code: game.code, bot: 'random', seed: 1 }), playAsBot({ url, code: game.code, bot: 'easy', seed: 2 })]);
    expect(a.problem).toBeNull();
    expect(game.current.outcome).not.toBeNull();
    expect(a.outcome).toEqual(game.current.outcome);
    expect(b.outcome).toEqual(game.current.outcome);
    expect(new Set([a.side, b.side])).toEqual(new Set(['us', 'china']));
    expect(a.moves + b.moves).toBe(game.actions.length);
    // The server's record replays to the same end: the save of a network game is a normal one.
    expect(stateAt(setup, game.actions, game.actions.length).outcome).toEqual(game.current.outcome);
  }, 30_000);

  it('a client sending raw actions plays a seat against a bot', async () => {
    const { game, url } = await host(12);
    const human = await client(url);
    human.send({ v: V, type: 'hello', code: game.code, player: 'human' });
    const welcome = await human.waitFor(isType('welcome'));
    expect(welcome).toMatchObject({ side: 'us', code: game.code });
    answerWithFirstLegal(human);
    const bot = await playAsBot({ url, code: game.code, bot: 'random', seed: 3 });
    expect(bot.side).toBe('china');
    const over = await human.waitFor(isType('gameOver'));
    expect(over).toMatchObject({ outcome: game.current.outcome, actions: game.actions });
  }, 30_000);

  it('never puts the other hand, the draw pile or a secret headline on the wire', async () => {
    const { game, url, setup } = await host(13, 2);
    const us = await client(url);
    const china = await client(url);
    const watcher = await client(url);
    us.send({ v: V, type: 'hello', code: game.code });
    await us.waitFor(isType('welcome'));
    china.send({ v: V, type: 'hello', code: game.code });
    await china.waitFor(isType('welcome'));
    watcher.send({ v: V, type: 'hello', code: game.code, role: 'spectator' });
    await watcher.waitFor(isType('welcome'));
    answerWithFirstLegal(us);
    answerWithFirstLegal(china, (legal) => legal[legal.length - 1] as Action);
    await Promise.all([us, china, watcher].map((c) => c.waitFor(isType('gameOver'), 20_000)));

    let checked = 0;
    for (const c of [us, china, watcher]) {
      c.frames.forEach((frame, i) => {
        const m = c.messages[i] as ServerMessage;
        if (m.type !== 'view') return;
        const state = stateAt(setup, game.actions, m.view.actionCount);
        const side = m.view.side;
        // Exactly the seat's view of that moment (a spectator: the public one), nothing added.
        const expected: PlayerView | ReturnType<typeof publicView> = side ? viewFor(state, side) : publicView(state);
        expect(m.view).toEqual(JSON.parse(JSON.stringify(expected)));
        const secret = side
          ? [...state.hands[side === 'us' ? 'china' : 'us'], ...state.deck, ...(state.headlineRevealed ? [] : [state.headline[side === 'us' ? 'china' : 'us']])]
          : [...state.hands.us, ...state.hands.china, ...state.deck, ...(state.headlineRevealed ? [] : [state.headline.us, state.headline.china])];
        // A card named in public (the log, the discard) may be named; any other secret card may not.
        const said = JSON.stringify(viewFor(state, 'us').log) + JSON.stringify(state.discard) + JSON.stringify(state.removed) + JSON.stringify(state.aside);
        for (const card of secret) {
          if (card === null || said.includes(`"${card}"`)) continue;
          expect(frame.includes(`"${card}"`), `${card} in a frame to ${side ?? 'the spectator'} at move ${m.view.actionCount}`).toBe(false);
          checked++;
        }
      });
    }
    expect(checked).toBeGreaterThan(100);
  }, 30_000);

  it('a seat that drops comes back with its token and the game goes on', async () => {
    const { game, url } = await host(14);
    const first = await client(url);
    first.send({ v: V, type: 'hello', code: game.code });
    const welcome = await first.waitFor(isType('welcome'));
    if (welcome.type !== 'welcome' || !welcome.token) throw new Error('no token');
    expect(welcome.token).toMatch(/^[0-9a-f]{32}$/);
    const watcher = await client(url);
    watcher.send({ v: V, type: 'hello', code: game.code, role: 'spectator' });
    await watcher.waitFor(isType('welcome'));
    const bot = playAsBot({ url, code: game.code, bot: 'random', seed: 5 });
    // Play a few moves, then the connection dies without a word.
    let moves = 0;
    let thirdTurn = () => {};
    const reached = new Promise<void>((resolve) => (thirdTurn = resolve));
    first.socket.on('message', (data) => {
      const m = JSON.parse(String(data)) as ServerMessage;
      if (m.type !== 'view' || !m.view.side || m.view.legal.length === 0) return;
      if (moves === 3) return thirdTurn();
      moves++;
      first.send({ v: V, type: 'action', action: m.view.legal[0], at: m.view.actionCount });
    });
    await reached;
    const at = game.current.actionCount;
    first.socket.terminate();
    await watcher.waitFor((m) => m.type === 'view' && m.seats[welcome.side ?? 'us'] === 'away');

    const back = await client(url);
    back.send({ v: V, type: 'hello', code: game.code, token: welcome.token });
    const again = await back.waitFor(isType('welcome'));
    expect(again).toMatchObject({ side: welcome.side, token: welcome.token });
    const view = await back.waitFor(isType('view'));
    expect(view.type === 'view' && view.view.actionCount).toBe(at);
    answerWithFirstLegal(back);
    const result = await bot;
    expect(result.outcome).toEqual(game.current.outcome);
    expect(result.outcome).not.toBeNull();
  }, 30_000);
});

describe('heartbeats', () => {
  it('a connection that stops answering is closed, and the other seat is told it is away', async () => {
    const { game, url } = await host(17, 1, 100);
    const silent = await rawClient(url, { autoPong: false });
    clients.push(silent);
    silent.send({ v: V, type: 'hello', code: game.code });
    const welcome = await silent.waitFor(isType('welcome'));
    const other = await client(url);
    other.send({ v: V, type: 'hello', code: game.code });
    await other.waitFor(isType('welcome'));
    const side = welcome.type === 'welcome' ? welcome.side : null;
    expect(await other.waitFor((m) => m.type === 'view' && side !== null && m.seats[side] === 'away', 3000)).toBeTruthy();
    expect(await silent.closed).toBe(1006);
    // Answering heartbeats, the other client is still in.
    expect(game.presence(side === 'us' ? 'china' : 'us')).toBe('present');
  });
});

describe('bad input gets an error, never a crash', () => {
  it('explains a wrong code, a wrong token, bad JSON, a bad shape, an old version and a wrong action', async () => {
    const { game, url } = await host(15);
    const errorOf = async (send: (c: RawClient) => void) => {
      const c = await client(url);
      send(c);
      return c.waitFor(isType('error'));
    };
    expect(await errorOf((c) => c.send({ v: V, type: 'hello', code: 'WRONGCODE' }))).toMatchObject({
      code: 'badCode',
      message: expect.stringContaining('invite code'),
    });
    expect(await errorOf((c) => c.sendText('{not json'))).toMatchObject({ code: 'badMessage', message: 'the message is not JSON' });
    expect(await errorOf((c) => c.send({ v: V, type: 'shout' }))).toMatchObject({
      code: 'badMessage',
      message: expect.stringContaining('not a protocol message'),
    });
    expect(await errorOf((c) => c.send({ v: 99, type: 'hello', code: game.code }))).toMatchObject({
      code: 'version',
      message: expect.stringContaining('protocol version 1'),
    });
    expect(await errorOf((c) => c.send({ v: V, type: 'action', action: { type: 'choose', option: 0 } }))).toMatchObject({ code: 'notSeated' });

    const player = await client(url);
    player.send({ v: V, type: 'hello', code: game.code });
    await player.waitFor(isType('view'));
    // Before anyone has the other seat, a token that is no seat's.
    expect(await errorOf((c) => c.send({ v: V, type: 'hello', code: game.code, token: 'f'.repeat(32) }))).toMatchObject({ code: 'badToken' });
    player.send({ v: V, type: 'action', action: { type: 'place', space: 'nowhere' } });
    expect(await player.waitFor(isType('error'))).toMatchObject({ code: 'illegal', message: expect.stringMatching(/the rules do not allow|not your turn/) });
    player.send({ v: V, type: 'undo' });
    expect(await player.waitFor((m) => m.type === 'error' && m.code === 'noUndo')).toMatchObject({ message: expect.stringContaining('nothing to undo') });

    // After all that, the server still plays: a bot takes the other seat and the game runs.
    answerWithFirstLegal(player);
    const bot = await playAsBot({ url, code: game.code, bot: 'random', seed: 6 });
    expect(bot.outcome).not.toBeNull();
    expect(await errorOf((c) => c.send({ v: V, type: 'hello', code: game.code }))).toMatchObject({ code: 'full' });
  }, 30_000);

  it('closes connections past the cap, and the ones inside it still play', async () => {
    const hosted = await hostOnLoopback({ setup: fixtureSetup(20, { rounds: 1 }) }, { maxConnections: 2 });
    servers.push(hosted.server);
    const [a, b, c] = [await client(hosted.url), await client(hosted.url), await client(hosted.url)];
    expect(await c.closed).toBe(1013);
    a.send({ v: V, type: 'hello', code: hosted.game.code });
    b.send({ v: V, type: 'hello', code: hosted.game.code });
    expect(await a.waitFor(isType('welcome'))).toMatchObject({ side: 'us' });
    expect(await b.waitFor(isType('welcome'))).toMatchObject({ side: 'china' });
  });

  it('refuses a flood of messages and an oversized frame', async () => {
    const { url } = await host(16);
    const flood = await client(url);
    for (let i = 0; i < 100; i++) flood.send({ v: V, type: 'ping' });
    expect(await flood.waitFor((m) => m.type === 'error' && m.code === 'tooFast')).toBeTruthy();
    const big = await client(url);
    big.sendText(`{"v":1,"type":"ping","pad":"${'x'.repeat(100_000)}"}`);
    expect(await big.closed).toBe(1009);
  });
});

/** A game played by first legal moves up to a move its player may take back (own move, still
 * its turn, nothing revealed): the actions before it, and that move. */
function undoablePosition(seed: number): { prefix: Action[]; move: Action; side: 'us' | 'china' } {
  const setup = fixtureSetup(seed, { rounds: 1 });
  let state: GameState = createGame(setup);
  const prefix: Action[] = [];
  for (let i = 0; i < 300 && !state.outcome; i++) {
    const side = state.decision?.side;
    if (!side) break;
    const legal = viewFor(state, side).legal;
    const move = legal[i % legal.length] as Action;
    const next = applyAction(state, move);
    if (next.decision?.side === side && canUndo(state, next)) return { prefix, move, side };
    prefix.push(move);
    state = next;
  }
  throw new Error('no undoable move found');
}

describe('undo over the network', () => {
  it('takes a move back only when the other player agrees', async () => {
    const seed = 19;
    const { prefix, move, side } = undoablePosition(seed);
    const setup = fixtureSetup(seed, { rounds: 1 });
    const hosted = await hostOnLoopback({ setup, actions: prefix, reserved: [side] });
    servers.push(hosted.server);
    const { game, url } = hosted;
    const mover = await client(url);
    mover.send({ v: V, type: 'hello', code: game.code, token: game.tokens[side] });
    await mover.waitFor(isType('welcome'));
    const other = await client(url);
    other.send({ v: V, type: 'hello', code: game.code });
    await other.waitFor(isType('welcome'));

    // Asked, refused: the move stands.
    mover.send({ v: V, type: 'action', action: move, at: prefix.length });
    await mover.waitFor((m) => m.type === 'view' && m.view.actionCount === prefix.length + 1);
    mover.send({ v: V, type: 'undo' });
    expect(await other.waitFor(isType('undoAsked'))).toMatchObject({ by: side, at: prefix.length + 1 });
    other.send({ v: V, type: 'undoAnswer', accept: false });
    expect(await mover.waitFor(isType('undoAnswered'))).toMatchObject({ accept: false });
    expect(game.actions).toHaveLength(prefix.length + 1);

    // Asked, agreed: every screen is back at the position before the move.
    mover.send({ v: V, type: 'undo' });
    await other.waitFor(isType('undoAsked'));
    other.send({ v: V, type: 'undoAnswer', accept: true });
    expect(await mover.waitFor(isType('undoAnswered'))).toMatchObject({ accept: true });
    const back = await mover.waitFor((m) => m.type === 'view' && m.view.actionCount === prefix.length);
    expect(back.type === 'view' && back.view).toEqual(JSON.parse(JSON.stringify(viewFor(stateAt(setup, prefix, prefix.length), side))));
    expect(game.actions).toEqual(prefix);

    // Nothing left to take back, and an answer nobody asked for, are refused.
    mover.send({ v: V, type: 'undo' });
    expect(await mover.waitFor(isType('error'))).toMatchObject({ code: 'noUndo', message: expect.stringContaining('nothing to undo') });
    other.send({ v: V, type: 'undoAnswer', accept: true });
    expect(await other.waitFor(isType('error'))).toMatchObject({ code: 'noUndo', message: 'there is no undo request to answer' });
    expect(game.actions).toEqual(prefix);
  });
});
