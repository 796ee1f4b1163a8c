// The debrief as a printable HTML page (html-page.ts): the same sections as the Markdown handout
// (debrief-markdown.ts), the whole debrief or the one-page handout of a game.
import { dateText } from '../i18n/dates.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import type { MessageKey } from '../i18n/messages.js';
import { citationLines } from './bibliography.js';
import { timelineByRound, type AftermathEvent, type Debrief, type DebriefQuestion, type TimelineEntry } from './debrief.js';
import type { DebriefLayout } from './debrief-markdown.js';
import { escapeHtml, htmlPage, sourceHtml } from './html-page.js';

const h2 = (text: string) => `<h2>${escapeHtml(text)}</h2>`;

/** One citation after its label on one line; several under the label, one a line. */
function sourcesHtml(lang: Lang, cited: readonly string[], one: 'debrief.source', many: 'debrief.sources'): string {
  if (cited.length === 0) return '';
  if (cited.length === 1) return `<p class="source">${escapeHtml(t(lang, one, { source: '\u0000' })).replace('\u0000', sourceHtml(cited[0]!))}</p>`;
  return `<p class="source">${escapeHtml(t(lang, many))}</p><ul class="source">${cited.map((c) => `<li>${sourceHtml(c)}</li>`).join('')}</ul>`;
}

function timelineItem(entry: TimelineEntry, lang: Lang): string {
  const facts = [
    entry.date ? t(lang, 'debrief.date', { date: dateText(lang, entry.date) }) : '',
    entry.firedNote ?? '',
    entry.firstTime ? '' : `(${t(lang, 'debrief.seeAbove')})`,
  ]
    .filter((s) => s !== '')
    .join(' · ');
  let html = `<li><strong>${escapeHtml(entry.sentence)}</strong>${facts ? ` — ${escapeHtml(facts)}` : ''}`;
  if (entry.firstTime && entry.history.trim() !== '') {
    const source = sourcesHtml(lang, citationLines(lang, entry.sources), 'debrief.source', 'debrief.sources');
    html += `<blockquote><p>${escapeHtml(entry.history.trim())}</p>${source}</blockquote>`;
  }
  return `${html}</li>`;
}

function timelineSection(d: Debrief): string[] {
  const out = [h2(t(d.lang, 'debrief.section.timeline'))];
  if (d.timeline.length === 0) return [...out, `<p>${escapeHtml(t(d.lang, 'debrief.noPlays'))}</p>`];
  for (const { round, entries } of timelineByRound(d.timeline)) {
    out.push(`<h3>${escapeHtml(t(d.lang, 'debrief.round', { round }))}</h3>`, '<ol>', ...entries.map(({ entry }) => timelineItem(entry, d.lang)), '</ol>');
  }
  return out;
}

function turningPointsSection(d: Debrief): string[] {
  const out = [h2(t(d.lang, 'debrief.section.turningPoints'))];
  if (d.turningPoints.length === 0) return [...out, `<p>${escapeHtml(t(d.lang, 'debrief.noTurningPoints'))}</p>`];
  const items = d.turningPoints.map(
    (p) =>
      `<li>${escapeHtml(t(d.lang, 'debrief.turningPoint', { what: p.sentence, change: '\u0000' })).replace('\u0000', `<strong>${escapeHtml(p.change)}</strong>`)}</li>`,
  );
  return [...out, '<ol>', ...items, '</ol>'];
}

