// The class report's two tables as text cells, the same for every format: the Markdown and the
// HTML page each draw them their own way (escaping, alignment) from these.
import { t } from '../i18n/messages.js';
import type { ClassReport } from './class-report.js';

export interface TextTable {
  head: string[];
  rows: string[][];
  /** The columns that hold numbers (the HTML page aligns them right). */
  numeric: ReadonlySet<number>;
}

/** A sum of Leadership moved: "+3", or "0". */
const plus = (n: number): string => (n > 0 ? `+${n}` : '0');

export function matchupsTable(r: ClassReport): TextTable {
  const head = [
    'class.col.matchup',
    'class.col.games',
    'class.col.usWins',
    'class.col.chinaWins',
    'class.col.draws',
    'class.col.unfinished',
    'class.col.meanLeadership',
  ] as const;
  const rows = r.matchups.map((m) => [
    m.label,
    String(m.games),
    String(m.usWins),
    String(m.chinaWins),
    String(m.draws),
    String(m.unfinished),
    m.meanLeadership ?? '—',
  ]);
  return { head: head.map((k) => t(r.lang, k)), rows, numeric: new Set([1, 2, 3, 4, 5]) };
}

export function cardsTable(r: ClassReport): TextTable {
  const l = r.lang;
  const head = [t(l, 'class.col.card'), t(l, 'class.col.games'), t(l, 'class.col.towardUs'), t(l, 'class.col.towardChina')];
  const rows = r.cards.map((c) => [c.title, String(c.games), plus(c.towardUs), plus(c.towardChina)]);
  return { head, rows, numeric: new Set([1, 2, 3]) };
}
