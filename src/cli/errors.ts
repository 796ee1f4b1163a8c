// Exit codes and the one-line error report every failure is turned into.
import { CommanderError } from 'commander';

export const ExitCode = {
  ok: 0,
  /** Bad usage (unknown command or option, invalid value) or an error the user can fix. */
  usage: 1,
  /** The interactive game was asked for without an interactive terminal. */
  noTerminal: 2,
} as const;

/** An error the user can act on: printed as one line, no stack, with its exit code. */
export class UserError extends Error {
  override readonly name = 'UserError';
  readonly exitCode: number;

  constructor(message: string, exitCode: number = ExitCode.usage) {
    super(message);
    this.exitCode = exitCode;
  }
}

export interface FailureReport {
  exitCode: number;
  /** What to write on stderr; empty when nothing should be written (help, version). */
  text: string;
}

const PREFIX = 'silicon-curtain: ';

/** Commander's messages span lines ("error: unknown command 'x'\n(Did you mean y?)"): make one. */
export function oneLine(message: string): string {
  return message
    .replace(/^error:\s*/i, '')
    .replace(/\(Did you mean/g, '(did you mean')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

/** Turns anything thrown by a command into what to print and the exit code. */
export function reportFailure(error: unknown, debug: boolean): FailureReport {
  if (error instanceof CommanderError) {
    // Help and version are "errors" with exit code 0 once exitOverride is on; their text is out.
    if (error.exitCode === 0) return { exitCode: 0, text: '' };
    return { exitCode: error.exitCode, text: `${PREFIX}${oneLine(error.message)}\n` };
  }
  if (error instanceof UserError) {
    return { exitCode: error.exitCode, text: `${PREFIX}${oneLine(error.message)}\n` };
  }
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error && error.stack !== undefined ? error.stack : String(error);
  const text = debug
    ? `${PREFIX}internal error: ${oneLine(message)}\n${stack}\n`
    : `${PREFIX}internal error: ${oneLine(message)} (set SILICON_CURTAIN_DEBUG=1 to see the stack)\n`;
  return { exitCode: ExitCode.usage, text };
}
