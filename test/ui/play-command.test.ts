// `silicon-curtain play` before any screen opens: without a terminal it points to simulate and
// exits 2; bad options end with one line in the player's language.
import { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { register, type PlayDeps } from '../../src/cli/commands/play.js';
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
    expect(error.message).toContain("silicon-curtain simulate");
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
