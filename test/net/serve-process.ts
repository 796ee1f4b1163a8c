// `silicon-curtain serve` as a real process on 127.0.0.1, for the tests that restart it or ring
// its bell: started from the test CLI entry, resolved once its start line names the port (and the
// teacher token, which the same output prints). Every wait is bounded.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { LOOPBACK } from './net-helpers.js';

export const TEST_CLI = join(import.meta.dirname, 'fixtures', 'cli.ts');

export interface Served {
  child: ChildProcess;
  port: number;
  url: string;
  /** The teacher token printed at start-up. */
  teacher: string;
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
}

/** Starts `serve ARGS` (in English, without colour) and waits at most 20 s for its start lines;
 * the child is pushed on `running` so the test's cleanup kills it. */
export function startServe(args: string[], running: ChildProcess[]): Promise<Served> {
  const child = spawn(process.execPath, ['--import', 'tsx', TEST_CLI, 'serve', '--lang', 'en', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  running.push(child);
  let out = '';
  let err = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start in 20 s: ${out} ${err}`)), 20_000);
    child.stderr?.on('data', (chunk: Buffer) => void (err += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const port = /Serving on 127\.0\.0\.1:(\d+)/.exec(out);
      const teacher = /--teacher ([0-9a-f]{32})/.exec(out);
      if (port && teacher) {
        clearTimeout(timer);
        resolve({ child, port: Number(port[1]), url: `ws://${LOOPBACK}:${port[1]}`, teacher: teacher[1] as string, out: () => out, err: () => err, exited });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (${code}) before listening: ${out} ${err}`));
    });
  });
}
