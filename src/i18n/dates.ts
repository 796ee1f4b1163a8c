// A card's date as a reader of the language writes it. The decks store ISO dates ("2024-05-24",
// "2025-07", "2025"), which sort well; a French handout says « 24 mai 2024 », « juillet 2025 ».
import type { Lang } from './lang.js';

const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** An ISO date in words for `lang`; English keeps ISO, and text that is not an ISO date is left as is. */
export function dateText(lang: Lang, iso: string): string {
  if (lang !== 'fr') return iso;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim());
  if (!m) return iso;
  const [, year, month, day] = m;
  const name = month === undefined ? undefined : FR_MONTHS[Number(month) - 1];
  if (name === undefined) return year as string;
  if (day === undefined) return `${name} ${year}`;
  const d = Number(day);
  return `${d === 1 ? '1er' : d} ${name} ${year}`;
}

/** A moment (an ISO timestamp, read in UTC) to the minute: « 2026-12-07 12:30 » in English, « 7 décembre 2026 12:30 » in French. */
export function dateTimeText(lang: Lang, iso: string): string {
  const minute = iso.slice(0, 16).replace('T', ' ');
  if (lang !== 'fr') return minute;
  const [day = '', time = ''] = minute.split(' ');
  return `${dateText('fr', day)} ${time}`.trim();
}
