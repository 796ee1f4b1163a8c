// The engine's fixture deck with what a classroom deck adds: bilingual history notes, dates,
// sources and, on some cards, a discussion question. The rules fields are untouched, so a
// game dealt with it plays exactly as with FIXTURE_CARDS.
import type { CardDef } from '../../src/decks/types.js';
import { FIXTURE_CARDS } from '../engine/fixture-deck.js';

/** Cards carrying a question for the debrief. */
export const QUESTION_CARDS = ['us-vp', 'china-vp', 'us-place', 'china-place', 'sig-washington', 'sig-huawei', 'us-clock', 'china-draw'];

function classroomCard(card: CardDef, i: number): CardDef {
  const month = String((i % 12) + 1).padStart(2, '0');
  return {
    ...card,
    title: { en: `Card ${card.id}`, fr: `Carte ${card.id}` },
    history: { en: `What happened for ${card.id}.`, fr: `Ce qui s’est passé pour ${card.id}.` },
    date: `${2022 + (i % 3)}-${month}`,
    source: `https://example.org/history/${card.id}`,
    ...(QUESTION_CARDS.includes(card.id) ? { question: { en: `Why did ${card.id} matter?`, fr: `Pourquoi ${card.id} a-t-elle compté ?` } } : {}),
  };
}

export const CLASSROOM_CARDS: CardDef[] = FIXTURE_CARDS.map(classroomCard);
export const CLASSROOM_DECKS = [{ id: 'fixture', hash: 'fixture' }];
