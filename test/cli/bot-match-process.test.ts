// bot-match against hostile or broken stdio players, run as a player runs it: the built program
// at the end of a shell pipe. A flooding player, one endless line and a silent player must each
// end the match in bounded time and memory, with the right exit code.
// Needs the bundle (`npm run build`); skipped, saying why, without it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(REPO, 'bin/silicon-curtain.js');
const built = existsSync(path.join(REPO, 'dist/silicon-curtain.js'));
const hasTime = existsSync('/usr/bin/time');

/** Runs `player | silicon-curtain bot-match ARGS` in sh; the exit code, stdout lines' types, stderr, peak memory (MB). */
function pipeline(player: string, args: string): { code: number | null; types: string[]; stderr: string; peakMb: number | null } {
  const time = hasTime ? `/usr/bin/time -f 'PEAK_KB=%M' ` : '';
  const result = spawnSync('sh', ['-c', `${player} | ${time}${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} bot-match ${args}`], {
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const peak = /PEAK_KB=(\d+)/.exec(result.stderr);
  const types = result.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => (JSON.parse(line) as { type: string }).type);
  return {
    code: result.status,
    types,
    stderr: result.stderr.replace(/PEAK_KB=\d+\n/, '').replace(/^Command exited with non-zero status \d+\n/m, ''),
    peakMb: peak ? Number(peak[1]) / 1024 : null,
  };
}

describe.skipIf(!built)('bot-match with a stdio player, as a separate process', () => {
  it('a player that floods answers (yes 0) plays the match to its end and the program exits 0, in bounded memory', () => {
    const run = pipeline('yes 0', '--us stdio --china random --seed 7');
    expect(run.code, run.stderr).toBe(0);
    expect(run.types.at(-1)).toBe('gameOver');
    if (run.peakMb !== null) expect(run.peakMb).toBeLessThan(300);
  });

  it('one endless line (200 MB, no newline) gets an error line, then the match ends unfinished with exit 1, in bounded memory', () => {
    const run = pipeline("head -c 200000000 /dev/zero | tr '\\000' 9", '--us stdio --china random --seed 7');
    expect(run.code).toBe(1);
    expect(run.types).toContain('error');
    expect(run.stderr).toMatch(/^silicon-curtain: the stdio side stopped answering \(end of input\) in round 1; the game is not over\n$/);
    if (run.peakMb !== null) expect(run.peakMb).toBeLessThan(300);
  });

  it('a silent player is given up after --timeout: one line, exit 1', () => {
    const started = Date.now();
    // The player's output ends after 5 s: a timeout that did not work would say "end of input".
    const run = pipeline('sleep 5', '--us stdio --china random --seed 7 --timeout 300');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^silicon-curtain: the stdio side stopped answering \(no answer in 300 ms\) in round 1; the game is not over\n$/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
