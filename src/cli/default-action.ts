// What `silicon-curtain` does with no command: the main menu (New game, Resume once a game is
// saved, Rules, Cards, Quit), which needs an interactive terminal. ink, react and src/ui are
// loaded only here, so --help and --version stay fast; the deck and save code load only once
// the menu needs them, so its first frame does not wait for them.
import type { Command } from 'commander';
import { t } from '../i18n/messages.js';
import { hasUnfinishedGame, resume } from './commands/resume.js';
import { defaultDeps as saveDeps, saveFolder } from './save-commands.js';
import { ExitCode, UserError, userError } from './errors.js';
import { chosenLang } from './global-options.js';
import type { CliIO } from './io.js';
import { menuAutosave } from './menu-autosave.js';

/** The line without a terminal, in English (the run says it in its language). */
export const NO_TERMINAL_MESSAGE = t('en', 'cli.menu.noTerminal');

export function registerDefaultAction(program: Command, io: CliIO): void {
  program.action(async () => {
    // The root accepts stray operands only so that a mistyped command is reported as one.
    if (program.args.length > 0) reportUnknownCommand(program);
    if (!io.interactive) throw userError('cli.menu.noTerminal', undefined, ExitCode.noTerminal);
    const lang = chosenLang(program, io.env);
    // Every game of the menu saves into this folder: a folder that cannot take them is said now,
    // not after a game whose every autosave failed. (folder-check.ts alone: the menu's first
    // frame must not wait for the rest of the store.)
    const { checkSaveFolder } = await import('../store/folder-check.js');
    const { SaveError } = await import('../store/save-error.js');
    try {
      checkSaveFolder(saveFolder(io, saveDeps), process.pid);
    } catch (error) {
      if (error instanceof SaveError) throw new UserError(error.wording);
      throw error;
    }
    // The deck code (YAML, schema checks) loads when a game starts or the Cards screen opens.
    const decks = async () => (await import('./game-decks.js')).decksFromOptions(io, {}, lang);
    const autosave = menuAutosave(() => saveFolder(io, saveDeps), lang, []);
    // Lines a resumed game prints (where it is saved) wait until the menu's screen is closed.
    const later: string[] = [];
    const quietIO: CliIO = { ...io, stdout: (text) => later.push(text), stderr: (text) => later.push(text) };
    const resumeEntry = () => ({ label: t(lang, 'menu.resume'), onSelect: () => resume(undefined, () => lang, quietIO, saveDeps) });
    const { runMainMenu } = await import('../ui/main-menu.js');
    const { processTerminal } = await import('./process-terminal.js');
    await runMainMenu({
      lang,
      terminal: processTerminal(),
      color: !io.env.NO_COLOR,
      decks,
      newSeed: (await import('./random-seed.js')).newGameSeed,
      autosaveFor: autosave.autosaveFor,
      online: (await import('./menu-online.js')).menuOnline(io, lang),
      tutorialEntry: {
        label: t(lang, 'menu.tutorial'),
        onSelect: async () => {
          const { runTutorialCommand } = await import('./commands/tutorial-run.js');
          const { classroomDeck } = await import('./classroom-deck.js');
          return runTutorialCommand({ restart: false, fromMenu: true }, lang, quietIO, classroomDeck);
        },
      },
      ...((await hasUnfinishedGame(io, saveDeps)) ? { resumeEntry: resumeEntry() } : {}),
      // A game left with q comes back as "Resume the last game" at once.
      resumeEntryNow: async () => ((await hasUnfinishedGame(io, saveDeps)) ? resumeEntry() : undefined),
    });
    for (const text of later) io.stdout(text);
    for (const failure of autosave.failures()) io.stderr(`silicon-curtain: ${failure}\n`);
    // A game left unfinished (Ctrl-C, or q then Quit) is saved: say where and how to go on.
    const unfinished = autosave.unfinished();
    if (unfinished !== null) io.stdout(`${(await import('../store/index.js')).resumeHint(unfinished, lang)}\n`);
  });
}

/** Commander's own "unknown command 'x' (did you mean y?)", with its suggestion from the registered commands. */
function reportUnknownCommand(program: Command): never {
  // unknownCommand() is commander's (since v5), left out of its typings; it throws via exitOverride.
  (program as unknown as { unknownCommand(): never }).unknownCommand();
  throw new UserError(`unknown command '${String(program.args[0])}'`);
}
