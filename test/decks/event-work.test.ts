// Decks are bounded at validation: `deck validate` refuses an event whose worst-case work is
// over LIMITS.eventWork, at the line of the effect that crosses it; an event just under the
// bound plays, with every bot, to the end of the game. The four nested `repeat: 10` of issue 22
// once passed validation and crashed every game with the normal bot's look-ahead.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as deckCommand from '../../src/cli/commands/deck.js';
import * as simulateCommand from '../../src/cli/commands/simulate.js';
import { effectsWork } from '../../src/decks/event-work.js';
import { loadGameDecks } from '../../src/decks/game-decks.js';
import type { Effect } from '../../src/decks/types.js';
import { LIMITS } from '../../src/decks/vocabulary.js';
import { runCli } from '../cli/capture-io.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-work-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `repeat` blocks nested as `times` says (outermost first) around one flag effect, as YAML lines at `indent`. */
function nestedRepeats(times: number[], indent: string): string {
  let lines = [`- op: flag`, `  flag: busy`, `  set: true`];
  for (const n of [...times].reverse()) lines = [`- op: repeat`, `  times: ${n}`, `  effects:`, ...lines.map((l) => `    ${l}`)];
  return lines.map((l) => `${indent}${l}`).join('\n');
}

/** An expansion of `count` neutral era-1 cards whose event is the given nested repeats. */
function deckFile(name: string, times: number[], count: number): string {
  const cards = Array.from({ length: count }, (_, i) =>
    [
      `  - id: ${name}-${i}`,
      `    title: Busy card ${i}`,
      `    side: neutral`,
      `    ops: 2`,
      `    era: 1`,
      `    text: Sets a flag many times.`,
      `    event:`,
      nestedRepeats(times, '      '),
      `    history: A test card.`,
      `    date: "2024"`,
      `    source: a test`,
    ].join('\n'),
  );
  const file = path.join(dir, `${name}.yaml`);
  writeFileSync(file, [`formatVersion: 1`, `id: ${name}`, `name: ${name}`, `cards:`, ...cards, ''].join('\n'));
  return file;
}

describe('the work of an event', () => {
  it('multiplies repeats out and takes the costliest branch', () => {
    const flag: Effect = { op: 'flag', flag: 'f', set: true };
    expect(effectsWork([{ op: 'repeat', times: 10, effects: [{ op: 'repeat', times: 10, effects: [flag] }] }])).toBe(1 + 10 * 11);
    expect(effectsWork([{ op: 'if', cond: { flag: 'f' }, then: [flag, flag, flag], else: [flag] }])).toBe(4);
  });

  it('is far under the bound for every shipped card', () => {
    const pool = loadGameDecks([path.resolve('cards/frontiers.yaml')]).pool;
    expect(pool).toBeDefined();
    expect(Math.max(...(pool?.cards ?? []).map((c) => effectsWork(c.event)))).toBeLessThan(LIMITS.eventWork / 10);
  });
});

describe('deck validate', () => {
  it('refuses four nested repeat: 10 with file:line:col and exit 1', async () => {
    const file = deckFile('bomb', [10, 10, 10, 10], 1);
    const run = await runCli(['deck', 'validate', file, '--as-expansion'], { commands: [deckCommand] });
    expect(run.code).toBe(1);
    expect(run.out + run.err).toContain(`${file}:12:9: error: event[0]: the event may run 11111 steps at worst`);
    expect(run.out + run.err).toContain(`more than the ${LIMITS.eventWork} allowed`);
  });

  it('accepts an event just under the bound', async () => {
    const file = deckFile('heavy', [9, 10, 9], 1);
    expect(effectsWork(loadGameDecks([file]).pool?.cards.find((c) => c.id === 'heavy-0')?.event ?? [])).toBeLessThanOrEqual(LIMITS.eventWork);
    const run = await runCli(['deck', 'validate', file, '--as-expansion'], { commands: [deckCommand] });
    expect(run.code, run.out + run.err).toBe(0);
  });
});

describe('a deck that passes validation plays with every bot', () => {
  const file = deckFile('heavy-many', [9, 10, 9], 12);
  it.for<[string, string]>([
    ['random', 'easy'],
    ['normal', 'normal'],
    ['hard', 'easy'],
  ])('%s against %s: one game, no error', { timeout: 120_000 }, async ([us, china]) => {
    const run = await runCli(
      ['simulate', '--games', '1', '--rounds', '1', '--workers', '1', '--think-ms', '30', '--us', us, '--china', china, '--deck', file, '--json'],
      { commands: [simulateCommand] },
    );
    expect(run.code, run.err).toBe(0);
    const report = JSON.parse(run.out) as { played: number; errors?: unknown[] };
    expect(report.played).toBe(1);
    expect(JSON.stringify(report)).toMatch(/"errors":(0|\[\])/);
  });
});
