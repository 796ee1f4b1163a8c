// The class server under load: one `serve` process on 127.0.0.1 (a free port), N games at once,
// each between two seeded random bots over their own WebSocket connections from this process.
// It reports games a second, the time from an action sent to the opponent's new view received
// (p50/p95/p99/max), the server's memory per game and CPU per action. A benchmark: it prints
// figures and fails nothing; every wait is bounded, and it gives up after --timeout seconds.
//
//   npm run bench -- serve-load                      (100 games of 1 round, saved in a temp --data)
//   npm run bench -- serve-load --games 100 --rounds 3 --think-ms 200 --no-data
//   (or: npx tsx test/bench/serve-load.bench.ts --games 50)
//
// Options: --games N (100), --rounds N (1), --think-ms N (0: answer at once; else a pause before
// each move, as a player would take), --no-data (games in memory only), --timeout S (600).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import type { PlayerView } from '../../src/engine/index.js';
import type { ServerMessage } from '../../src/net/messages.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const GAMES = option('games', 100);
const ROUNDS = option('rounds', 1);
const THINK_MS = option('think-ms', 0);
const TIMEOUT_S = option('timeout', 600);
const DATA = !args.includes('--no-data');
const LOOPBACK = '127.0.0.1';
const CLI = fileURLToPath(new URL('../net/fixtures/cli.ts', import.meta.url));

const dir = mkdtempSync(join(tmpdir(), 'sc-serve-load-'));
const serve = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    CLI,
    'serve',
    '--lang',
    'en',
    '--port',
    '0',
    '--rounds',
    String(ROUNDS),
    '--max-games',
    String(GAMES + 10),
    ...(DATA ? ['--data', join(dir, 'data')] : []),
  ],
  {
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
let serveErr = '';
serve.stderr.on('data', (c: Buffer) => void (serveErr += c.toString()));
const giveUp = setTimeout(() => {
  console.error(`serve-load: gave up after ${TIMEOUT_S} s`);
  serve.kill('SIGKILL');
  process.exit(1);
}, TIMEOUT_S * 1000);

function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}

const port = await within(
  30_000,
  'serve to start',
  new Promise<number>((resolve, reject) => {
    let out = '';
    serve.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /Serving on 127\.0\.0\.1:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    serve.on('exit', (code) => reject(new Error(`serve exited (${code}): ${serveErr}`)));
  }),
);
const url = `ws://${LOOPBACK}:${port}`;

