// The debrief as a Markdown handout a teacher can print or share: the whole debrief, or the
// one-page handout of a game.
import { dateText } from '../i18n/dates.js';
import { citationLines } from './bibliography.js';
import { t } from '../i18n/messages.js';
import type { Lang } from '../i18n/lang.js';
import type { MessageKey } from '../i18n/messages.js';
import { timelineByRound, type AftermathEvent, type Debrief, type DebriefQuestion, type TimelineEntry } from './debrief.js';

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
  const facts = [
    entry.date ? t(lang, 'debrief.date', { date: dateText(lang, entry.date) }) : '',
    entry.firedNote ?? '',
    entry.firstTime ? '' : `(${t(lang, 'debrief.seeAbove')})`,
  ]
    .filter((s) => s !== '')
    .map(escapeMarkdown)
    .join(' · ');
  const lines = [`${number}. **${escapeMarkdown(entry.sentence)}**${facts ? ` — ${facts}` : ''}`];
  if (entry.firstTime && entry.history.trim() !== '') {
    // Indented under the item's text ("10. " takes four columns), or renderers end the list.
    const indent = ' '.repeat(`${number}. `.length);
    lines.push(...quote(entry.history, indent));
    const cited = citationLines(lang, entry.sources).map(sourceMarkdown);
    if (cited.length === 1) lines.push(`${indent}>`, `${indent}> ${t(lang, 'debrief.source', { source: cited[0]! })}`);
    else if (cited.length > 1) lines.push(`${indent}>`, `${indent}> ${t(lang, 'debrief.sources')}`, ...cited.map((c) => `${indent}> - ${c}`));
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

/** The questions as a numbered list: the core ones under their titles, then the game's own. */
export function questionsList(questions: readonly DebriefQuestion[], lang: Lang, gameHeading: MessageKey): string[] {
  const lines: string[] = [];
  let number = 0;
  let group: 'core' | 'game' | null = null;
  for (const q of questions) {
    const wanted: 'core' | 'game' | null = q.kind === 'core' ? 'core' : q.kind === 'reflect' ? group : 'game';
    if (wanted !== group && wanted !== null) {
      if (lines.length > 0) lines.push('');
      lines.push(`**${escapeMarkdown(t(lang, wanted === 'core' ? 'debrief.questions.core' : gameHeading))}**`, '');
      group = wanted;
    }
    number += 1;
    const title = q.title ? `**${escapeMarkdown(q.title)}.** ` : '';
    const card = q.cardTitle ? ` (*${escapeMarkdown(q.cardTitle)}*)` : '';
    lines.push(`${number}. ${title}${escapeMarkdown(q.text)}${card}`);
    if (q.note) lines.push(`   *${escapeMarkdown(q.note)}*`);
  }
  return lines;
}

function questionsSection(d: Debrief): string[] {
  return [`## ${t(d.lang, 'debrief.section.questions')}`, '', ...questionsList(d.questions, d.lang, 'debrief.questions.game'), ''];
}

/** What happened after the article; the handout leaves out the sources to fit one page. */
export function aftermathSection(events: readonly AftermathEvent[], lang: Lang, withSources: boolean): string[] {
  return [
    `## ${t(lang, 'debrief.section.aftermath')}`,
    '',
    escapeMarkdown(t(lang, 'debrief.aftermath.intro')),
    '',
    ...events.map((e) => `- **${escapeMarkdown(e.dateText)}** — ${escapeMarkdown(e.text)}${withSources ? ` *(${escapeMarkdown(e.source)})*` : ''}`),
    '',
  ];
}

function sourcesSection(d: Debrief): string[] {
  if (d.sources.length === 0) return [];
  return [
    `## ${t(d.lang, 'debrief.section.sources')}`,
    '',
    ...d.sources.flatMap((s) => {
      const date = escapeMarkdown(dateText(d.lang, s.date));
      const title = `*${escapeMarkdown(s.title)}*`;
      const cited = citationLines(d.lang, s.sources).map(sourceMarkdown);
      if (cited.length === 1) return [`- ${t(d.lang, 'debrief.sourceLine', { date, title, source: cited[0]! })}`];
      return [`- ${t(d.lang, 'debrief.sourcesLine', { date, title })}`, ...cited.map((c) => `  - ${c}`)];
    }),
    '',
  ];
}

export interface DebriefLayout {
  /** The one-page handout: result, turning points, what happened next, questions. */
  handout?: boolean;
}

export function debriefMarkdown(d: Debrief, layout: DebriefLayout = {}): string {
  const head = [
    `# ${escapeMarkdown(d.heading)}`,
    '',
    `**${escapeMarkdown(d.resultLine)}**${d.resultDetail ? ` ${escapeMarkdown(d.resultDetail)}` : ''}`,
    '',
    escapeMarkdown(d.playersLine),
    '',
  ];
  // The names line is our own words, not data: its blanks stay as they are (a run of _ between spaces is text).
  const body = layout.handout
    ? [t(d.lang, 'debrief.handout.names'), '', ...turningPointsSection(d), ...aftermathSection(d.aftermath, d.lang, false), ...questionsSection(d)]
    : [
        ...timelineSection(d),
        ...turningPointsSection(d),
        ...leadershipSection(d),
        ...aftermathSection(d.aftermath, d.lang, true),
        ...questionsSection(d),
        ...sourcesSection(d),
      ];
  return `${[...head, ...body].join('\n').trimEnd()}\n`;
}
