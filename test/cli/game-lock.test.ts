// One process per game file, with the built program under pseudo-terminals (util-linux
// `script`), as two terminals of one player: the second `resume` or `play --save` of a file is
// refused in one line while the first holds it; a lock left by a dead process is taken over;
// the save is never written by the refused one. Also: an unusable saves folder is reported
// before a game starts. Needs the bundle and `script`; skipped without them.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { writeBaseDeckSave } from '../e2e/make-save.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(REPO, 'bin/silicon-curtain.js');
const built = existsSync(path.join(REPO, 'dist/silicon-curtain.js'));
const hasScript = !spawnSync('script', ['--version']).error;

const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) {
    try {
      process.kill(-(child.pid ?? 0), 'SIGKILL');
    } catch {
      // already ended
    }
  }
});

const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;
const command = (args: string[]) => `stty cols 100 rows 30; exec ${[process.execPath, BIN, ...args].map(quote).join(' ')}`;
const env = () => {
  const e: NodeJS.ProcessEnv = { ...process.env, SILICON_CURTAIN_HOME: path.join(dir, 'home'), TERM: 'xterm-256color' };
  delete e.CI;
  return e;
};
// eslint-disable-next-line no-control-regex
const text = (output: string) => output.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

/** The first terminal: the game, kept open until the test ends; resolves once `marker` shows. */
function holdOpen(args: string[], marker: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', command(args), '/dev/null'], { cwd: dir, env: env(), detached: true, stdio: ['pipe', 'pipe', 'ignore'] });
    running.push(child);
    let output = '';
    const timer = setTimeout(() => reject(new Error(`'${marker}' not on screen:\n${text(output)}`)), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (text(output).includes(marker)) {
        clearTimeout(timer);
        resolve(child);
      }
    });
  });
}

/** The second terminal: runs to its end (bounded), returns what it showed and its exit code. */
function second(args: string[]): { output: string; code: number | null } {
  const result = spawnSync('script', ['-qfec', command(args), '/dev/null'], { cwd: dir, env: env(), encoding: 'utf8', timeout: 20_000, input: '' });
  return { output: text(result.stdout), code: result.status };
}

describe.skipIf(!built || !hasScript)('one process per game file', () => {
  it('a second resume of an open game is refused in one line, exit 1, and its save is left alone', async () => {
    const save = path.join(dir, 'open.json');
    writeBaseDeckSave(save);
    // The bot moves first if it must; then the game waits for the player and the file stays put.
    await holdOpen(['resume', save], 'NVIDIA (US) to act');
    const before = readFileSync(save, 'utf8');
    const run = second(['resume', save]);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(
      new RegExp(`silicon-curtain: ${save.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is open in another game \\(process \\d+\\); finish or quit that game first`),
    );
    expect(run.output).not.toContain('Game saved');
    expect(readFileSync(save, 'utf8')).toBe(before);
  });

  it('two play --save of one new file: the second is refused', async () => {
    const save = path.join(dir, 'new.json');
    await holdOpen(['play', '--save', save, '--us-persona', 'nvidia', '--china-persona', 'huawei', '--china', 'random'], 'Choose your headline');
    const run = second(['play', '--save', save, '--us-persona', 'nvidia', '--china-persona', 'huawei']);
    expect(run.code).toBe(1);
    expect(run.output).toContain('is open in another game');
  });

  it('a lock left by a process that died is taken over', async () => {
    const save = path.join(dir, 'stale.json');
    writeBaseDeckSave(save);
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(`${save}.lock`, JSON.stringify({ pid: Number(dead.stdout), host: os.hostname() }));
    await holdOpen(['resume', save], 'to act');
    expect(JSON.parse(readFileSync(`${save}.lock`, 'utf8'))).not.toMatchObject({ pid: Number(dead.stdout) });
  });

  it.for([
    [['play'], 'Choose'],
    [[], 'New game'],
  ] as [string[], string][])('an unusable saves folder is reported before %s starts, with the path and what to do', ([args, screen]) => {
    const blocked = path.join(dir, 'a-file');
    writeFileSync(blocked, 'not a folder');
    const result = spawnSync('script', ['-qfec', command(args), '/dev/null'], {
      cwd: dir,
      env: { ...env(), SILICON_CURTAIN_HOME: blocked },
      encoding: 'utf8',
      timeout: 20_000,
    });
    const shown = text(result.stdout);
    expect(result.status).toBe(1);
    expect(shown).toContain(
      `silicon-curtain: games cannot be saved: the saves folder ${blocked} is not a folder (a file is in the way); make it a writable folder, or save elsewhere with SILICON_CURTAIN_HOME=/some/folder or play --save FILE`,
    );
    expect(shown).not.toContain(screen);
  });
});
