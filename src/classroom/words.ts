// The debrief's own phrases: a play as the heading of a timeline entry ("China played Ascend
// 910B for its event"), whose event it was, and for whom it fired. The nouns (cards, sides,
// personas, regions) and the log's sentences are the game's: src/i18n/game-words.ts and
// src/i18n/log-words.ts.
import type { Side } from '../decks/types.js';
import type { LogEntry } from '../engine/index.js';
import { cardTitle, trackName, type CardTitles } from '../i18n/game-words.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';

/** The card catalogue the classroom reads titles, dates and questions from. */
export type Catalog = CardTitles;

/** "for the US" / "for China". */
export function forSide(lang: Lang, side: Side): string {
  return t(lang, `classroom.forSide.${side}`);
}

/** "the US event" / "the Chinese event". */
export function sideEvent(lang: Lang, side: Side): string {
  return t(lang, `classroom.sideEvent.${side}`);
}

/** A play as one clause, in the past: "China played Ascend 910B for its event". */
export function describePlay(entry: Extract<LogEntry, { type: 'play' }>, cards: Catalog, lang: Lang): string {
  const params = {
    sidePlays: t(lang, `classroom.plays.${entry.side}`),
    sideHeadlines: t(lang, `classroom.headlines.${entry.side}`),
    card: cardTitle({ cards, lang }, entry.card),
    ops: `${entry.ops} Op${entry.ops === 1 ? '' : 's'}`,
  };
  if (entry.use === 'race') {
    return t(lang, 'classroom.log.play.race', { ...params, track: trackName(lang, entry.side === 'us' ? 'lockIn' : 'stack') });
  }
  return t(lang, `classroom.log.play.${entry.use}`, params);
}
