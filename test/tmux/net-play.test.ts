// Network play in two real terminals at 80×24, on 127.0.0.1: `host` prints the join command on
// its screen, `join` takes the other seat, a move on one screen appears on the other, and a
// joiner whose terminal is killed is back in the same seat by running `join ADDRESS` again.
// Needs the bundle (`npm run build`) and tmux; skipped, saying why, without either.
import { afterEach, describe, expect, it } from 'vitest';
import { keys, killSession, skipReason, Terminals, waitFor } from './driver.js';

const skip = skipReason('test/tmux/net-play.test.ts');
const terminals = new Terminals('sc-net');
afterEach(() => terminals.cleanup());

const SIZE = { columns: 80, rows: 24 };

describe.skipIf(skip !== null)('host and join in two terminals', () => {
  it('plays one game on two screens, and a killed joiner comes back to its seat', async () => {
    const hostHome = terminals.tempDir();
    const joinHome = terminals.tempDir();
    // Seed 7: the host plays NVIDIA (US), the joiner Beijing (China), who chooses who acts first.
    const host = terminals.start(SIZE, ['host', '--seed', '7', '--rounds', '1'], { NO_COLOR: '1', SILICON_CURTAIN_HOME: hostHome });
    const invite = await waitFor(host, /Waiting for the other player: silicon-curtain join 127\.0\.0\.1:\d+\/[A-Z0-9]+/, 'the join command on the host screen');
    const address = /127\.0\.0\.1:\d+\/[A-Z0-9]+/.exec(invite)?.[0] as string;
    expect(invite).toContain('Hand · NVIDIA');

    const joinOnce = () => terminals.start(SIZE, ['join', address], { NO_COLOR: '1', SILICON_CURTAIN_HOME: joinHome });
    let join = joinOnce();
    const joined = await waitFor(join, 'Beijing (China) to act: Choose who acts first', 'the joiner asked to choose');
    expect(joined).not.toContain('Hand · NVIDIA');
    await waitFor(host, 'Waiting for Beijing (China).', 'the host waiting for the joiner');

    keys(join, 'Enter');
    // The joiner's move, drawn on the host's screen: the log says it, and the hands are dealt.
    const moved = await waitFor(host, 'Beijing chose to act', "the joiner's move on the host's screen");
    expect(moved).toMatch(/NVIDIA drew 6\s+cards/);
    const ownHand = await waitFor(join, 'Hand · Beijing', "the joiner's own hand");
    expect(ownHand).not.toContain('Hand · NVIDIA');

    // The joiner's terminal dies: the host is told, and `join ADDRESS` again takes the seat back.
    killSession(join);
    await waitFor(host, 'Waiting for Beijing to reconnect', 'the host told the joiner is away');
    join = joinOnce();
    await waitFor(join, 'Hand · Beijing', 'the joiner back in its seat');
    await waitFor(host, /Waiting for Beijing \(China\)\.|NVIDIA \(US\) to act/, 'the host seeing the joiner back');
    expect(await waitFor(join, 'C Beijing chose to act', 'the game where it was')).toContain('Round 1/1');

    // Leaving on purpose: a clean exit that says how to come back.
    keys(join, 'q');
    await waitFor(join, 'Quit this game?');
    keys(join, 'y');
    const left = await waitFor(join, 'EXIT=0', 'join ending cleanly');
    expect(left).toContain(`silicon-curtain join ${address} --token`);
  }, 60_000);

  it('a spectator (watch) sees the moves and the count of each hand, never a hand', async () => {
    const host = terminals.start(SIZE, ['host', '--seed', '7', '--rounds', '1'], { NO_COLOR: '1', SILICON_CURTAIN_HOME: terminals.tempDir() });
    const invite = await waitFor(host, /Waiting for the other player: silicon-curtain join 127\.0\.0\.1:\d+\/[A-Z0-9]+/, 'the join command on the host screen');
    const address = /127\.0\.0\.1:\d+\/[A-Z0-9]+/.exec(invite)?.[0] as string;
    const join = terminals.start(SIZE, ['join', address], { NO_COLOR: '1', SILICON_CURTAIN_HOME: terminals.tempDir() });
    const watch = terminals.start(SIZE, ['watch', address], { NO_COLOR: '1' });
    const before = await waitFor(watch, 'Watching: Beijing to act.', 'the spectator told who acts');
    expect(before).toContain('Hands (hidden)');
    expect(before).not.toContain('Hand · ');
    await waitFor(join, 'Beijing (China) to act: Choose who acts first');
    keys(join, 'Enter');
    // The US holds the bargaining chip (rules 2.2): 6 cards, its signature card and the chip.
    const after = await waitFor(watch, /NVIDIA: 8 cards[\s\S]*Beijing: 7 cards/, "the spectator's hand counts after the deal");
    expect(after).toContain('Beijing chose to act');
    expect(after).not.toContain('Hand · ');
  }, 60_000);
});
