// The CLI's only window on the process: output streams, exit, terminal and environment.
// Commands receive a CliIO instead of touching `process`, so tests can capture what they print.
//
// It is also the output gate: text written through it has its control characters (C0 but tab
// and newline, DEL, C1) and bidirectional overrides escaped, because much of what the program
// prints quotes files (saves, decks, progress files, paths) or a stdio player, and any of them
// can be crafted to hold escape sequences that retitle, clear or write the clipboard of the
// terminal. Escapes are written `\u001b`, which JSON reads back as the same character: a JSON
// line stays valid JSON. The one program-made control output, the simulator's progress bar,
// goes through `stderrControl`.
import { escapeUnsafe, jsonEscapeChar } from '../decks/safeText.js';

export interface CliIO {
  /** Writes text to standard output as given (add the '\n' yourself). */
  stdout(text: string): void;
  /** Writes text to standard error as given (add the '\n' yourself). */
  stderr(text: string): void;
  /** Writes the program's own terminal controls (a progress bar's `\r`, erase line) to standard
   *  error unescaped; never text from a file. Defaults to `stderr` where absent. */
  stderrControl?(text: string): void;
  /** Ends the program with this exit code. An implementation that cannot end the process (a test's)
   *  throws ExitRequested instead: main() lets it through. */
  exit(code: number): never;
  /** True when both stdin and stdout are terminals, so the interactive game can run. */
  readonly interactive: boolean;
  /** Environment variables (NO_COLOR, LANG, SILICON_CURTAIN_DEBUG, ...). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Thrown by a CliIO whose exit() does not end the process; carries the exit code. */
export class ExitRequested extends Error {
  override readonly name = 'ExitRequested';
  readonly code: number;

  constructor(code: number) {
    super(`exit ${code}`);
    this.code = code;
  }
}

let pipeGuardInstalled = false;

/** `silicon-curtain cards | head` closes the pipe early: that is a normal end, not a crash. */
function endQuietlyOnClosedPipe(): void {
  if (pipeGuardInstalled) return;
  pipeGuardInstalled = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

/** The output gate: `text` with nothing a terminal would act on. */
export function safeOutput(text: string): string {
  return escapeUnsafe(text, jsonEscapeChar);
}

export const processIO: CliIO = {
  stdout(text) {
    endQuietlyOnClosedPipe();
    process.stdout.write(safeOutput(text));
  },
  stderr(text) {
    process.stderr.write(safeOutput(text));
  },
  stderrControl(text) {
    process.stderr.write(text);
  },
  exit(code) {
    process.exit(code);
  },
  get interactive() {
    return process.stdin.isTTY === true && process.stdout.isTTY === true;
  },
  env: process.env,
};

/** A command's exit code: 0 returns normally (so buffered output is never cut), any other ends through io. */
export function endWith(io: CliIO, code: number): void {
  if (code !== 0) io.exit(code);
}
