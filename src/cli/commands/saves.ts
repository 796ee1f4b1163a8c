// `silicon-curtain saves [--json]`: the saved games, newest first.
import { helpText } from '../help-lang.js';
import type { Command } from 'commander';
import type { SaveListing } from '../../store/index.js';
// Reading saves needs their checks (zod): loaded by the action, not when the command is defined.
import { isDamaged } from '../../store/save-listing.js';
import type { CliIO } from '../io.js';
import type { SaveCommandDeps } from './resume.js';
import { defaultDeps, saveFolder } from './resume.js';

const PERSONA: Record<string, string> = { washington: 'Washington', nvidia: 'NVIDIA', beijing: 'Beijing', huawei: 'Huawei' };

function status(entry: SaveListing): string {
  if (isDamaged(entry)) return 'damaged';
  if (!entry.outcome) return entry.playable ? 'in progress' : `rules ${entry.rulesVersion}`;
  const { winner, reason } = entry.outcome;
  return winner ? `${winner === 'us' ? 'US' : 'China'} won (${reason})` : `draw (${reason})`;
}

function row(entry: SaveListing): string[] {
  const when = entry.lastModified.slice(0, 16).replace('T', ' ');
  if (isDamaged(entry)) return [when, '?', '?', '?', '?', 'damaged', entry.path];
  const game = `${PERSONA[entry.personas.us]} vs ${PERSONA[entry.personas.china]}`;
  const seats = `${entry.seats.us} / ${entry.seats.china}`;
  return [when, game, seats, `${entry.round}/${entry.rounds}`, `${entry.actions}`, status(entry), entry.path];
}

/** Columns padded to their widest cell; the last column (the path) is left as is. */
export function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')).join('\n');
}

async function listing(json: boolean, io: CliIO, deps: SaveCommandDeps): Promise<void> {
  const { listSaves } = await import('../../store/list.js');
  const dir = saveFolder(io, deps);
  const entries = listSaves(dir);
  if (json) {
    io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
    return;
  }
  if (entries.length === 0) {
    io.stdout(`No saved games in ${dir}.\n`);
    return;
  }
  io.stdout(`Saved games in ${dir} (newest first):\n\n`);
  io.stdout(`${table(['Saved', 'Game', 'Seats US / China', 'Round', 'Actions', 'Status', 'File'], entries.map(row))}\n`);
  for (const e of entries) if (isDamaged(e)) io.stdout(`\n${e.error}`);
  for (const e of entries) if (!isDamaged(e) && e.warning) io.stdout(`\n${e.warning}`);
  io.stdout(`\n\nContinue a game: silicon-curtain resume FILE · watch one: silicon-curtain replay FILE\n`);
}

export function registerWith(program: Command, io: CliIO, deps: SaveCommandDeps): void {
  program
    .command('saves')
    .description(helpText(program, 'cliHelp.saves'))
    .option('--json', helpText(program, 'cliHelp.saves.json'))
    .action(async (options: { json?: boolean }) => {
      await listing(options.json === true, io, deps);
    });
}

export function register(program: Command, io: CliIO): void {
  registerWith(program, io, defaultDeps);
}
