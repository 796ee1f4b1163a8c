// The questions of a debrief. Every game, and the class as a whole, discusses the same three
// core questions, the threads of the article the game starts from: the H20 dilemma, the
// technological trap and the bargaining chips. Each is tied to the cards that tell its story, so
// a debrief can say which of them the pair played. Then one or two questions come from the cards
// that swung that game, and a last one compares the game with what really happened.
import type { CardDef, CardId } from '../decks/types.js';
import { cardTitle } from '../i18n/game-words.js';
import { localText } from '../i18n/lang.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import type { MessageKey } from '../i18n/messages.js';
import type { Catalog } from './words.js';

export type CoreTheme = 'h20' | 'trap' | 'chips';

export interface CoreQuestion {
  theme: CoreTheme;
  /** The cards of the base deck that tell this part of the story. */
  cards: readonly CardId[];
}

export const CORE_QUESTIONS: readonly CoreQuestion[] = [
  { theme: 'h20', cards: ['h20-licence-requirement', 'h20-export-licence', 'revenue-share-deal', 'shareholder-pressure', 'republican-hawks-object'] },
  { theme: 'trap', cards: ['technological-trap', 'poisoned-gift', 'cuda-platform', 'buy-domestic-guidance', 'self-sufficiency-drive'] },
  { theme: 'chips', cards: ['rare-earth-leverage', 'rare-earths-for-eased-controls', 'trade-truce', 'boeing-deliveries-resume', 'eda-export-curbs'] },
];

/** Cards whose own question a core question already asks: a game's questions come from others. */
const CORE_CARDS: ReadonlySet<CardId> = new Set(CORE_QUESTIONS.flatMap((q) => q.cards));

/** At most this many questions come from the cards that swung a game. */
export const CARD_QUESTIONS = 2;

export interface DebriefQuestion {
  /** core: asked of every game; card: a card that swung the game; general: when no card has one;
   * reflect: the game against history. */
  kind: 'core' | 'card' | 'general' | 'reflect';
  /** A core question's theme, as a short title: "The H20 dilemma". */
  title?: string;
  text: string;
  /** A core question's link to the game: "In your game: H20 Export Licence (round 2)." */
  note?: string;
  /** The card a card question comes from. */
  card?: CardId;
  cardTitle?: string;
}

/** How much a card mattered in one game, or across the class's games. */
export interface CardWeight {
  card: CardId;
  /** Leadership it moved, in absolute value. */
  swing: number;
  /** Its first appearance (a position in the game, or a rank across games), to break ties. */
  first: number;
}

/** The three core questions; `note` links each to a game or to the class's games. */
export function coreQuestions(lang: Lang, note: (question: CoreQuestion) => string | undefined): DebriefQuestion[] {
  return CORE_QUESTIONS.map((q) => {
    const question: DebriefQuestion = { kind: 'core', title: t(lang, `debrief.core.${q.theme}.title`), text: t(lang, `debrief.core.${q.theme}`) };
    const said = note(q);
    if (said !== undefined) question.note = said;
    return question;
  });
}

/** The note of a core question in one game: its cards played there (with their round), else its cards. */
export function inYourGame(question: CoreQuestion, played: readonly { card: CardId; round: number }[], cards: Catalog, lang: Lang): string | undefined {
  const words = { cards, lang };
  const seen = new Set<CardId>();
  const ours = played.filter((p) => question.cards.includes(p.card) && !seen.has(p.card) && seen.add(p.card));
  if (ours.length > 0) {
    return t(lang, 'debrief.core.inYourGame', {
      cards: ours.map((p) => t(lang, 'debrief.core.cardInRound', { card: cardTitle(words, p.card), round: p.round })).join(', '),
    });
  }
  const known = question.cards.filter((id) => cards[id] !== undefined);
  if (known.length === 0) return undefined;
  return t(lang, 'debrief.core.notPlayed', { cards: known.map((id) => cardTitle(words, id)).join(', ') });
}

/** The questions of the cards that weighed most (largest swing first), the core cards left out. */
export function cardQuestions(weights: readonly CardWeight[], cards: Catalog, lang: Lang, max = CARD_QUESTIONS): DebriefQuestion[] {
  return weights
    .filter((w) => w.swing > 0 && !CORE_CARDS.has(w.card) && cards[w.card]?.question)
    .sort((a, b) => b.swing - a.swing || a.first - b.first)
    .slice(0, max)
    .map((w) => ({ kind: 'card', text: localText((cards[w.card] as CardDef).question, lang), card: w.card, cardTitle: cardTitle({ cards, lang }, w.card) }));
}

const GENERAL_QUESTIONS: readonly MessageKey[] = ['debrief.question.4', 'debrief.question.5'];

/** Core questions, the game's own (general ones fill in when the cards offer fewer than two), then `reflect`. */
export function debriefQuestions(core: DebriefQuestion[], fromCards: DebriefQuestion[], lang: Lang, reflect: MessageKey): DebriefQuestion[] {
  const general = GENERAL_QUESTIONS.slice(0, Math.max(0, CARD_QUESTIONS - fromCards.length)).map((key) => ({ kind: 'general' as const, text: t(lang, key) }));
  return [...core, ...fromCards, ...general, { kind: 'reflect', text: t(lang, reflect) }];
}
