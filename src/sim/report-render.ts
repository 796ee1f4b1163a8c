// The balance report as terminal text and as Markdown, both from reportSections.
import type { SimReport } from './aggregate.js';
import type { Section, Table } from './report-sections.js';
import { reportSections } from './report-sections.js';

/** Characters on screen: every character the report uses is one column wide. */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number, align: string): string {
  const gap = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'r' ? gap + text : text + gap;
}

function textTable(t: Table): string[] {
  const sizes = t.head.map((h, i) => Math.max(width(h), ...t.rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) => `  ${cells.map((c, i) => pad(c, sizes[i] ?? 0, t.align[i] ?? 'l')).join('  ')}`.trimEnd();
  return [line(t.head), `  ${sizes.map((s) => '─'.repeat(s)).join('  ')}`, ...t.rows.map(line)];
}

function wrap(text: string, columns: number, indent: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current !== '' && width(current) + 1 + width(word) > columns - indent.length) {
      out.push(indent + current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') out.push(indent + current);
  return out;
}

export function renderText(report: SimReport): string {
  const out: string[] = [];
  for (const [i, s] of reportSections(report).entries()) {
    out.push(i === 0 ? s.title.toUpperCase() : s.title, i === 0 ? '═'.repeat(width(s.title)) : '─'.repeat(width(s.title)));
    for (const line of s.lines ?? []) out.push(`  ${line}`);
    if (s.table) out.push(...textTable(s.table));
    for (const line of s.chart ?? []) out.push(`  ${line}`);
    for (const note of s.notes ?? []) out.push(...wrap(note, 100, '  · ').map((l, j) => (j === 0 ? l : `    ${l.slice(4)}`)));
    out.push('');
  }
  return out.join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function markdownTable(t: Table): string[] {
  const rule = [...t.align].map((a) => (a === 'r' ? '---:' : ':---'));
  return [`| ${t.head.map(cell).join(' | ')} |`, `| ${rule.join(' | ')} |`, ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

function markdownSection(s: Section, first: boolean): string[] {
  const out = [`${first ? '#' : '##'} ${s.title}`, ''];
  if (s.lines) out.push(...s.lines.map((l) => `- ${l.replace(/^ +/, '')}`), '');
  if (s.table) out.push(...markdownTable(s.table), '');
  if (s.chart && s.chart.length > 0) out.push('```text', ...s.chart, '```', '');
  if (s.notes) out.push(...s.notes.map((n) => `> ${n}`).flatMap((n, i) => (i === 0 ? [n] : ['>', n])), '');
  return out;
}

export function renderMarkdown(report: SimReport): string {
  return reportSections(report)
    .flatMap((s, i) => markdownSection(s, i === 0))
    .join('\n');
}
