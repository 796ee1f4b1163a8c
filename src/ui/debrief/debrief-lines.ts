// The debrief laid out as terminal lines: wrapped to the screen's width up front, so the
// screen can scroll by whole lines.
import { timelineByRound, type Debrief } from '../../classroom/debrief.js';
import { citationLines } from '../../classroom/bibliography.js';
import { dateText } from '../../i18n/dates.js';
import { t } from '../../i18n/messages.js';

export type LineStyle = 'title' | 'heading' | 'subheading' | 'text' | 'note';

export interface DebriefLine {
  text: string;
  style: LineStyle;
}

/** The words of a paragraph, French quotes and the punctuation that a space precedes in French
 * (« word », « : », « 15 % ») kept with their neighbour, so a line never starts with » or ends with «. */
function words(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const last = out.length - 1;
    if (last >= 0 && (/^[»:;!?%]+[,.;]*$/.test(word) || out[last] === '«')) out[last] = `${out[last]} ${word}`;
    else out.push(word);
  }
  return out;
}

/** Word-wraps one paragraph, keeping its leading spaces; continuation lines get `indent`. */
export function wrap(text: string, width: number, indent = ''): string[] {
  const lead = /^ */.exec(text)?.[0] ?? '';
  const lines: string[] = [];
  let line = '';
  for (const word of words(text)) {
    const candidate = line === '' ? `${lines.length === 0 ? lead : indent}${word}` : `${line} ${word}`;
    if (candidate.length > width && line !== '') {
      lines.push(line);
      line = `${indent}${word}`;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

export function debriefLines(d: Debrief, width: number): DebriefLine[] {
  const out: DebriefLine[] = [];
  const add = (text: string, style: LineStyle, indent = '') => {
    for (const line of wrap(text, width, indent)) out.push({ text: line, style });
  };
  const blank = () => out.push({ text: '', style: 'text' });
  const heading = (key: Parameters<typeof t>[1]) => {
    blank();
    out.push({ text: t(d.lang, key), style: 'heading' });
  };

  out.push({ text: d.heading, style: 'title' });
  add(d.resultDetail ? `${d.resultLine} ${d.resultDetail}` : d.resultLine, 'text');
  add(d.playersLine, 'note');

  heading('debrief.section.timeline');
  if (d.timeline.length === 0) add(t(d.lang, 'debrief.noPlays'), 'text');
  for (const { round, entries } of timelineByRound(d.timeline)) {
    out.push({ text: t(d.lang, 'debrief.round', { round }), style: 'subheading' });
    for (const { number, entry } of entries) {
      const facts = [
        entry.date ? t(d.lang, 'debrief.date', { date: dateText(d.lang, entry.date) }) : '',
        entry.firedNote ?? '',
        entry.firstTime ? '' : `(${t(d.lang, 'debrief.seeAbove')})`,
      ]
        .filter((s) => s !== '')
        .join(' · ');
      add(`${number}. ${entry.sentence}${facts ? ` — ${facts}` : ''}`, 'text', '   ');
      if (entry.firstTime && entry.history.trim() !== '') {
        add(`   ${entry.history}`, 'note', '   ');
        const cited = citationLines(d.lang, entry.sources);
        if (cited.length === 1) add(`   ${t(d.lang, 'debrief.source', { source: cited[0]! })}`, 'note', '   ');
        else if (cited.length > 1) {
          add(`   ${t(d.lang, 'debrief.sources')}`, 'note', '   ');
          for (const c of cited) add(`   - ${c}`, 'note', '     ');
        }
      }
    }
  }

  heading('debrief.section.turningPoints');
  if (d.turningPoints.length === 0) add(t(d.lang, 'debrief.noTurningPoints'), 'text');
  d.turningPoints.forEach((p, i) => add(`${i + 1}. ${t(d.lang, 'debrief.turningPoint', { what: p.sentence, change: p.change })}`, 'text', '   '));

  heading('debrief.section.leadership');
  add(d.leadership.map((p) => `${p.label}: ${p.text}`).join(' · '), 'text');

  heading('debrief.section.aftermath');
  add(t(d.lang, 'debrief.aftermath.intro'), 'text');
  for (const e of d.aftermath) add(`- ${e.dateText} — ${e.text}`, 'text', '  ');

  heading('debrief.section.questions');
  d.questions.forEach((q, i) => {
    add(`${i + 1}. ${q.title ? `${q.title}. ` : ''}${q.text}${q.cardTitle ? ` (${q.cardTitle})` : ''}`, 'text', '   ');
    if (q.note) add(`   ${q.note}`, 'note', '   ');
  });

  if (d.sources.length > 0) {
    heading('debrief.section.sources');
    for (const s of d.sources) {
      const cited = citationLines(d.lang, s.sources);
      const date = dateText(d.lang, s.date);
      if (cited.length === 1) add(`- ${t(d.lang, 'debrief.sourceLine', { date, title: s.title, source: cited[0]! })}`, 'note', '  ');
      else {
        add(`- ${t(d.lang, 'debrief.sourcesLine', { date, title: s.title })}`, 'note', '  ');
        for (const c of cited) add(`  - ${c}`, 'note', '    ');
      }
    }
  }
  return out;
}
