// `silicon-curtain saves [--json]`: the saved games, newest first.
import { helpText } from '../help-lang.js';
import type { Command } from 'commander';
import type { SaveListing } from '../../store/index.js';
// Reading saves needs their checks (zod): loaded by the action, not when the command is defined.
import { isDamaged } from '../../store/save-listing.js';
import type { CliIO } from '../io.js';
import { defaultDeps, saveFolder, type SaveCommandDeps } from '../save-commands.js';
import { chosenLang } from '../global-options.js';
import { dateTimeText } from '../../i18n/dates.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';

const COLUMNS = ['saved', 'game', 'seats', 'round', 'actions', 'status', 'file'] as const;

function status(entry: SaveListing, lang: Lang): string {
  if (isDamaged(entry)) return t(lang, 'saves.status.damaged');
  if (!entry.outcome) return entry.playable ? t(lang, 'saves.status.inProgress') : t(lang, 'saves.status.rules', { version: entry.rulesVersion });
  const { winner, reason } = entry.outcome;
  const why = t(lang, `saves.reason.${reason}`);
  return winner ? t(lang, `saves.status.won.${winner}`, { reason: why }) : t(lang, 'saves.status.draw', { reason: why });
}

function row(entry: SaveListing, lang: Lang): string[] {
  const when = dateTimeText(lang, entry.lastModified);
  if (isDamaged(entry)) return [when, '?', '?', '?', '?', t(lang, 'saves.status.damaged'), entry.path];
  const game = t(lang, 'saves.game', { us: t(lang, `persona.${entry.personas.us}`), china: t(lang, `persona.${entry.personas.china}`) });
  const seats = `${entry.seats.us} / ${entry.seats.china}`;
  return [when, game, seats, `${entry.round}/${entry.rounds}`, `${entry.actions}`, status(entry, lang), entry.path];
}

/** Columns padded to their widest cell; the last column (the path) is left as is. */
export function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')).join('\n');
}

async function listing(json: boolean, lang: Lang, io: CliIO, deps: SaveCommandDeps): Promise<void> {
  const { listSaves } = await import('../../store/list.js');
  const dir = saveFolder(io, deps);
  // The JSON listing is for programs: its problems stay in English whatever the language.
  const entries = listSaves(dir, json ? 'en' : lang);
  if (json) {
    io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
    return;
  }
  if (entries.length === 0) {
    io.stdout(`${t(lang, 'saves.none', { dir })}\n`);
    return;
  }
  io.stdout(`${t(lang, 'saves.intro', { dir })}\n\n`);
  const header = COLUMNS.map((column) => t(lang, `saves.column.${column}`));
  io.stdout(
    `${table(
      header,
      entries.map((entry) => row(entry, lang)),
    )}\n`,
  );
  for (const e of entries) if (isDamaged(e)) io.stdout(`\n${e.error}`);
  for (const e of entries) if (!isDamaged(e) && e.warning) io.stdout(`\n${e.warning}`);
  io.stdout(`\n\n${t(lang, 'saves.next')}\n`);
}

export function registerWith(program: Command, io: CliIO, deps: SaveCommandDeps): void {
  program
    .command('saves')
    .description(helpText(program, 'cliHelp.saves'))
    .option('--json', helpText(program, 'cliHelp.saves.json'))
    .action(async (options: { json?: boolean }, command: Command) => {
      await listing(options.json === true, chosenLang(command, io.env), io, deps);
    });
}

export function register(program: Command, io: CliIO): void {
  registerWith(program, io, defaultDeps);
}
