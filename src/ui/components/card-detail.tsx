// A card in full: title, Ops, side, era, its text, what it can do right now, and the history
// behind it (note, date, source). On a small screen the text comes first and the history gets
// what room is left; a large screen shows everything.
import { citationLines } from '../../classroom/bibliography.js';
import { cardCitations } from '../../decks/citations.js';
import type { CardDef, Persona } from '../../decks/types.js';
import { dateText } from '../../i18n/dates.js';
import { localText, type Lang } from '../../i18n/lang.js';
import type { MessageKey } from '../../i18n/messages.js';
import { clampLines, wrap } from '../terminal/text.js';
import type { Translate } from '../ui-context.js';
import { seg, type Row } from './rows.js';

export interface DetailContext {
  t: Translate;
  lang: Lang;
}

function personaList(t: Translate, personas: readonly Persona[]): string {
  return personas.map((p) => t(`persona.${p}` as MessageKey)).join(', ');
}

/** The rows of a card's detail panel; `uses` says what the card can do now (null: not the player's
 * turn). `more`, when given, ends the era line if anything had to be left out (the key to read it all). */
export function cardDetailRows(
  { t, lang }: DetailContext,
  card: CardDef | null,
  width: number,
  height: number,
  uses: string | null,
  cancelled = false,
  more?: string,
): Row[] {
  if (!card) return [[seg(t('detail.none'), { dim: true })]];
  const side = card.side === 'neutral' ? null : card.side;
  const title: Row = [
    seg(`${t(`side.letter.${card.side}`)} `, { tone: card.side, bold: true, inverse: true }),
    seg(` ${localText(card.title, lang)}`, { bold: true, tone: side }),
    seg(`  ${card.ops === 1 ? t('detail.ops.one') : t('detail.ops', { ops: card.ops })} · ${t('detail.sideCard', { side: t(`side.adj.${card.side}`) })}`, {
      dim: true,
    }),
  ];
  const meta = [t('detail.era', { era: card.era, name: t(`era.${card.era}` as MessageKey) }), dateText(lang, card.date)].join(' · ');
  const notes: string[] = [];
  if (card.scoring) notes.push(t('detail.scoring', { region: t(`region.${card.scoring}`) }));
  if (card.signature) notes.push(t('detail.signature', { persona: t(`persona.${card.signature}` as MessageKey) }));
  if (card.passes) notes.push(t('detail.passes'));
  if (card.removeAfterEvent) notes.push(t('detail.removed'));
  if (cancelled) notes.push(t('detail.cancelled'));
  const text = wrap(localText(card.text, lang), width);
  const usesRows: Row[] = uses === null ? [] : wrap(uses, width).map((line) => [seg(line, { tone: 'accent', bold: true })]);
  const extra: Row[] = [];
  const push = (lines: string[], style: Parameters<typeof seg>[1] = {}) => lines.forEach((line) => extra.push([seg(line, style)]));
  if (card.favours?.length) push(wrap(t('detail.favours', { personas: personaList(t, card.favours) }), width), { tone: 'good' });
  if (card.hurts?.length) push(wrap(t('detail.hurts', { personas: personaList(t, card.hurts) }), width), { tone: 'bad' });
  push(wrap(localText(card.history, lang), width), { dim: true });
  const cited = citationLines(lang, cardCitations(card));
  if (cited.length === 1) push(wrap(t('detail.source', { source: cited[0]! }), width), { dim: true });
  else if (cited.length > 1) {
    push([t('detail.sources')], { dim: true });
    for (const c of cited)
      push(
        wrap(`- ${c}`, width - 2).map((line, i) => (i === 0 ? line : `  ${line}`)),
        { dim: true },
      );
  }
  if (card.question) push(wrap(t('detail.question', { question: localText(card.question, lang) }), width), { dim: true });

  const metaRow: Row = [seg(meta, { dim: true })];
  const head: Row[] = [title, metaRow, ...notes.map((n): Row => [seg(n, { tone: 'accent' })])];
  const roomForText = Math.max(1, height - head.length - usesRows.length);
  const textRows = clampLines(text, roomForText, width).map((line): Row => [seg(line)]);
  const rows = [...head, ...textRows, ...usesRows];
  if (rows.length < height) rows.push(...extra.slice(0, height - rows.length));
  const whole = head.length + text.length + usesRows.length + extra.length;
  if (more && whole > Math.min(rows.length, height)) metaRow.push(seg(`  ${more}`, { tone: 'accent', bold: true }));
  return rows.slice(0, height);
}
