// `simulate` fails, in one line naming the seed, when any game of the run errored or stalled:
// the report is still printed, but a script running a balance check must see the run failed.
import { describe, expect, it } from 'vitest';
import type { Bot } from '../../src/ai/bot.js';
import { makeBot } from '../../src/ai/registry.js';
import { runSimulateCli } from '../sim/harness.js';

describe('simulate exit code', () => {
  it('is 0 when every game ends by the rules', async () => {
    const run = await runSimulateCli(['simulate', '--games', '4', '--workers', '1']);
    expect(run.code).toBe(0);
    expect(run.err).not.toContain('silicon-curtain:');
  });

  it('is 1 when a game throws, with one line naming the game, its seed and the command that replays it', async () => {
    const failsOnSeed = (spec: { name: string }, seed: number): Bot => {
      const inner = makeBot(spec.name, seed);
      return {
        name: 'broken',
        choose(ctx) {
          if (seed % 2 === 0) throw new Error('broken bot');
          return inner.choose(ctx);
        },
      };
    };
    const run = await runSimulateCli(['simulate', '--games', '6', '--workers', '1', '--json'], { extra: { makeBot: failsOnSeed } });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out)).toMatchObject({ played: 6 });
    expect(run.err).toMatch(
      /^silicon-curtain: \d of 6 games failed; the first, game \d+ \(seed \d+\), threw: broken bot; replay it alone with: silicon-curtain simulate [^\n]*--seed \d+ [^\n]*\n$/m,
    );
  });

  it('is 1 when a game stalls at the step cap', async () => {
    const run = await runSimulateCli(['simulate', '--games', '6', '--workers', '1'], { extra: { stepCap: 10 } });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/games failed; the first, game \d+ \(seed \d+\), stalled: hit the step cap of 10 actions/);
  });
});
