// A CliIO that records what a command prints and how it exits, for in-process CLI tests.
import type { CliIO } from '../../src/cli/io.js';
import { ExitRequested } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import type { CommandModule } from '../../src/cli/program.js';

export interface CapturedIO extends CliIO {
  readonly out: string;
  readonly err: string;
}

export function captureIO(options: { interactive?: boolean; env?: Record<string, string | undefined> } = {}): CapturedIO {
  let out = '';
  let err = '';
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    exit: (code) => {
      throw new ExitRequested(code);
    },
    interactive: options.interactive ?? false,
    env: options.env ?? {},
    get out() {
      return out;
    },
    get err() {
      return err;
    },
  };
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in process, as `silicon-curtain ...args` would; commands default to the real ones. */
export async function runCli(
  args: readonly string[],
  options: { interactive?: boolean; env?: Record<string, string | undefined>; commands?: readonly CommandModule[] } = {},
): Promise<CliRun> {
  const io = captureIO(options);
  let code = 0;
  try {
    await main(args, io, options.commands);
  } catch (error) {
    if (!(error instanceof ExitRequested)) throw error;
    code = error.code;
  }
  return { code, out: io.out, err: io.err };
}
