// What happened after the article the game starts from (July 2025): the same dated events for
// every debrief, so a class can set its games against history. The facts, dates and sources are
// those of the classroom review's facts table and the deck's history notes; their words are in
// the message catalogues (`aftermath.*`).
import { dateText } from '../i18n/dates.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';

type AftermathId = 'h20Licences' | 'revenueShare' | 'avoidH20' | 'h20Halted' | 'samr' | 'rareEarths' | 'busan' | 'h200';

const EVENTS: readonly { date: string; id: AftermathId }[] = [
  { date: '2025-08-08', id: 'h20Licences' },
  { date: '2025-08-10', id: 'revenueShare' },
  { date: '2025-08-12', id: 'avoidH20' },
  { date: '2025-08-22', id: 'h20Halted' },
  { date: '2025-09-15', id: 'samr' },
  { date: '2025-10-09', id: 'rareEarths' },
  { date: '2025-10-30', id: 'busan' },
  { date: '2025-12-08', id: 'h200' },
];

export interface AftermathEvent {
  /** ISO date, as the cards give theirs. */
  date: string;
  /** The date as a reader of the language writes it: "8 août 2025". */
  dateText: string;
  text: string;
  source: string;
}

/** The events after the article, oldest first, in `lang`. */
export function aftermath(lang: Lang): AftermathEvent[] {
  return EVENTS.map(({ date, id }) => ({
    date,
    dateText: dateText(lang, date),
    text: t(lang, `aftermath.${id}`),
    source: t(lang, `aftermath.${id}.source`),
  }));
}