function leadershipSection(d: Debrief): string[] {
  const row = (cells: string[], tag: 'th' | 'td') => `<tr>${cells.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
  return [
    h2(t(d.lang, 'debrief.section.leadership')),
    '<table>',
    row(
      d.leadership.map((p) => p.label),
      'th',
    ),
    row(
      d.leadership.map((p) => p.text),
      'td',
    ),
    '</table>',
  ];
}

/** The questions, numbered through: the core ones under their titles, then the game's own. */
export function questionsHtml(questions: readonly DebriefQuestion[], lang: Lang, gameHeading: MessageKey): string[] {
  const out: string[] = [];
  let group: 'core' | 'game' | null = null;
  let number = 0;
  for (const q of questions) {
    const wanted: 'core' | 'game' | null = q.kind === 'core' ? 'core' : q.kind === 'reflect' ? group : 'game';
    if (wanted !== group && wanted !== null) {
      if (group !== null) out.push('</ol>');
      out.push(`<p class="group">${escapeHtml(t(lang, wanted === 'core' ? 'debrief.questions.core' : gameHeading))}</p>`, `<ol start="${number + 1}">`);
      group = wanted;
    }
    number += 1;
    const title = q.title ? `<strong>${escapeHtml(q.title)}.</strong> ` : '';
    const card = q.cardTitle ? ` (<em>${escapeHtml(q.cardTitle)}</em>)` : '';
    const note = q.note ? `<br><span class="note"><em>${escapeHtml(q.note)}</em></span>` : '';
    out.push(`<li>${title}${escapeHtml(q.text)}${card}${note}</li>`);
  }
  if (group !== null) out.push('</ol>');
  return out;
}

/** What happened after the article; the handout leaves out the sources to fit one page. */
export function aftermathHtml(events: readonly AftermathEvent[], lang: Lang, withSources: boolean): string[] {
  const items = events.map(
    (e) =>
      `<li><strong>${escapeHtml(e.dateText)}</strong> — ${escapeHtml(e.text)}${withSources ? ` <span class="source">(${escapeHtml(e.source)})</span>` : ''}</li>`,
  );
  return [h2(t(lang, 'debrief.section.aftermath')), `<p>${escapeHtml(t(lang, 'debrief.aftermath.intro'))}</p>`, '<ul class="aftermath">', ...items, '</ul>'];
}

function sourcesSection(d: Debrief): string[] {
  if (d.sources.length === 0) return [];
  const items = d.sources.map((s) => {
    const cited = citationLines(d.lang, s.sources);
    const date = dateText(d.lang, s.date);
    const title = `<em>${escapeHtml(s.title)}</em>`;
    if (cited.length === 1) {
      const line = escapeHtml(t(d.lang, 'debrief.sourceLine', { date, title: '\u0001', source: '\u0000' }));
      return `<li>${line.replace('\u0001', title).replace('\u0000', sourceHtml(cited[0]!))}</li>`;
    }
    const head = escapeHtml(t(d.lang, 'debrief.sourcesLine', { date, title: '\u0001' })).replace('\u0001', title);
    return `<li>${head}<ul>${cited.map((c) => `<li>${sourceHtml(c)}</li>`).join('')}</ul></li>`;
  });
  return [h2(t(d.lang, 'debrief.section.sources')), '<ul>', ...items, '</ul>'];
}

export function debriefHtml(d: Debrief, layout: DebriefLayout = {}): string {
  const questions = [h2(t(d.lang, 'debrief.section.questions')), ...questionsHtml(d.questions, d.lang, 'debrief.questions.game')];
  const head = [
    `<h1>${escapeHtml(d.heading)}</h1>`,
    `<p><span class="result">${escapeHtml(d.resultLine)}</span>${d.resultDetail ? ` ${escapeHtml(d.resultDetail)}` : ''}</p>`,
    `<p>${escapeHtml(d.playersLine)}</p>`,
  ];
  const body = layout.handout
    ? [
        `<p class="names">${escapeHtml(t(d.lang, 'debrief.handout.names'))}</p>`,
        ...turningPointsSection(d),
        ...aftermathHtml(d.aftermath, d.lang, false),
        ...questions,
      ]
    : [
        ...timelineSection(d),
        ...turningPointsSection(d),
        ...leadershipSection(d),
        ...aftermathHtml(d.aftermath, d.lang, true),
        ...questions,
        ...sourcesSection(d),
      ];
  return htmlPage(d.lang, d.heading, [...head, ...body].join('\n'), { handout: layout.handout === true });
}
