// Runs `silicon-curtain simulate ...` in process with a captured CliIO and a fake terminal.
import { Command, CommanderError } from 'commander';
import type { RunOptions } from '../../src/sim/index.js';
import type { SimulateTerminal } from '../../src/cli/commands/simulate.js';
import { register, runSimulate } from '../../src/cli/commands/simulate.js';
import type { CliIO } from '../../src/cli/io.js';
import { ExitRequested } from '../../src/cli/io.js';
import { UserError } from '../../src/cli/errors.js';

export interface SimRun {
  code: number;
  out: string;
  err: string;
}

export interface FakeTerminal extends SimulateTerminal {
  /** Presses Ctrl-C. */
  interrupt(): void;
  listening(): boolean;
}

export function fakeTerminal(options: { terminal?: boolean; cpus?: number } = {}): FakeTerminal {
  let handler: (() => void) | null = null;
  let clock = 0;
  return {
    stderrIsTerminal: () => options.terminal ?? false,
    columns: () => 80,
    onInterrupt(h) {
      handler = h;
      return () => {
        handler = null;
      };
    },
    // Time moves 50 ms a reading, so progress shows rates and ETAs without a real clock.
    now: () => (clock += 50),
    cpuCount: () => options.cpus ?? 2,
    interrupt: () => handler?.(),
    listening: () => handler !== null,
  };
}

/** `extra` is passed to runSimulate as run options (bots given as functions, a worker entry). */
export async function runSimulateCli(
  args: string[],
  options: { terminal?: FakeTerminal; onStderr?: (text: string) => void; extra?: Partial<RunOptions> } = {},
): Promise<SimRun> {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
      options.onStderr?.(text);
    },
    exit: (code) => {
      throw new ExitRequested(code);
    },
    interactive: false,
    env: {},
  };
  const terminal = options.terminal ?? fakeTerminal();
  const program = new Command('silicon-curtain')
    .exitOverride()
    .configureOutput({ writeOut: (t) => io.stdout(t), writeErr: (t) => io.stderr(t), outputError: () => {} });
  register(program, io, terminal);
  const extra = options.extra;
  // Commander replaces an action: the same parsed options, run with the extra run options.
  if (extra) (program.commands[0] as Command).action(async (o) => runSimulate(o, io, terminal, extra));
  try {
    await program.parseAsync(args, { from: 'user' });
    return { code: 0, out, err };
  } catch (error) {
    if (error instanceof ExitRequested) return { code: error.code, out, err };
    if (error instanceof CommanderError) return { code: error.exitCode, out, err: `${err}silicon-curtain: ${error.message}\n` };
    if (error instanceof UserError) return { code: error.exitCode, out, err: `${err}silicon-curtain: ${error.message}\n` };
    throw error;
  }
}
