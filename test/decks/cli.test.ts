// `deck validate | new | schema` and `cards [show]`, run through commander with captured output.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { registerCardsCommand } from '../../src/cli/commands/cards.js';
import { registerDeckCommand } from '../../src/cli/commands/deck.js';
import { ExitRequested, type CliIO } from '../../src/cli/io.js';
import { deckJsonSchemaText } from '../../src/decks/json-schema.js';
import { loadDeckText } from '../../src/decks/loader.js';
import { formatProblem } from '../../src/decks/problem.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const BASE = join(FIXTURES, 'valid', 'sample-base.yaml');
const EXPANSION = join(FIXTURES, 'valid', 'sample-expansion.json');
const BROKEN = join(FIXTURES, 'broken', '26-wrong-side.yaml');

const scratch = mkdtempSync(join(tmpdir(), 'sc-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the commands as the CLI's main program would: output captured, exit as an exception. */
async function run(args: string[], env: Record<string, string | undefined> = { LANG: 'en_US.UTF-8' }): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    exit: (code) => {
      throw new ExitRequested(code);
    },
    interactive: false,
    env,
  };
  const program = new Command('silicon-curtain').exitOverride().configureOutput({
    writeOut: (text) => io.stdout(text),
    writeErr: (text) => io.stderr(text),
  });
  registerDeckCommand(program, io);
  registerCardsCommand(program, io);
  for (const command of program.commands.flatMap((c) => [c, ...c.commands])) {
    command.exitOverride().configureOutput({ writeOut: (text) => io.stdout(text), writeErr: (text) => io.stderr(text) });
  }
  let code = 0;
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (error instanceof ExitRequested) code = error.code;
    else if (error instanceof CommanderError) code = error.exitCode;
    else throw error;
  }
  return { code, stdout, stderr };
}

function noStackTrace(r: Run): void {
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at |internal error/);
}

describe('deck validate', () => {
  it('prints nothing but a summary for a valid deck, and exits 0', async () => {
    const r = await run(['deck', 'validate', BASE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok: 1 deck, 15 cards, 0 warnings \(sample-base [0-9a-f]{16}\)\n$/);
    expect(r.stderr).toBe('');
  });

  it('prints one GNU-style line per problem, and exits 1 on errors', async () => {
    const r = await run(['deck', 'validate', BROKEN, BASE]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${BROKEN}:7:11: error: side: expected one of us, china, neutral, got "usa"; did you mean "us"?`);
    expect(lines.at(-1)).toMatch(/^1 error, \d+ warnings? in 2 files$/);
    noStackTrace(r);
  });

  it('does not fail on warnings', async () => {
    const r = await run(['deck', 'validate', join(FIXTURES, 'broken', '56-flag-never-set.yaml'), '--as-expansion']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(': warning: flag: no card sets the flag "sanctions-eased", so this is never true');
  });

  it('checks an expansion on its own as a base deck unless told it is an expansion', async () => {
    const alone = await run(['deck', 'validate', EXPANSION]);
    expect(alone.code).toBe(1);
    expect(alone.stdout).toContain('error: a base deck needs a scoring card for chinaMarket, this one has none');
  });

  it('prints JSON with --format json', async () => {
    const r = await run(['deck', 'validate', BROKEN, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { ok: boolean; errors: number; problems: Record<string, unknown>[] };
    expect(report.ok).toBe(false);
    expect(report.errors).toBe(1);
    expect(report.problems[0]).toEqual({
      file: BROKEN,
      line: 7,
      col: 11,
      severity: 'error',
      message: 'side: expected one of us, china, neutral, got "usa"',
      hint: 'did you mean "us"?',
    });
    const ok = JSON.parse((await run(['deck', 'validate', BASE, '--format', 'json'])).stdout) as { decks: unknown[] };
    expect(ok.decks).toEqual([expect.objectContaining({ id: 'sample-base', cards: 15 })]);
  });

  it('refuses an unknown format', async () => {
    const r = await run(['deck', 'validate', BASE, '--format', 'xml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('xml');
  });

  it('reports unreadable and hostile files as one clean line each', async () => {
    const r = await run(['deck', 'validate', join(scratch, 'nope.yaml'), join(FIXTURES, 'broken', '05-binary.bin')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${join(scratch, 'nope.yaml')}: error: cannot read the file: no such file\n`);
    expect(r.stdout).toContain('05-binary.bin:1:1: error: the file is not UTF-8 text');
    noStackTrace(r);
  });

  it('never prints a control character from a file', async () => {
    const r = await run(['deck', 'validate', join(FIXTURES, 'broken', '07-escape-raw.yaml')]);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/\u001b/);
    expect(r.stdout).toContain('control character \\x1b is not allowed');
  });
});

