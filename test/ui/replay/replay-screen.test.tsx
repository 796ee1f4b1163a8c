import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { ReplayScreen } from '../../../src/ui/replay/ReplayScreen.js';
import { nextRoundStart, previousRoundStart } from '../../../src/ui/replay/steps.js';
import { playRandom } from '../../store/helpers.js';

const RIGHT = '\u001B[C';
const LEFT = '\u001B[D';
const DOWN = '\u001B[B';
const END = '\u001B[F';

const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));
// eslint-disable-next-line no-control-regex
const plain = (frame: string | undefined) => (frame ?? '').replace(/\u001B\[[0-9;]*m/g, '');

type App = ReturnType<typeof render>;

/** Ink renders asynchronously: wait (up to 2 s) for the frame to show `text`. */
async function frameWith(app: App, text: string | RegExp): Promise<string> {
  for (let waited = 0; waited < 2000; waited += 10) {
    const frame = plain(app.lastFrame());
    if (typeof text === 'string' ? frame.includes(text) : text.test(frame)) return frame;
    await tick(10);
  }
  return plain(app.lastFrame());
}

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function show(seed: number, reveal: boolean, maxActions?: number) {
  const game = playRandom(seed, { maxActions });
  const app = render(<ReplayScreen states={game.states} actions={game.actions} cards={game.state.cards} lang="en" reveal={reveal} title="washington vs huawei" />);
  cleanup = app.unmount;
  // Input listeners attach in an effect after the first frame.
  await frameWith(app, 'Step 0/');
  await tick(50);
  return { game, app };
}

async function press(app: App, key: string, times = 1) {
  for (let i = 0; i < times; i++) {
    app.stdin.write(key);
    await tick();
  }
}

describe('the replay screen', () => {
  it('starts at the deal and steps through the actions with the arrow keys', async () => {
    const { game, app } = await show(51, false, 40);
    expect(plain(app.lastFrame())).toContain('Step 0/40');
    expect(plain(app.lastFrame())).toContain('The deal, before any action.');
    await press(app, RIGHT, 3);
    expect(await frameWith(app, 'Step 3/40')).toContain('Step 3/40');
    await press(app, LEFT);
    expect(await frameWith(app, 'Step 2/40')).toContain('Step 2/40');
    await press(app, END);
    const last = await frameWith(app, 'Step 40/40');
    expect(last).toContain('Step 40/40');
    // The board shows the influence of the state at that step.
    const tencent = game.state.influence.tencent!;
    expect(last).toMatch(new RegExp(`\\*Tencent\\s+2\\s+${tencent.us}\\s+${tencent.china}`));
  });

  it('describes what each action did from the log', async () => {
    const { game, app } = await show(52, false, 10);
    await press(app, RIGHT);
    const first = game.states[1]!.log.slice(game.states[0]!.log.length);
    expect(first[0]?.type).toBe('firstPlayer');
    expect(await frameWith(app, /chooses: (US|China) acts first\./)).toMatch(/(US|China) chooses: (US|China) acts first\./);
  });

  it('keeps hands hidden in an unfinished game, and shows them with reveal', async () => {
    const hidden = await show(53, false, 12);
    const us = hidden.game.states[0]!.hands.us;
    expect(plain(hidden.app.lastFrame())).toContain('hands hidden (--reveal shows them)');
    for (const id of us) expect(plain(hidden.app.lastFrame())).not.toContain(id);
    hidden.app.unmount();
    const shown = await show(53, true, 12);
    const frame = plain(shown.app.lastFrame());
    for (const id of us) expect(frame).toContain(id);
  });

  it('jumps a round with the down arrow', async () => {
    const { game, app } = await show(54, false);
    const target = nextRoundStart(game.states, 0);
    await press(app, DOWN);
    expect(await frameWith(app, `Step ${target}/`)).toContain(`Step ${target}/${game.actions.length}`);
    expect(game.states[target]!.round).toBe(2);
    expect(previousRoundStart(game.states, target + 1)).toBe(target);
    expect(previousRoundStart(game.states, target)).toBe(0);
  });

  it('ends on the result', async () => {
    const { game, app } = await show(55, false);
    await press(app, END);
    expect(game.state.outcome).not.toBeNull();
    expect(await frameWith(app, /wins by |A draw/)).toMatch(/(US|China) wins by |A draw/);
  });
});
