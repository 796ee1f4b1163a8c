// The external-bot protocol: one decision line out, one answer line in; a bad answer gets
// an error line and the question again; the end of input ends the game cleanly.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { botContext } from '../../src/ai/context.js';
import { readAnswer, stdioBot } from '../../src/ai/stdio-protocol.js';
import type { GameMessage } from '../../src/ai/stdio-protocol.js';
import type { GameState } from '../../src/engine/index.js';
import { positions } from './positions.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const s = positions(1, 7, 6).find((p) => p.decision?.kind === 'play') as GameState;
const side = s.decision?.side ?? 'us';
const legal = botContext(s, side).view.legal;

/** A stdio seat wired to in-memory streams: what the game wrote, and a way to answer. */
function seat() {
  const input = new PassThrough();
  const written: GameMessage[] = [];
  const bot = stdioBot(side, s.cards, { input, write: (line) => written.push(JSON.parse(line) as GameMessage) });
  return { bot, written, answer: (line: string) => input.write(`${line}\n`), close: () => input.end() };
}

describe('readAnswer', () => {
  it('takes an index, {"index"}, an action or {"action"}, with an optional reason', () => {
    const second = legal[1];
    expect(readAnswer('1', legal)).toEqual({ action: second });
    expect(readAnswer('{"index": 1, "reason": "why not"}', legal)).toEqual({ action: second, reason: 'why not' });
    expect(readAnswer(JSON.stringify(second), legal)).toEqual({ action: second });
    expect(readAnswer(JSON.stringify({ action: second }), legal)).toEqual({ action: second });
  });

  it('explains what is wrong with anything else', () => {
    expect(readAnswer('play tencent', legal)).toEqual({ error: 'not JSON: play tencent' });
    expect(readAnswer('99', legal)).toEqual({ error: `index 99 is not between 0 and ${legal.length - 1}` });
    expect(readAnswer('1.5', legal)).toMatchObject({ error: expect.stringContaining('index 1.5') });
    expect(readAnswer('{"type":"place","space":"nowhere"}', legal)).toMatchObject({ error: expect.stringContaining('is not one of the') });
    expect(readAnswer('"hello"', legal)).toMatchObject({ error: expect.stringContaining('expected the index') });
  });
});

describe('stdioBot', () => {
  it('announces the game, writes one decision line with the view and the legal actions, and reads one answer', async () => {
    const { bot, written, answer } = seat();
    const pending = bot.chooseAsync(botContext(s, side));
    answer('{"index": 0, "reason": "my plan"}');
    expect(await pending).toEqual({ action: legal[0], reason: 'my plan' });
    expect(written.map((m) => m.type)).toEqual(['start', 'decision']);
    const [start, decision] = written;
    expect(start).toMatchObject({ type: 'start', protocol: 1, side });
    expect(Object.keys(start?.type === 'start' ? start.catalog : {})).toEqual(Object.keys(s.cards));
    expect(decision).toMatchObject({ type: 'decision', side, legal });
    if (decision?.type === 'decision') {
      expect(decision.view.hand).toEqual(s.hands[side]);
      expect(decision.view).not.toHaveProperty('legal');
      expect(JSON.stringify(decision)).not.toContain('"deck"');
    }
  });

  it('answers a bad line with an error line and asks again', async () => {
    const { bot, written, answer } = seat();
    const pending = bot.chooseAsync(botContext(s, side));
    answer('not json');
    answer('');
    answer('12345');
    answer('1');
    expect((await pending)?.action).toEqual(legal[1]);
    expect(written.filter((m) => m.type === 'error')).toHaveLength(2);
    expect(written.filter((m) => m.type === 'decision')).toHaveLength(1);
  });

  it('ends cleanly at the end of input', async () => {
    const { bot, close } = seat();
    const pending = bot.chooseAsync(botContext(s, side));
    close();
    expect(await pending).toBeNull();
  });
});

/** The Python player printed in PROTOCOL.md. */
function pythonFromProtocolDoc(): string {
  const doc = readFileSync(path.join(REPO, 'src/ai/PROTOCOL.md'), 'utf8');
  const code = /```python\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!code) throw new Error('PROTOCOL.md has no python example');
  return code;
}

function hasPython(): boolean {
  return spawnSync('python3', ['--version']).status === 0;
}

describe('bot-match --us stdio', () => {
  it.skipIf(!hasPython())(
    'plays a whole game against the Python player of PROTOCOL.md',
    async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'protocol-'));
      try {
        const script = path.join(dir, 'player.py');
        await writeFile(script, pythonFromProtocolDoc());
        const game = spawn(
          process.execPath,
          ['--import', 'tsx', path.join(HERE, 'fixtures/bot-match-cli.ts'), 'bot-match', '--us', 'stdio', '--china', 'easy', '--seed', '7'],
          { cwd: REPO },
        );
        const player = spawn('python3', [script]);
        game.stdout.pipe(player.stdin);
        player.stdout.pipe(game.stdin);
        let gameErr = '';
        let playerErr = '';
        game.stderr.on('data', (d: Buffer) => (gameErr += d.toString()));
        player.stderr.on('data', (d: Buffer) => (playerErr += d.toString()));
        const [gameCode, playerCode] = await Promise.all([
          new Promise((resolve) => game.on('close', resolve)),
          new Promise((resolve) => player.on('close', resolve)),
        ]);
        expect({ gameCode, playerCode }).toEqual({ gameCode: 0, playerCode: 0 });
        expect(gameErr).toMatch(/^(US wins|China wins|draw): .*; seed 7\n$/);
        expect(playerErr).toContain("'winner'");
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
