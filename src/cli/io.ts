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
import { escapeUnsafe, jsonEscapeChar } from '../decks/safe-text.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';

export interface CliIO {
  /** Writes text to standard output, through the output gate (add the '\n' yourself). */
  stdout(text: string): void;
  /** Writes text to standard error, through the output gate (add the '\n' yourself). */
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
  /** The terminal's width, when stdout is one. */
  readonly columns?: number | undefined;
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

/**
 * Ends the process because its terminal went away, quietly. Not process.exit(): on exit Node
 * restores the terminal's modes and asserts that this works, which it cannot on a closed
 * terminal (SIGSEGV/SIGABRT with a native stack). The 'exit' hooks (the game locks' release,
 * the screen restore, whose write to the dead terminal is harmless) run first; then the
 * process ends by SIGHUP's default action, the usual end of a hung-up program (status 129).
 */
function hangUp(): never {
  process.emit('exit', 129);
  process.removeAllListeners('SIGHUP');
  process.kill(process.pid, 'SIGHUP');
  // The signal is delivered at once; this line only satisfies `never` should it be blocked.
  process.exit(129);
}

function describeWriteError(code: string | undefined, lang: Lang): string {
  switch (code) {
    case 'ENOSPC':
      return t(lang, 'cli.output.noSpace');
    case 'EPIPE':
      return t(lang, 'cli.output.closedPipe');
    default:
      return code ?? t(lang, 'cli.output.unknown');
  }
}

/** The language of the guards' line: the run's, once main() knows it. */
let guardLang: Lang = 'en';

export function setStreamGuardLang(lang: Lang): void {
  guardLang = lang;
}

/** Output that could not be written all is a failed run (ExitCode.usage in errors.ts: an error to fix). */
const OUTPUT_ERROR_EXIT = 1;

let guardsInstalled = false;

/**
 * How the process ends when its terminal or its output goes away; installed once by main().
 *
 * - The terminal closes (SIGHUP, or EIO/EPIPE on a terminal stream): end at once, quietly (see
 *   hangUp). Nothing is lost: a game is saved after every action, and the 'exit' hooks
 *   release its lock. Before, the game went on to write to the closed terminal and died on an
 *   uncaught EIO with a stack and a Node assertion.
 * - Standard output is a full disk or a closed pipe (ENOSPC, EPIPE): one line on stderr and exit
 *   1, so a script sees that its output is incomplete.
 */
export function installStreamGuards(): void {
  if (guardsInstalled) return;
  guardsInstalled = true;
  process.on('SIGHUP', hangUp);
  const guard = (stream: NodeJS.ReadStream | NodeJS.WriteStream, name: 'stdin' | 'stdout' | 'stderr') => {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (stream.isTTY === true) hangUp();
      if (name === 'stdout') {
        try {
          process.stderr.write(`silicon-curtain: ${t(guardLang, 'cli.output.failed', { reason: describeWriteError(error.code, guardLang) })}\n`);
        } catch {
          // stderr is gone too: the exit code still tells.
        }
      }
      // A broken stdin (a closed pipe) reads as its end: only the output streams fail the run.
      if (name !== 'stdin') process.exit(OUTPUT_ERROR_EXIT);
    });
  };
  guard(process.stdin, 'stdin');
  guard(process.stdout, 'stdout');
  guard(process.stderr, 'stderr');
}

/** The output gate: `text` with nothing a terminal would act on. */
export function safeOutput(text: string): string {
  return escapeUnsafe(text, jsonEscapeChar);
}

export const processIO: CliIO = {
  stdout(text) {
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
  get columns() {
    return process.stdout.isTTY === true ? process.stdout.columns : undefined;
  },
};

/** A command's exit code: 0 returns normally (so buffered output is never cut), any other ends through io. */
export function endWith(io: CliIO, code: number): void {
  if (code !== 0) io.exit(code);
}
