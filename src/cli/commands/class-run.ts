// The work of `silicon-curtain class report` (class.ts defines the command): read every saved
// game of a folder with the debrief's reader, skip what is not one, and write the class debrief.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildClassReport, type ClassGame } from '../../classroom/class-report.js';
import { classReportHtml } from '../../classroom/class-report-html.js';
import { classReportMarkdown } from '../../classroom/class-report-markdown.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { BACKUP_SUFFIX } from '../../store/atomic-write.js';
import { saveHash } from '../../store/state-hash.js';
import { UserError } from '../errors.js';
import type { CliIO } from '../io.js';
import { readSavedGame, writeHandout, type DeckLoader, type ExportFormat } from './debrief-run.js';

export interface ClassReportOptions {
  export?: ExportFormat;
  out?: string;
}

/** The files of the folder that may be games: hidden files (half-written temporaries) and
 * backups (the same game one action earlier) are not. Sorted, so the report is stable. */
function candidates(folder: string, lang: Lang): string[] {
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    throw new UserError(t(lang, 'class.error.missing', { folder }));
  }
  if (!isFolder) throw new UserError(t(lang, 'class.error.notFolder', { folder }));
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.isDirectory() && !entry.name.startsWith('.') && !entry.name.endsWith(BACKUP_SUFFIX))
    .map((entry) => entry.name)
    .sort();
}

export async function runClassReport(folder: string, options: ClassReportOptions, lang: Lang, io: CliIO, deck: DeckLoader): Promise<void> {
  const games: ClassGame[] = [];
  // A game copied twice (two USB sticks, a save and its copy) would count twice.
  const seen = new Map<string, string>();
  for (const name of candidates(folder, lang)) {
    const file = path.join(folder, name);
    try {
      const state = await readSavedGame(file, lang, io, deck);
      const hash = saveHash(state);
      const first = seen.get(hash);
      if (first !== undefined) throw new UserError(t(lang, 'class.duplicate', { file, first }));
      seen.set(hash, name);
      games.push({ file: name, state });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      // One line each, whatever the reason quotes of the file (a JSON error quotes its text).
      io.stderr(`silicon-curtain: ${t(lang, 'class.skipped', { reason: error.message.replace(/[ \t]*[\r\n]+[ \t]*/g, ' ').trim() })}\n`);
    }
  }
  if (games.length === 0) throw new UserError(t(lang, 'class.error.noGames', { folder }));
  const report = buildClassReport(games, lang);
  const text = options.export === 'html' ? classReportHtml(report) : classReportMarkdown(report);
  writeHandout(text, options.out, [], lang, io, (out) => t(lang, 'class.written', { file: out }));
}