/** The server's resident memory (MB) and CPU time (s), from /proc (Linux). */
function serverUsage(): { rssMb: number; cpuS: number } {
  try {
    const rss = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${serve.pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
    const fields = readFileSync(`/proc/${serve.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const cpu = (Number(fields[11]) + Number(fields[12])) / 100;
    return { rssMb: rss, cpuS: cpu };
  } catch {
    return { rssMb: NaN, cpuS: NaN };
  }
}

function open(): Promise<WebSocket> {
  const ws = new WebSocket(url, { maxPayload: 4 * 1024 * 1024 });
  return within(10_000, 'a connection', new Promise((resolve, reject) => (ws.once('open', () => resolve(ws)), ws.once('error', reject))));
}

function next(ws: WebSocket, test: (m: ServerMessage) => boolean): Promise<ServerMessage> {
  return within(
    10_000,
    'a lobby answer',
    new Promise((resolve) => {
      const on = (data: WebSocket.RawData) => {
        const m = JSON.parse(String(data)) as ServerMessage;
        if (test(m)) {
          ws.off('message', on);
          resolve(m);
        }
      };
      ws.on('message', on);
    }),
  );
}

const latencies: number[] = [];
let refusals = 0;
const refusalCodes = new Map<string, number>();
let actions = 0;
let finished = 0;
let bytes = 0;

interface Seated {
  index: number;
  sockets: WebSocket[];
  code: string;
}

/** One game created and both seats taken, before any move (so setup does not compete with play). */
async function seatGame(index: number): Promise<Seated> {
  const us = await open();
  us.send(JSON.stringify({ v: 1, type: 'create' }));
  const created = await next(us, (m) => m.type === 'created' || m.type === 'error');
  if (created.type !== 'created') throw new Error(`create refused: ${JSON.stringify(created)}`);
  const china = await open();
  return { index, sockets: [us, china], code: created.code };
}

/** Plays a seated game with two seeded random bots; resolves at the game's end. */
function playGame({ index, sockets, code }: Seated): Promise<void> {
  /** When each action count was first sent, to time the opponent's view of it. */
  const sentAt = new Map<number, { at: number; by: number }>();
  let rng = (index + 1) * 2654435761;
  const pick = (n: number) => {
    rng = (rng * 1103515245 + 12345) >>> 0;
    return rng % n;
  };
  return within(
    TIMEOUT_S * 1000,
    `game ${index}`,
    new Promise<void>((resolve) => {
      sockets.forEach((ws, seat) => {
        let last: PlayerView | null = null;
        /** One answer a position: a view sent again (the other seat joined) is not a new turn. */
        let answered = -1;
        const act = (view: PlayerView) => {
          const action = view.legal[pick(view.legal.length)];
          sentAt.set(view.actionCount + 1, { at: performance.now(), by: seat });
          ws.send(JSON.stringify({ v: 1, type: 'action', action, at: view.actionCount }));
        };
        ws.on('message', (data) => {
          bytes += (data as Buffer).length;
          const m = JSON.parse(String(data)) as ServerMessage;
          if (m.type === 'view' && m.view.side !== null) {
            const view = m.view;
            const sent = sentAt.get(view.actionCount);
            if (sent && sent.by !== seat) {
              latencies.push(performance.now() - sent.at);
              sentAt.delete(view.actionCount);
              actions++;
            }
            last = view;
            // Both seats must be there before the first move (the second hello comes after).
            if (view.legal.length > 0 && !view.outcome && answered !== view.actionCount && m.seats.us === 'present' && m.seats.china === 'present') {
              answered = view.actionCount;
              if (THINK_MS > 0) setTimeout(() => act(view), THINK_MS);
              else act(view);
            }
          } else if (m.type === 'gameOver') {
            if (seat === 0) finished++;
            ws.close(1000);
            if (seat === 0) resolve();
          } else if (m.type === 'error') {
            refusals++;
            refusalCodes.set(m.code, (refusalCodes.get(m.code) ?? 0) + 1);
            // Too fast (the rate limit): answer the last view again a moment later.
            const again = last as PlayerView | null;
            if (again && again.legal.length > 0 && m.code !== 'stale') setTimeout(() => act(again), 100);
          }
        });
      });
      sockets[0]?.send(JSON.stringify({ v: 1, type: 'hello', code, player: 'random' }));
      sockets[1]?.send(JSON.stringify({ v: 1, type: 'hello', code, player: 'random' }));
    }),
  );
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const base = serverUsage();
// Set-up: the games created and their connections opened, ten at a time.
const seated: Seated[] = [];
const setupFailures: string[] = [];
for (let i = 0; i < GAMES; i += 10) {
  for (const r of await Promise.allSettled(Array.from({ length: Math.min(10, GAMES - i) }, (_, j) => seatGame(i + j)))) {
    if (r.status === 'fulfilled') seated.push(r.value);
    else setupFailures.push(String(r.reason));
  }
}
const start = performance.now();
let peakRss = base.rssMb;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, serverUsage().rssMb)), 200);
const results = await Promise.allSettled(seated.map(playGame));
if (setupFailures.length) console.log(`  set-up failed for ${setupFailures.length} games: ${setupFailures[0]}`);
clearInterval(sampler);
const seconds = (performance.now() - start) / 1000;
const end = serverUsage();
const failed = results.filter((r) => r.status === 'rejected');
const sorted = latencies.sort((a, b) => a - b);
const saves = DATA ? readdirSync(join(dir, 'data')).filter((n) => n.endsWith('.json') && !n.startsWith('.')).length : 0;

console.log(
  `serve-load: ${GAMES} games of ${ROUNDS} round(s) at once through one serve on ${LOOPBACK}, ${DATA ? 'saved in --data' : 'no --data'}, think ${THINK_MS} ms`,
);
console.log(
  `  finished      ${finished}/${GAMES} games in ${seconds.toFixed(1)} s: ${(finished / seconds).toFixed(2)} games/s, ${(actions / seconds).toFixed(0)} actions/s${failed.length ? `, ${failed.length} failed (${(failed[0] as PromiseRejectedResult).reason})` : ''}`,
);
console.log(
  `  latency       action sent -> opponent's view: p50 ${pct(sorted, 50).toFixed(1)} ms, p95 ${pct(sorted, 95).toFixed(1)} ms, p99 ${pct(sorted, 99).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms (${sorted.length} actions)`,
);
console.log(`  server memory ${base.rssMb.toFixed(0)} MB idle, ${peakRss.toFixed(0)} MB peak: ${((peakRss - base.rssMb) / GAMES).toFixed(2)} MB a game`);
console.log(`  server CPU    ${(end.cpuS - base.cpuS).toFixed(1)} s: ${(((end.cpuS - base.cpuS) * 1000) / Math.max(1, actions)).toFixed(2)} ms an action`);
console.log(
  `  wire          ${(bytes / 1024 / 1024).toFixed(0)} MB received by the clients, ${(bytes / Math.max(1, actions) / 1024).toFixed(1)} KB an action; ${refusals} refusals${refusals ? ` (${[...refusalCodes].map(([c, n]) => `${c} ${n}`).join(', ')})` : ''}; ${saves} save files`,
);
if (serveErr.trim()) console.log(`  server said   ${serveErr.trim().split('\n').slice(0, 3).join(' | ')}`);

clearTimeout(giveUp);
serve.kill('SIGTERM');
await within(10_000, 'serve to stop', new Promise((resolve) => serve.on('exit', resolve))).catch(() => serve.kill('SIGKILL'));
rmSync(dir, { recursive: true, force: true });
