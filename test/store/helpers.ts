// Shared by the store tests: random games on the fixture deck, temporary folders, and a small
// in-process runner for the save commands (the real program lives in branch `cli`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import type { LoadedDeck } from '../../src/decks/types.js';
import type { Action, GameSetup, GameState } from '../../src/engine/index.js';
import { applyAction, createGame, legalActions } from '../../src/engine/index.js';
import { nextRandom } from '../../src/engine/rng.js';
import { ExitRequested } from '../../src/cli/io.js';
import type { CliIO } from '../../src/cli/io.js';
import { UserError, reportFailure } from '../../src/cli/errors.js';
import type { RunPlay, SaveCommandDeps } from '../../src/cli/save-commands.js';
import { FIXTURE_CARDS, fixtureSetup } from '../engine/fixture-deck.js';

export const FIXTURE_DECK: LoadedDeck = { formatVersion: 1, id: 'fixture', name: 'Fixture', cards: FIXTURE_CARDS, hash: 'fixture' };

export interface PlayedGame {
  setup: GameSetup;
  actions: Action[];
  states: GameState[];
  state: GameState;
}

/** Random legal actions from `seed` until the game ends or `maxActions` have been played. */
export function playRandom(seed: number, options: { maxActions?: number; setup?: Partial<GameSetup> } = {}): PlayedGame {
  const setup = fixtureSetup(seed, options.setup);
  let state = createGame(setup);
  const states = [state];
  const actions: Action[] = [];
  const rng = { rng: seed * 7919 + 1 };
  while (!state.outcome && actions.length < (options.maxActions ?? Infinity)) {
    const legal = legalActions(state);
    const action = legal[Math.floor(nextRandom(rng) * legal.length)] as Action;
    state = applyAction(state, action);
    actions.push(action);
    states.push(state);
  }
  return { setup, actions, states, state };
}

const dirs: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sc-store-'));
  dirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface CommandRun {
  code: number;
  out: string;
  err: string;
}

type RegisterWith = (program: Command, io: CliIO, deps: SaveCommandDeps) => void;

export function testDeps(overrides: Partial<SaveCommandDeps> = {}): SaveCommandDeps {
  const runPlay: RunPlay = () => Promise.reject(new Error('runPlay not expected in this test'));
  return { decks: () => [FIXTURE_DECK], loadRunPlay: () => Promise.resolve(runPlay), platform: 'linux', home: '/nonexistent-home', ...overrides };
}

/** `silicon-curtain ...args` with one save command registered, as main() in branch `cli` runs it. */
export async function runCommand(
  registerWith: RegisterWith,
  args: string[],
  options: { interactive?: boolean; env?: Record<string, string | undefined>; deps?: SaveCommandDeps } = {},
): Promise<CommandRun> {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    exit: (code) => {
      throw new ExitRequested(code);
    },
    interactive: options.interactive ?? false,
    env: options.env ?? {},
  };
  const program = new Command('silicon-curtain').addOption(new Option('--lang <lang>').choices(['en', 'fr']));
  registerWith(program, io, options.deps ?? testDeps());
  for (const c of [program, ...program.commands]) {
    c.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} });
  }
  let code = 0;
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (error instanceof ExitRequested) code = error.code;
    else if (error instanceof UserError || error instanceof CommanderError || error instanceof Error) {
      const report = reportFailure(error, false);
      err += report.text;
      code = report.exitCode;
    } else throw error;
  }
  return { code, out, err };
}
