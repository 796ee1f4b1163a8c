// Small statistics of the class report, worded: Leadership that may be a mean or a median (not a
// whole number), the median, and a text histogram of the final Leadership of the games.
import { leadershipText, sayIn } from '../i18n/game-words.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';

const LEVEL = 'classroom.leadership.even';

/** Leadership as the debrief says it ("US +3", "level"), a mean with one decimal ("China +1.5", « Chine +1,5 »). */
export function leadershipWords(lang: Lang, value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (Number.isInteger(rounded)) return leadershipText(sayIn(lang), rounded, LEVEL);
  const points = Math.abs(rounded).toFixed(1);
  return t(lang, 'track.ahead', { side: t(lang, rounded > 0 ? 'side.us' : 'side.china'), points: lang === 'fr' ? points.replace('.', ',') : points });
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface HistogramBar {
  /** "US +3", or "China +2 … level" when a bar holds several values. */
  label: string;
  from: number;
  to: number;
  count: number;
}

/** At most this many bars: a wide spread is grouped into ranges of equal width. */
const MAX_BARS = 12;

/** Bars from the lowest value to the highest (China's side first), empty ones included. */
export function histogram(values: readonly number[], lang: Lang): HistogramBar[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const width = Math.max(1, Math.ceil((max - min + 1) / MAX_BARS));
  const bars: HistogramBar[] = [];
  for (let from = min; from <= max; from += width) {
    const to = Math.min(max, from + width - 1);
    const label = from === to ? leadershipWords(lang, from) : `${leadershipWords(lang, from)} … ${leadershipWords(lang, to)}`;
    bars.push({ label, from, to, count: values.filter((v) => v >= from && v <= to).length });
  }
  return bars;
}

/** The histogram as monospaced lines: "China +2  ██ 2". */
export function histogramLines(bars: readonly HistogramBar[]): string[] {
  const width = Math.max(0, ...bars.map((b) => b.label.length));
  return bars.map((b) => `${b.label.padEnd(width)}  ${'█'.repeat(b.count)}${b.count > 0 ? ' ' : ''}${b.count}`.trimEnd());
}
