// `silicon-curtain replay FILE`: watch a saved game step by step, check it (--verify), or turn it
// into a Markdown handout (--export md). The store and the engine load inside the action, so
// defining the command stays cheap.
import { helpText } from '../help-lang.js';
import { Option } from 'commander';
import type { Command } from 'commander';
import type { RestoredGame } from '../../store/index.js';
import { backupPath } from '../../store/atomic-write.js';
import { shellQuote } from '../../store/paths.js';
import { SaveError } from '../../store/save-error.js';
import { sayWording, t } from '../../i18n/messages.js';
import { ExitCode, UserError, userError } from '../errors.js';
import type { CliIO } from '../io.js';
import { asUserError, defaultDeps, langFor, type SaveCommandDeps } from '../save-commands.js';

interface ReplayOptions {
  verify?: boolean;
  export?: 'md';
  out?: string;
  reveal?: boolean;
}

/** The line without a terminal, in English (the run says it in its language). */
export const NO_TERMINAL_REPLAY = t('en', 'cli.replay.noTerminal');

/** Re-fold one file (never its backup: --verify checks what is there) and compare the hash. */
async function verifyFile(file: string, deps: SaveCommandDeps): Promise<{ actions: number; hash: string }> {
  const { decksOfSave, gameSetupFor, readSave, replaySave, saveHash } = await import('../../store/index.js');
  const save = readSave(file);
  const setup = gameSetupFor(save, await decksOfSave(save, deps.decks, file), file);
  const { state } = replaySave(save, setup, { name: file });
  return { actions: save.actions.length, hash: saveHash(state) };
}

async function verify(file: string, io: CliIO, deps: SaveCommandDeps): Promise<void> {
  let result: { actions: number; hash: string };
  try {
    result = await verifyFile(file, deps);
  } catch (error) {
    if (!(error instanceof SaveError)) throw error;
    // Say so when the backup would do: that is what `resume` will use.
    let backupGood = false;
    try {
      await verifyFile(backupPath(file), deps);
      backupGood = true;
    } catch {
      // No usable backup either.
    }
    throw new UserError(
      backupGood ? { key: 'cli.replay.backupGood', params: { problem: error.wording, backup: backupPath(file), file: shellQuote(file) } } : error.wording,
    );
  }
  io.stdout(`ok: ${result.actions} actions, hash ${result.hash}\n`);
}

async function exportHandout(restored: RestoredGame, options: ReplayOptions, command: Command, io: CliIO): Promise<void> {
  const { exportMarkdown } = await import('../../classroom/replay-handout.js');
  const { createGame } = await import('../../engine/index.js');
  const lang = langFor(command, restored.save.setup.lang);
  const initial = createGame(restored.setup);
  const text = exportMarkdown({ save: restored.save, initial, final: restored.state, cards: restored.state.cards, lang });
  if (!options.out) {
    io.stdout(text);
    return;
  }
  const { writeOutputFile } = await import('../output-file.js');
  writeOutputFile(options.out, text, '--out', [restored.path, restored.readFrom]);
  io.stderr(`silicon-curtain: handout written to ${options.out}\n`);
}

async function watch(restored: RestoredGame, options: ReplayOptions, command: Command, io: CliIO): Promise<void> {
  const { runReplay } = await import('../../ui/replay/launch.js');
  const { processTerminal } = await import('../process-terminal.js');
  await runReplay({
    terminal: processTerminal(),
    states: restored.states ?? [restored.state],
    actions: restored.save.actions,
    lang: langFor(command, restored.save.setup.lang),
    color: !io.env.NO_COLOR,
    // Hidden hands are shown for a finished game, or when the player asks for them.
    reveal: options.reveal === true || restored.state.outcome !== null,
  });
}

async function replay(file: string, options: ReplayOptions, command: Command, io: CliIO, deps: SaveCommandDeps): Promise<void> {
  if (options.verify) {
    await asUserError(() => verify(file, io, deps));
    return;
  }
  if (options.out && !options.export) throw new UserError("--out goes with --export md: 'silicon-curtain replay FILE --export md --out game.md'");
  if (!options.export && !io.interactive) throw userError('cli.replay.noTerminal', undefined, ExitCode.noTerminal);
  const { restoreGame } = await import('../../store/index.js');
  const restored = await asUserError(() => restoreGame(file, deps.decks, { keepStates: !options.export }));
  if (restored.warning) io.stderr(`silicon-curtain: ${sayWording(langFor(command, restored.save.setup.lang), restored.warning)}\n`);
  if (options.export) await exportHandout(restored, options, command, io);
  else await watch(restored, options, command, io);
}

export function registerWith(program: Command, io: CliIO, deps: SaveCommandDeps): void {
  program
    .command('replay')
    .description(helpText(program, 'cliHelp.replay'))
    .argument('<file>', helpText(program, 'cliHelp.saveFile'))
    .option('--verify', helpText(program, 'cliHelp.replay.verify'))
    .addOption(new Option('--export <format>', helpText(program, 'cliHelp.replay.export')).choices(['md']))
    .option('--out <file>', helpText(program, 'cliHelp.replay.out'))
    .option('--reveal', helpText(program, 'cliHelp.replay.reveal'))
    .action(async (file: string, options: ReplayOptions, command: Command) => {
      await replay(file, options, command, io, deps);
    });
}

export function register(program: Command, io: CliIO): void {
  registerWith(program, io, defaultDeps);
}
