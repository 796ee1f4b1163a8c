// The sources of a set of decks as a Markdown page: cards/SOURCES.md for the shipped decks,
// or a designer's own list for theirs.
import type { Deck } from '../decks/types.js';
import { t } from '../i18n/messages.js';
import type { Lang } from '../i18n/lang.js';
import { dateText } from '../i18n/dates.js';
import { ARTICLE_WORK, citesArticle, sourceText, deckBibliography, type BibliographyEntry, type DeckBibliography } from './bibliography.js';
import { escapeMarkdown, sourceMarkdown } from './debrief-markdown.js';

function citedBy(lang: Lang, titles: readonly string[]): string {
  return t(lang, 'sources.citedBy', { titles: titles.map((title) => `*${escapeMarkdown(title)}*`).join(', ') });
}

function entryLines(entry: BibliographyEntry, lang: Lang): string[] {
  const head = `- ${escapeMarkdown(dateText(lang, entry.date))} — ${sourceMarkdown(sourceText(lang, entry.source))}`;
  const lines = [entry.cards.length > 0 ? `${head} — ${citedBy(lang, entry.cards)}` : head];
  for (const { place, cards } of entry.places) lines.push(`  - ${sourceMarkdown(sourceText(lang, place))} — ${citedBy(lang, cards)}`);
  return lines;
}

function deckLines(b: DeckBibliography, lang: Lang): string[] {
  const lines = [`## ${escapeMarkdown(t(lang, 'sources.deck', { name: b.name, id: b.id, count: b.cardCount }))}`, ''];
  if (b.entries.length === 0) return [...lines, t(lang, 'sources.noSource'), ''];
  return [...lines, ...b.entries.flatMap((entry) => entryLines(entry, lang)), ''];
}

export function sourcesMarkdown(decks: readonly Deck[], lang: Lang): string {
  const bibliographies = decks.map((deck) => deckBibliography(deck, lang));
  const lines = [`# ${t(lang, 'sources.heading')}`, '', t(lang, 'sources.intro'), ''];
  // The note explains the article's citations, so it comes only with decks that cite it.
  if (citesArticle(bibliographies)) {
    lines.push(`## ${t(lang, 'sources.article.heading')}`, '', t(lang, 'sources.article.body', { work: escapeMarkdown(sourceText(lang, ARTICLE_WORK)) }), '');
  }
  lines.push(...bibliographies.flatMap((b) => deckLines(b, lang)));
  return `${lines.join('\n').trimEnd()}\n`;
}
