// The class debrief as Markdown, for the teacher to print, project or post.
import { t } from '../i18n/messages.js';
import type { ClassReport } from './class-report.js';
import { cardsTable, matchupsTable } from './class-report-tables.js';
import { histogramLines } from './class-stats.js';
import { aftermathSection, escapeMarkdown, questionsList } from './debrief-markdown.js';

function table(head: string[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  return [line(head), `|${head.map(() => '---').join('|')}|`, ...rows.map(line)];
}

function matchupsSection(r: ClassReport): string[] {
  const { head, rows } = matchupsTable(r);
  return [`## ${t(r.lang, 'class.section.matchups')}`, '', ...table(head, rows), ''];
}

function endingsSection(r: ClassReport): string[] {
  return [
    `## ${t(r.lang, 'class.section.endings')}`,
    '',
    ...r.endings.map((e) => `- ${escapeMarkdown(t(r.lang, 'class.count', { what: e.text, count: e.count }))}`),
    '',
  ];
}

function cardsSection(r: ClassReport): string[] {
  const l = r.lang;
  const lines = [`## ${t(l, 'class.section.cards')}`, ''];
  if (r.cards.length === 0) return [...lines, t(l, 'class.noCards'), ''];
  const { head, rows } = cardsTable(r);
  return [...lines, escapeMarkdown(t(l, 'class.cards.intro')), '', ...table(head, rows), ''];
}

function turningPointsSection(r: ClassReport): string[] {
  const items = r.turningPoints.map((p) => `- ${escapeMarkdown(t(r.lang, 'class.tp.line', { what: p.text, count: p.count, total: r.turningPointTotal }))}`);
  return [`## ${t(r.lang, 'class.section.turningPoints')}`, '', ...items, ''];
}

function spreadSection(r: ClassReport): string[] {
  return [`## ${t(r.lang, 'class.section.spread')}`, '', escapeMarkdown(r.spread.summary), '', '```', ...histogramLines(r.spread.bars), '```', ''];
}

function gamesSection(r: ClassReport): string[] {
  const l = r.lang;
  const head = [t(l, 'class.col.file'), t(l, 'class.col.matchup'), t(l, 'class.col.result'), t(l, 'class.col.finalLeadership')];
  return [
    `## ${t(l, 'class.section.games')}`,
    '',
    ...table(
      head,
      r.games.map((g) => [g.file, g.matchup, g.result, g.leadership]),
    ),
    '',
  ];
}

export function classReportMarkdown(r: ClassReport): string {
  const lines = [
    `# ${escapeMarkdown(r.heading)}`,
    '',
    escapeMarkdown(r.gamesLine),
    '',
    ...matchupsSection(r),
    ...endingsSection(r),
    ...cardsSection(r),
    ...turningPointsSection(r),
    ...spreadSection(r),
    ...aftermathSection(r.aftermath, r.lang, true),
    `## ${t(r.lang, 'class.section.questions')}`,
    '',
    ...questionsList(r.questions, r.lang, 'class.questions.games'),
    '',
    ...gamesSection(r),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
