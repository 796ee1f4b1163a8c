// `silicon-curtain bot-match`: two bots play a game with their reasons in the log, a seed
// replays it exactly, and a stdio side plays through the JSON-lines protocol.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import * as botMatch from '../../src/cli/commands/bot-match.js';
import { runBotMatch } from '../../src/cli/commands/bot-match.js';
import { MAX_LINE_BYTES } from '../../src/ai/stdio-protocol.js';
import type { CliIO } from '../../src/cli/io.js';
import { captureIO, runCli } from '../cli/capture-io.js';
import { FIXTURE_CARDS } from '../engine/fixture-deck.js';

const FIXTURE_POOL = { cards: FIXTURE_CARDS, decks: [{ id: 'fixture', hash: 'fixture' }] };

const commands = [botMatch];

describe('bot-match between two bots', () => {
  it('prints every move with its reason, then the result and the seed', async () => {
    const run = await runCli(['bot-match', '--us', 'easy', '--china', 'random', '--seed', '12'], { commands });
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    const lines = run.out.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.slice(0, -1).every((line) => /^r\d (US|China) \((easy|random)\): \S/.test(line))).toBe(true);
    expect(lines.some((line) => line.includes('US (easy): ') && line.includes(': '))).toBe(true);
    expect(lines.at(-1)).toMatch(/^(US wins|China wins|draw): .+, round \d \(Leadership [+-]?\d+\); seed 12$/);
  });

  it('replays the same game from the same seed', async () => {
    const args = ['bot-match', '--us', 'normal', '--china', 'easy', '--seed', '3', '--china-persona', 'huawei'];
    const [a, b] = [await runCli(args, { commands }), await runCli(args, { commands })];
    expect(a.out).toBe(b.out);
    expect(a.out).not.toBe((await runCli([...args.slice(0, -4), '--seed', '4'], { commands })).out);
  });

  it('turns bad players and options into one line and exit code 1', async () => {
    for (const [args, message] of [
      [['--us', 'grandmaster'], "--us must be a bot (random, easy, normal, hard) or stdio, got 'grandmaster'"],
      [['--us', 'stdio', '--china', 'stdio'], 'only one side can be played on stdio'],
      [['--seed', 'x'], "option '--seed <n>' argument 'x' is invalid. expected a whole number"],
      [['--us-persona', 'beijing'], "option '--us-persona <persona>' argument 'beijing' is invalid"],
    ] as const) {
      const run = await runCli(['bot-match', ...args], { commands });
      expect(run.code).toBe(1);
      expect(run.err).toContain(`silicon-curtain: ${message}`);
      expect(run.err.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});

describe('bot-match with a stdio side', () => {
  /** A CliIO whose stdout is the protocol: every decision line is answered with `answer`. */
  function protocolIO(
    stdin: PassThrough,
    answer: (message: { type: string; legal?: unknown[] }) => string | null,
  ): CliIO & { lines: { type: string }[]; err: string } {
    const io = captureIO();
    const lines: { type: string }[] = [];
    let err = '';
    return {
      ...io,
      stdout(text) {
        const message = JSON.parse(text) as { type: string; legal?: unknown[] };
        lines.push(message);
        if (message.type !== 'decision') return;
        const reply = answer(message);
        if (reply === null) stdin.end();
        else setImmediate(() => stdin.write(`${reply}\n`));
      },
      stderr(text) {
        err += text;
      },
      get lines() {
        return lines;
      },
      get err() {
        return err;
      },
    };
  }

  const options = { us: 'stdio', china: 'easy', seed: 21, usPersona: 'nvidia', chinaPersona: 'beijing' } as const;

  it('speaks only the protocol on stdout: start, decisions, gameOver; the result goes to stderr', async () => {
    const stdin = new PassThrough();
    const io = protocolIO(stdin, (m) => String((m.legal?.length ?? 1) - 1));
    expect(await runBotMatch(options, io, stdin, FIXTURE_POOL)).toBe(0);
    const types = io.lines.map((l) => l.type);
    expect(types[0]).toBe('start');
    expect(types.at(-1)).toBe('gameOver');
    expect(new Set(types.slice(1, -1))).toEqual(new Set(['decision']));
    expect(io.err).toMatch(/(wins|draw): .*; seed 21\n$/);
  });

  it('stops cleanly when the program closes its output, with a non-zero exit: the match is unfinished', async () => {
    const stdin = new PassThrough();
    let answered = 0;
    const io = protocolIO(stdin, () => (answered++ < 3 ? '0' : null));
    expect(await runBotMatch(options, io, stdin, FIXTURE_POOL)).toBe(1);
    expect(io.lines.filter((l) => l.type === 'decision')).toHaveLength(4);
    expect(io.lines.some((l) => l.type === 'gameOver')).toBe(false);
    expect(io.err).toContain('the stdio side stopped answering (end of input)');
  });

  it('gives up on a silent program after --timeout, saying so, with a non-zero exit', async () => {
    const stdin = new PassThrough();
    const io = protocolIO(stdin, () => 'never sent');
    io.stdout = ((text: string) => void JSON.parse(text)) as CliIO['stdout'];
    const started = Date.now();
    expect(await runBotMatch({ ...options, timeout: 200 }, io, stdin, FIXTURE_POOL)).toBe(1);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(io.err).toContain('the stdio side stopped answering (no answer in 200 ms)');
  });

  it('answers a line over the length limit with an error line, and the decision stands', async () => {
    const stdin = new PassThrough();
    let first = true;
    const io = protocolIO(stdin, () => {
      if (!first) return '0';
      first = false;
      return `${'9'.repeat(MAX_LINE_BYTES + 10)}\n0`;
    });
    expect(await runBotMatch(options, io, stdin, FIXTURE_POOL)).toBe(0);
    const error = io.lines.find((l) => l.type === 'error') as { message?: string } | undefined;
    expect(error?.message).toMatch(/^line of \d+ bytes is longer than the 65536 allowed$/);
    expect(io.lines.at(-1)?.type).toBe('gameOver');
  });

  it("stops reading after gameOver: the program's open output does not keep the match waiting", async () => {
    const stdin = new PassThrough();
    const io = protocolIO(stdin, () => '0');
    expect(await runBotMatch(options, io, stdin, FIXTURE_POOL)).toBe(0);
    expect(stdin.destroyed).toBe(true);
  });
});
