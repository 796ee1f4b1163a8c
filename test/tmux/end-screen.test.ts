// The end screen of the built game in a real terminal (tmux) at 80×24 and 120×40 under NO_COLOR:
// two easy bots play one round, and the end screen breaks final scoring down region by region
// beside the chart, every line inside the terminal. Needs the bundle and tmux; skipped without.
import { afterEach, describe, expect, it } from 'vitest';
import { Terminals, skipReason, waitFor, type Size } from './driver.js';

const skip = skipReason('test/tmux/end-screen.test.ts');

const terminals = new Terminals('sc-end');
afterEach(() => terminals.cleanup());

const start = (size: Size, args: string[]): string => terminals.start(size, args, { NO_COLOR: '1', SILICON_CURTAIN_HOME: terminals.tempDir() });

describe.skipIf(skip !== null)('the end screen in tmux', () => {
  for (const size of [
    { columns: 80, rows: 24 },
    { columns: 120, rows: 40 },
  ]) {
    it(`breaks final scoring down at ${size.columns}×${size.rows}`, async () => {
      // Seed 1: the US wins by final scoring after one round.
      const t = start(size, ['play', '--us', 'easy', '--china', 'easy', '--us-persona', 'nvidia', '--china-persona', 'huawei', '--seed', '1', '--rounds', '1']);
      const end = await waitFor(t, 'Final scoring (7.5)', 'the final scoring', 100);
      expect(end).toContain('wins by final scoring');
      for (const region of ['China Market', 'Developers', 'Global South', 'Supply Chain']) expect(end).toMatch(new RegExp(`${region}\\s+U\\s+\\d+`));
      expect(end).toMatch(/Leadership ([UC]\+\d+|0) → ([UC]\+\d+|0)/);
      expect(end).toContain('Leadership over the game');
      for (const line of end.split('\n')) expect([...line].length).toBeLessThanOrEqual(size.columns);
    }, 120_000);
  }
});
