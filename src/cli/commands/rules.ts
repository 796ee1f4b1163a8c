// `silicon-curtain rules [--lang fr]`: the rules (RULES.md or RULES.fr.md, shipped at the
// package root), through a pager on a terminal, printed otherwise.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { packageRoot, RULES_FILES } from '../../classroom/package-files.js';
import { t } from '../../i18n/messages.js';
import type { Lang } from '../../i18n/lang.js';
import { UserError } from '../errors.js';
import { chosenLang } from '../global-options.js';
import type { CliIO } from '../io.js';
import type { CommandModule } from '../program.js';

export function readRules(root: string, lang: Lang): string {
  const file = RULES_FILES[lang];
  try {
    return readFileSync(path.join(root, file), 'utf8');
  } catch {
    throw new UserError(t(lang, 'rules.fileMissing', { language: t(lang, `classroom.language.${lang}`), file, dir: root }));
  }
}

/** Shows `text` in $PAGER (default `less -R`); false when no pager could start, so the caller prints. */
function page(text: string, env: CliIO['env']): boolean {
  const [command, ...args] = (env.PAGER?.trim() || 'less -R').split(/\s+/);
  if (!command) return false;
  const run = spawnSync(command, args, { input: text, stdio: ['pipe', 'inherit', 'inherit'] });
  return run.error === undefined;
}

/** The command, reading the rules from `root()` (tests pass a folder of their own). */
export function rulesCommand(root: () => string = () => packageRoot()): CommandModule {
  return {
    register(program: Command, io: CliIO) {
      program
        .command('rules')
        .description('show the rules of the game (in the language of --lang)')
        .action((_options: unknown, command: Command) => {
          const lang = chosenLang(command, io.env);
          const text = readRules(root(), lang);
          if (io.interactive && page(text, io.env)) return;
          io.stdout(text.endsWith('\n') ? text : `${text}\n`);
        });
    },
  };
}

export const { register } = rulesCommand();
