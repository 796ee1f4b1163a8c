// `silicon-curtain rules [--lang fr] [--markdown]`: the rules (RULES.md or RULES.fr.md, shipped at
// the package root). On a terminal they are drawn for it (no Markdown marks or comments, tables
// redrawn to its width) and shown through a pager; piped, or with --markdown, the Markdown itself.
import { helpText } from '../help-lang.js';
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

/** The pager to use: $PAGER, or `less -R`. */
function pagerCommand(env: CliIO['env']): string[] {
  return (env.PAGER?.trim() || 'less -R').split(/\s+/);
}

/** Whether the pager shows bold from escape codes rather than as raw `ESC[1m`: less with -R (or R in $LESS). */
function pagerKeepsBold(env: CliIO['env']): boolean {
  const [command, ...args] = pagerCommand(env);
  if (!command || path.basename(command) !== 'less') return false;
  return args.some((a) => /^-[a-zA-Z]*[rR]/.test(a)) || /R/.test(env.LESS ?? '');
}

/** Shows `text` in the pager; false when no pager could start, so the caller prints. */
function page(text: string, env: CliIO['env']): boolean {
  const [command, ...args] = pagerCommand(env);
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
        .description(helpText(program, 'cliHelp.rules'))
        .option('--markdown', helpText(program, 'cliHelp.rules.markdown'))
        .action(async (options: { markdown?: boolean }, command: Command) => {
          const lang = chosenLang(command, io.env);
          const text = readRules(root(), lang);
          if (options.markdown === true || !io.interactive) {
            io.stdout(text.endsWith('\n') ? text : `${text}\n`);
            return;
          }
          // The drawing lives with the screens; loaded only here, so --help stays fast.
          const { renderRules } = await import('../../ui/components/markdown.js');
          const columns = io.columns ?? 80;
          const bold = !io.env.NO_COLOR && pagerKeepsBold(io.env);
          if (page(renderRules(text, columns, bold), io.env)) return;
          io.stdout(renderRules(text, columns, false));
        });
    },
  };
}

export const { register } = rulesCommand();