describe('deck new', () => {
  it('writes a starter deck that validates as an expansion (its placeholder sources warned), with comments, linked to the schema', async () => {
    const file = join(scratch, 'My Expansion.yaml');
    const r = await run(['deck', 'new', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('deck validate');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=deck\.schema\.json\n/);
    // The schema sits beside the deck, the same as `deck schema` prints.
    expect(readFileSync(join(scratch, 'deck.schema.json'), 'utf8')).toBe((await run(['deck', 'schema'])).stdout);
    expect(text).toContain('id: my-expansion ');
    expect(text.split('\n').filter((l) => l.includes('#')).length).toBeGreaterThan(10);
    const loaded = loadDeckText(text, file, { asExpansion: true });
    // No error; one warning per card until its real source is written.
    const sourceLines = text.split('\n').flatMap((l, i) => (l.trim().startsWith('- outlet:') ? [i + 1] : []));
    expect(sourceLines).toHaveLength(2);
    expect(loaded.problems.map(formatProblem)).toEqual(
      sourceLines.map(
        (line) =>
          `${file}:${line}:17: warning: sources: still the placeholder that deck new wrote; cite the article paragraph or public source behind the card`,
      ),
    );
    expect(loaded.deck?.cards.length).toBe(2);
    const cited = loadDeckText(text.replaceAll('Replace with the article paragraph or public source', 'Reuters, 2024-04-08'), file, { asExpansion: true });
    expect(cited.problems).toEqual([]);
  });

  it('never overwrites a file', async () => {
    const file = join(scratch, 'taken.yaml');
    writeFileSync(file, 'mine');
    const r = await run(['deck', 'new', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`silicon-curtain: ${file} already exists: deck new never overwrites a file\n`);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it('writes YAML only, and says when the folder is missing', async () => {
    const json = await run(['deck', 'new', join(scratch, 'deck.json')]);
    expect(json.code).toBe(1);
    expect(existsSync(join(scratch, 'deck.json'))).toBe(false);
    const missing = await run(['deck', 'new', join(scratch, 'no', 'such', 'dir', 'deck.yaml')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('its folder does not exist');
  });
});

describe('deck schema', () => {
  it('prints the draft-07 JSON Schema', async () => {
    const r = await run(['deck', 'schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(deckJsonSchemaText());
    expect((JSON.parse(r.stdout) as { $schema: string }).$schema).toBe('http://json-schema.org/draft-07/schema#');
  });
});

describe('cards', () => {
  const decks = ['--no-base-deck', '--deck', BASE];

  it('lists cards as a table: id, side, ops, era, title', async () => {
    const r = await run(['cards', ...decks]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+SIDE\s+OPS\s+ERA\s+TITLE$/);
    expect(lines).toHaveLength(16);
    expect(lines).toContain('entity-list         us       2    1    Entity List');
  });

  it('speaks French with --lang fr or a French locale', async () => {
    expect((await run(['cards', ...decks, '--lang', 'fr'])).stdout).toContain('Liste des entités');
    expect((await run(['cards', ...decks], { LANG: 'fr_FR.UTF-8' })).stdout).toContain('Liste des entités');
    const bad = await run(['cards', ...decks, '--lang', 'de']);
    expect(bad.code).toBe(1);
  });

  it('prints JSON with plain-string texts and the scoring, signature and removal fields', async () => {
    const r = await run(['cards', ...decks, '--json', '--lang', 'fr']);
    const cards = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(cards).toHaveLength(15);
    expect(cards[0]).toEqual(
      expect.objectContaining({
        id: 'score-china-market',
        title: 'Décompte Marché chinois',
        text: 'Décomptez le Marché chinois.',
        side: 'neutral',
        ops: 0,
        era: 1,
        history: 'Les clouds chinois commandent des accélérateurs.',
        date: '2023',
        source: 'Test source',
        scoring: 'chinaMarket',
        signature: null,
        removeAfterEvent: false,
        passes: false,
      }),
    );
    expect(cards.find((c) => c.id === 'entity-list')).toEqual(expect.objectContaining({ removeAfterEvent: true }));
    expect(cards.find((c) => c.id === 'sig-cuda')).toEqual(expect.objectContaining({ signature: 'nvidia' }));
  });

  it('adds expansions to the base deck with several --deck options', async () => {
    const r = await run(['cards', '--no-base-deck', '--deck', BASE, '--deck', EXPANSION, '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(16);
  });

  it('refuses decks with errors, printing them', async () => {
    const r = await run(['cards', '--no-base-deck', '--deck', BROKEN]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('26-wrong-side.yaml:7:11: error: side:');
    noStackTrace(r);
  });

  it('shows every field of one card', async () => {
    const r = await run(['cards', 'show', 'entity-list', ...decks]);
    expect(r.code).toBe(0);
    for (const field of [
      'id:',
      'title:',
      'side:',
      'ops:',
      'era:',
      'text:',
      'removeAfterEvent:',
      'passes:',
      'favours:',
      'hurts:',
      'tags:',
      'history:',
      'date:',
      'sources:',
      'question:',
      'event:',
    ]) {
      expect(r.stdout).toMatch(new RegExp(`^${field}`, 'm'));
    }
    expect(r.stdout).toContain('  - op: removeInfluence');
    const json = JSON.parse((await run(['cards', ...decks, 'show', 'hawks-object', '--json'])).stdout) as { requires: unknown };
    expect(json.requires).toEqual({ all: [{ flag: 'h20-licensed' }, { persona: { side: 'us', is: 'washington' } }] });
  });

  it('suggests the closest id for an unknown card, and exits 1', async () => {
    const r = await run(['cards', 'show', 'entity-lst', ...decks]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('silicon-curtain: unknown card "entity-lst"; did you mean "entity-list"?\n');
  });
});
