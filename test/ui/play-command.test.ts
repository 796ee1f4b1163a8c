// `silicon-curtain play` before any screen opens: without a terminal it points to simulate and
// exits 2; bad options end with one line in the player's language.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { register, type PlayDeps } from '../../src/cli/commands/play.js';
import { createGame, type GameSetup } from '../../src/engine/index.js';
import type { RunPlayOptions } from '../../src/ui/launch.js';
import { UserError } from '../../src/cli/errors.js';
import type { CliIO } from '../../src/cli/io.js';
import { FIXTURE_CARDS } from '../engine/fixture-deck.js';

function setup(interactive: boolean) {
  const calls: string[] = [];
  let out = '';
  const io: CliIO = {
    stdout: (text) => {
      out += text;
    },
    stderr: () => {},
    exit: (code) => {
      throw new Error(`exit ${code}`);
    },
    interactive,
    env: {},
  };
  const deps: PlayDeps = {
    loadDecks: async (options) => {
      calls.push(`decks ${(options.deck ?? []).join(' ')}`);
      return { cards: FIXTURE_CARDS, decks: [] };
    },
    randomSeed: () => 99,
    saveFolder: () => '/nonexistent/saves',
  };
  const program = new Command('silicon-curtain').exitOverride().addOption(new Option('--lang <lang>').choices(['en', 'fr']));
  register(program, io, deps);
  program.commands.forEach((c) => c.exitOverride());
  return { program, calls, out: () => out };
}

async function failure(args: string[], interactive = true): Promise<UserError> {
  const { program, calls } = setup(interactive);
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    expect(calls).toEqual([]);
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('play without a terminal', () => {
  it('exits 2 with one line pointing to simulate, before loading decks or the screen', async () => {
    const error = await failure(['play'], false);
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain('silicon-curtain simulate');
    expect(error.message).not.toContain('\n');
  });

  it('speaks French when asked', async () => {
    const error = await failure(['--lang', 'fr', 'play'], false);
    expect(error.message).toContain('terminal interactif');
  });
});

describe('play options', () => {
  it('refuses a player that is neither human nor a bot', async () => {
    const error = await failure(['play', '--china', 'deep-blue']);
    expect(error.message).toBe("--china must be 'human' or a bot (random, easy, normal, hard), not 'deep-blue'");
  });

  it('refuses a seed or a number of rounds out of range', async () => {
    expect((await failure(['play', '--seed', 'abc'])).message).toContain('--seed must be a whole number');
    expect((await failure(['play', '--rounds', '12'])).message).toBe('--rounds must be a whole number from 1 to 9, not 12');
  });
});

/** play with the game screen replaced: `runPlay` records what it was asked, autosaves the
 * opening position as the real screen would, and reports an outcome. */
async function played(args: string[], env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'sc-play-'));
  const asked: RunPlayOptions[] = [];
  let out = '';
  const io: CliIO = {
    stdout: (text) => void (out += text),
    stderr: () => {},
    exit: (code) => {
      throw new Error(`exit ${code}`);
    },
    interactive: true,
    env,
  };
  const deps: PlayDeps = {
    loadDecks: () => Promise.resolve({ cards: FIXTURE_CARDS, decks: [{ id: 'fixture', hash: 'fixture' }] }),
    randomSeed: () => 123_456,
    saveFolder: () => dir,
    runPlay: (options) => {
      asked.push(options);
      const setup = { ...options.setup, personas: { us: 'washington', china: 'beijing' } } as GameSetup;
      const state = createGame(setup);
      options.onChange?.([], state);
      return Promise.resolve({ outcome: { winner: 'china', reason: 'finalScoring', leadership: -3, round: 2 }, actions: [], setup });
    },
  };
  const program = new Command('silicon-curtain').exitOverride().addOption(new Option('--lang <lang>').choices(['en', 'fr']));
  register(program, io, deps);
  program.commands.forEach((c) => c.exitOverride());
  try {
    await program.parseAsync(args, { from: 'user' });
    return { asked, out, dir, files: readdirSync(dir) };
  } finally {
    afterDone.push(dir);
  }
}

const afterDone: string[] = [];
afterEach(() => {
  for (const dir of afterDone.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('play --class', () => {
  it('sets up a hot-seat game of 2 rounds with a short class seed, printed with the command for every pair', async () => {
    const run = await played(['play', '--class']);
    const [options] = run.asked;
    expect(options?.seats).toEqual({ us: 'human', china: 'human' });
    expect(options?.setup).toMatchObject({ seed: 256, rounds: 2 });
    expect(options?.setup).not.toHaveProperty('first');
    expect(run.out).toContain('Seed 256 (play this deal again with --seed 256).\n');
    expect(run.out).toContain(
      'Class game: seed 256, rounds: 2. Write it on the board; every pair starts the same deal with: silicon-curtain play --class --seed 256\n',
    );
  });

  it('keeps what the command line gives, and names it in the pairs’ command', async () => {
    const run = await played(['--lang', 'fr', 'play', '--class', '--seed', '7', '--rounds', '1', '--china', 'easy', '--first', 'us', '--handicap', '-2']);
    const [options] = run.asked;
    expect(options?.seats).toEqual({ us: 'human', china: 'easy' });
    expect(options?.setup).toMatchObject({ seed: 7, rounds: 1, first: 'us', handicap: -2 });
    expect(run.out).toContain(
      'Partie de classe\u00a0: graine 7, manches\u00a0: 1. Écrivez-la au tableau\u202f; chaque binôme lance la même donne avec\u00a0: silicon-curtain play --class --seed 7 --rounds 1 --first us --handicap -2 --lang fr\n',
    );
  });

  it('is not a class game without --class: the usual seed, rounds and seats', async () => {
    const run = await played(['play']);
    expect(run.asked[0]?.seats).toEqual({ us: 'human', china: 'normal' });
    expect(run.asked[0]?.setup).toMatchObject({ seed: 123_456, rounds: 3 });
    expect(run.out).not.toContain('Class game');
  });
});

describe('play --first and --handicap', () => {
  it('fix the first player and the starting Leadership of the game', async () => {
    const run = await played(['play', '--first', 'china', '--handicap', '3']);
    expect(run.asked[0]?.setup).toMatchObject({ first: 'china', handicap: 3 });
  });

  it('refuse a side that is not one, and a handicap out of range, in one line', async () => {
    await expect(played(['play', '--first', 'moon'])).rejects.toThrow(/argument 'moon' is invalid\. Allowed choices are us, china/);
    expect((await failure(['play', '--handicap', '6'])).message).toBe('--handicap must be a whole number from -5 to 5, not 6');
    expect((await failure(['--lang', 'fr', 'play', '--handicap', 'x'])).message).toBe('--handicap doit être un nombre entier de -5 à 5, pas x');
  });
});

describe('the end of a game', () => {
  it('prints where the game is saved and the command for its debrief', async () => {
    const run = await played(['play', '--us', 'human', '--china', 'easy']);
    expect(run.files).toHaveLength(1);
    const path = join(run.dir, run.files[0] ?? '');
    expect(run.out).toContain('China won by final scoring.\n');
    expect(run.out).toContain(`Game saved in ${path}. Its debrief: silicon-curtain debrief ${path}\n`);
  });

  it('says it in French', async () => {
    const run = await played(['--lang', 'fr', 'play']);
    const path = join(run.dir, run.files[0] ?? '');
    expect(run.out).toContain(`Partie enregistrée dans ${path}. Son débriefing\u00a0: silicon-curtain debrief ${path}\n`);
  });
});
