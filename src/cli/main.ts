// Bundle entry (dist/silicon-curtain.js): parse argv, run the command, turn failures into one line.
// bin/silicon-curtain.js imports this module and calls main().
import type { CliIO } from './io.js';
import { ExitRequested, installStreamGuards, processIO, setStreamGuardLang } from './io.js';
import { COMMANDS, createProgram } from './program.js';
import type { CommandModule } from './program.js';
import { reportFailure } from './errors.js';
import { argvLang } from './help-lang.js';

export async function main(
  args: readonly string[] = process.argv.slice(2),
  io: CliIO = processIO,
  commands: readonly CommandModule[] = COMMANDS,
): Promise<void> {
  // With no argument only the root's own action (the main menu) can run: defining the other
  // commands would only delay its first frame.
  if (io === processIO) installStreamGuards();
  const lang = argvLang(args, io.env);
  if (io === processIO) setStreamGuardLang(lang);
  const program = createProgram(io, args.length === 0 ? [] : commands, lang);
  try {
    await program.parseAsync([...args], { from: 'user' });
  } catch (error) {
    if (error instanceof ExitRequested) throw error;
    const report = reportFailure(error, io.env.SILICON_CURTAIN_DEBUG === '1', lang);
    if (report.text !== '') io.stderr(report.text);
    if (report.exitCode !== 0) io.exit(report.exitCode);
  }
}
