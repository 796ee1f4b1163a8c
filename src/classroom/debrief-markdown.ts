// The debrief as a Markdown handout a teacher can print or share.
import { dateText } from '../i18n/dates.js';
import { sourceText } from './bibliography.js';
import { t } from '../i18n/messages.js';
import { timelineByRound, type Debrief, type TimelineEntry } from './debrief.js';

/** Card and note texts are data: characters Markdown would read as formatting are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

const URL = /^https?:\/\/\S+$/;

/** A source may mix words and addresses: addresses become links, the rest is escaped. */
export function sourceMarkdown(source: string): string {
  return source
    .split(/(\s+)/)
    .map((part) => (URL.test(part) ? `<${part.replace(/[.,;)]+$/, '')}>${part.match(/[.,;)]+$/)?.[0] ?? ''}` : escapeMarkdown(part)))
    .join('');
}

function quote(text: string, indent: string): string[] {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => `${indent}> ${escapeMarkdown(line)}`.trimEnd());
}

function timelineItem(entry: TimelineEntry, number: number, d: Debrief): string[] {
  const lang = d.lang;
  const facts = [entry.date ? t(lang, 'debrief.date', { date: dateText(lang, entry.date) }) : '', entry.firedNote ?? '', entry.firstTime ? '' : `(${t(lang, 'debrief.seeAbove')})`]
    .filter((s) => s !== '')
    .map(escapeMarkdown)
    .join(' · ');
  const lines = [`${number}. **${escapeMarkdown(entry.sentence)}**${facts ? ` — ${facts}` : ''}`];
  if (entry.firstTime && entry.history.trim() !== '') {
    lines.push(...quote(entry.history, '   '));
    if (entry.source.trim() !== '') lines.push('   >', `   > ${t(lang, 'debrief.source', { source: sourceMarkdown(sourceText(lang, entry.source.trim())) })}`);
  }
  return lines;
}

function timelineSection(d: Debrief): string[] {
  const lines = [`## ${t(d.lang, 'debrief.section.timeline')}`, ''];
  if (d.timeline.length === 0) return [...lines, t(d.lang, 'debrief.noPlays'), ''];
  for (const { round, entries } of timelineByRound(d.timeline)) {
    lines.push(`### ${t(d.lang, 'debrief.round', { round })}`, '');
    for (const { number, entry } of entries) lines.push(...timelineItem(entry, number, d), '');
  }
  return lines;
}

function turningPointsSection(d: Debrief): string[] {
  const lines = [`## ${t(d.lang, 'debrief.section.turningPoints')}`, ''];
  if (d.turningPoints.length === 0) return [...lines, t(d.lang, 'debrief.noTurningPoints'), ''];
  d.turningPoints.forEach((p, i) => {
    lines.push(`${i + 1}. ${t(d.lang, 'debrief.turningPoint', { what: escapeMarkdown(p.sentence), change: `**${escapeMarkdown(p.change)}**` })}`);
  });
  return [...lines, ''];
}

function leadershipSection(d: Debrief): string[] {
  return [
    `## ${t(d.lang, 'debrief.section.leadership')}`,
    '',
    `| ${d.leadership.map((p) => escapeMarkdown(p.label)).join(' | ')} |`,
    `|${d.leadership.map(() => '---').join('|')}|`,
    `| ${d.leadership.map((p) => escapeMarkdown(p.text)).join(' | ')} |`,
    '',
  ];
}

function questionsSection(d: Debrief): string[] {
  const lines = [`## ${t(d.lang, 'debrief.section.questions')}`, ''];
  d.questions.forEach((q, i) => {
    lines.push(`${i + 1}. ${escapeMarkdown(q.text)}${q.cardTitle ? ` (*${escapeMarkdown(q.cardTitle)}*)` : ''}`);
  });
  return [...lines, ''];
}

function sourcesSection(d: Debrief): string[] {
  if (d.sources.length === 0) return [];
  return [
    `## ${t(d.lang, 'debrief.section.sources')}`,
    '',
    ...d.sources.map((s) => `- ${t(d.lang, 'debrief.sourceLine', { date: escapeMarkdown(dateText(d.lang, s.date)), title: `*${escapeMarkdown(s.title)}*`, source: sourceMarkdown(sourceText(d.lang, s.source)) })}`),
    '',
  ];
}

export function debriefMarkdown(d: Debrief): string {
  const lines = [
    `# ${escapeMarkdown(d.heading)}`,
    '',
    `**${escapeMarkdown(d.resultLine)}**${d.resultDetail ? ` ${escapeMarkdown(d.resultDetail)}` : ''}`,
    '',
    escapeMarkdown(d.playersLine),
    '',
    ...timelineSection(d),
    ...turningPointsSection(d),
    ...leadershipSection(d),
    ...questionsSection(d),
    ...sourcesSection(d),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
