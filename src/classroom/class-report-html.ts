// The class debrief as a printable HTML page (html-page.ts), the same sections as the Markdown.
import { t } from '../i18n/messages.js';
import type { ClassReport } from './class-report.js';
import { cardsTable, matchupsTable } from './class-report-tables.js';
import { histogramLines } from './class-stats.js';
import { aftermathHtml, questionsHtml } from './debrief-html.js';
import { escapeHtml, htmlPage } from './html-page.js';

const h2 = (text: string) => `<h2>${escapeHtml(text)}</h2>`;

/** A table; columns in `numeric` are aligned right. */
function table(head: string[], rows: string[][], numeric: ReadonlySet<number> = new Set()): string[] {
  const cell = (text: string, i: number) => `<td${numeric.has(i) ? ' class="number"' : ''}>${escapeHtml(text)}</td>`;
  return ['<table>', `<tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`, ...rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`), '</table>'];
}

function matchupsSection(r: ClassReport): string[] {
  const { head, rows, numeric } = matchupsTable(r);
  return [h2(t(r.lang, 'class.section.matchups')), ...table(head, rows, numeric)];
}

function cardsSection(r: ClassReport): string[] {
  const l = r.lang;
  if (r.cards.length === 0) return [h2(t(l, 'class.section.cards')), `<p>${escapeHtml(t(l, 'class.noCards'))}</p>`];
  const { head, rows, numeric } = cardsTable(r);
  return [h2(t(l, 'class.section.cards')), `<p>${escapeHtml(t(l, 'class.cards.intro'))}</p>`, ...table(head, rows, numeric)];
}

function list(items: string[]): string[] {
  return ['<ul>', ...items.map((i) => `<li>${escapeHtml(i)}</li>`), '</ul>'];
}

export function classReportHtml(r: ClassReport): string {
  const l = r.lang;
  const body = [
    `<h1>${escapeHtml(r.heading)}</h1>`,
    `<p>${escapeHtml(r.gamesLine)}</p>`,
    ...matchupsSection(r),
    h2(t(l, 'class.section.endings')),
    ...list(r.endings.map((e) => t(l, 'class.count', { what: e.text, count: e.count }))),
    ...cardsSection(r),
    h2(t(l, 'class.section.turningPoints')),
    ...list(r.turningPoints.map((p) => t(l, 'class.tp.line', { what: p.text, count: p.count, total: r.turningPointTotal }))),
    h2(t(l, 'class.section.spread')),
    `<p>${escapeHtml(r.spread.summary)}</p>`,
    `<pre>${escapeHtml(histogramLines(r.spread.bars).join('\n'))}</pre>`,
    ...aftermathHtml(r.aftermath, l, true),
    h2(t(l, 'class.section.questions')),
    ...questionsHtml(r.questions, l, 'class.questions.games'),
    h2(t(l, 'class.section.games')),
    ...table(
      [t(l, 'class.col.file'), t(l, 'class.col.matchup'), t(l, 'class.col.result'), t(l, 'class.col.finalLeadership')],
      r.games.map((g) => [g.file, g.matchup, g.result, g.leadership]),
    ),
  ];
  return htmlPage(l, r.heading, body.join('\n'));
}
