// The main menu and the two reading screens it opens: the rules (paged) and the card catalogue
// (a list beside the card detail panel). Both search after `/`.
import { useCallback, useMemo, useState } from 'react';
import { cardsMatching } from '../../decks/card-search.js';
import type { CardDef } from '../../decks/types.js';
import type { MessageKey } from '../../i18n/messages.js';
import { cardDetailRows } from '../components/card-detail.js';
import { hint, hintRow } from '../components/hints.js';
import { cardListRows } from '../components/lists.js';
import { padRow, Rows, seg, type Row, type Seg } from '../components/rows.js';
import type { CommandEvent } from '../keymap.js';
import { wrap } from '../terminal/text.js';
import { useCommands, type AfterCommand } from '../use-commands.js';
import { useSyncState } from '../use-sync-state.js';
import { useUi } from '../ui-context.js';
import { bannerRows } from './banner.js';
import { markdownRows } from './rules-text.js';
import { useTypedLine } from './use-typed-line.js';

interface Frame {
  columns: number;
  rows: number;
}

const titleRow = (text: string, extra = ''): Row => [
  seg(` ${text} `, { bold: true, inverse: true, tone: 'accent' }),
  seg(extra ? `  ${extra}` : '', { dim: true }),
];

function framed(body: Row[], footer: Row, frame: Frame) {
  const rows = body.slice(0, frame.rows - 2);
  while (rows.length < frame.rows - 2) rows.push([]);
  return <Rows rows={[...rows, footer]} width={frame.columns - 1} height={frame.rows - 1} />;
}

export interface MenuEntry {
  label: string;
  onSelect: () => void;
}

export function MenuScreen({ entries, onQuit, frame }: { entries: readonly MenuEntry[]; onQuit: () => void; frame: Frame }) {
  const { t } = useUi();
  // Read back at once: `Down Enter` in one read opens the second entry, not the first.
  const [at, setAt, currentAt] = useSyncState(0);
  const onKey = useCallback(
    (e: CommandEvent) => {
      const n = entries.length;
      if (e.command === 'up' || e.command === 'down') setAt((i) => (i + (e.command === 'up' ? n - 1 : 1)) % n);
      else if (e.command === 'digit' && e.digit !== undefined && entries[e.digit - 1]) entries[e.digit - 1]?.onSelect();
      else if (e.command === 'confirm') entries[currentAt()]?.onSelect();
      else if (e.command === 'quit' || e.command === 'interrupt') onQuit();
    },
    [entries, setAt, currentAt, onQuit],
  );
  useCommands(onKey);
  const width = frame.columns - 1;
  const logo = bannerRows(width - 2).map((r): Row => [seg('  '), ...r]);
  const name = t('game.name');
  const tagline = t('game.tagline');
  const heading: Row[] =
    `  ${name} · ${tagline}`.length <= width
      ? [[seg(`  ${name}`, { bold: true }), seg(` · ${tagline}`, { dim: true })]]
      : [[seg(`  ${name}`, { bold: true })], [seg(`  ${tagline}`, { dim: true })]];
  const body: Row[] = [[], ...logo, ...(logo.length > 0 ? [[]] : []), ...heading, [], []];
  entries.forEach((entry, i) => {
    const here = i === at;
    body.push(
      [
        seg(here ? '  ▶ ' : '    ', { tone: 'accent', bold: true }),
        seg(`${i + 1} `, { tone: 'accent', bold: true }),
        seg(` ${entry.label} `, here ? { inverse: true, bold: true } : { bold: true }),
      ],
      [],
    );
  });
  return framed(body, hintRow(t, [hint('hint.choose', 'up', 'down'), hint('hint.open', 'confirm'), hint('hint.quit', 'quit')]), frame);
}

/** The rows' lines that contain `query`, ignoring case. */
export function matchingLines(lines: readonly Row[], query: string): number[] {
  const q = query.toLocaleLowerCase();
  if (q === '') return [];
  return lines.flatMap((row, i) =>
    row
      .map((s) => s.text)
      .join('')
      .toLocaleLowerCase()
      .includes(q)
      ? [i]
      : [],
  );
}

/** The search of the rules screen: typing after /, or a query whose matches n steps through. */
interface Search {
  typing: boolean;
  query: string;
  /** The line of the match shown, or null before the first jump. */
  at: number | null;
}

const NO_SEARCH: Search = { typing: false, query: '', at: null };

/** RULES.md, paged: the text is laid out once per width, then only the window moves. `/` searches:
 * type, Enter jumps to the first match below, n to the next, Esc clears. */
export function RulesScreen({ markdown, onBack, frame }: { markdown: string | null; onBack: () => void; frame: Frame }) {
  const { t } = useUi();
  const width = frame.columns - 3;
  const lines = useMemo(() => (markdown === null ? [] : markdownRows(markdown, width)), [markdown, width]);
  const room = frame.rows - 3;
  const maxTop = Math.max(0, lines.length - room);
  const [top, setTop] = useState(0);
  // Read back at once: `/rule⏎` in one read searches for "rule", not for the query of the last render.
  const [search, setSearch, currentSearch] = useSyncState<Search>(NO_SEARCH);
  const matches = useMemo(() => matchingLines(lines, search.query), [lines, search.query]);
  /** The next match after `from` (wrapping to the first), shown near the top of the window. */
  const jump = useCallback(
    (from: number, query: string) => {
      const found = matchingLines(lines, query);
      const next = found.find((i) => i > from) ?? found[0];
      setSearch({ typing: false, query, at: next ?? null });
      if (next !== undefined) setTop(Math.max(0, Math.min(maxTop, next - 2)));
    },
    [lines, maxTop, setSearch],
  );
  const { typed } = useTypedLine(search.typing, {
    onText: (next) => setSearch((s) => ({ ...s, query: next(s.query) })),
    onEnter: () => jump(top - 1, currentSearch().query),
    onEscape: () => setSearch(NO_SEARCH),
  });
  const onKey = useCallback(
    (e: CommandEvent): AfterCommand => {
      const by: Partial<Record<CommandEvent['command'], number>> = { up: -1, down: 1, pageUp: -room, pageDown: room, home: -Infinity, end: Infinity };
      const delta = by[e.command];
      if (delta !== undefined) setTop((v) => Math.max(0, Math.min(maxTop, v + delta)));
      else if (e.command === 'search') {
        setSearch({ typing: true, query: '', at: null });
        return 'typing';
      } else if ((e.command === 'no' || e.command === 'confirm') && search.query !== '') jump(search.at ?? top - 1, search.query);
      else if (e.command === 'back' && search.query !== '') setSearch(NO_SEARCH);
      else if (e.command === 'back' || e.command === 'quit' || e.command === 'confirm') onBack();
    },
    [room, maxTop, onBack, search, top, jump, setSearch],
  );
  useCommands(onKey, !search.typing, typed);
  if (markdown === null) {
    return framed(
      [titleRow(t('rules.title')), [], ...wrap(t('rules.missing'), width).map((l): Row => [seg(l)])],
      hintRow(t, [hint('hint.back', 'back')]),
      frame,
    );
  }
  const shown = Math.min(top, maxTop);
  const position = t('log.position', { from: shown + 1, to: Math.min(lines.length, shown + room), total: lines.length });
  // A match is marked in the margin; the one jumped to, brighter.
  const margin = (i: number): Seg =>
    i === search.at ? seg('▶', { tone: 'accent', bold: true }) : matches.includes(i) ? seg('›', { tone: 'accent' }) : seg(' ');
  const body: Row[] = [titleRow(t('rules.title'), position), ...lines.slice(shown, shown + room).map((r, i): Row => [margin(shown + i), ...r])];
  return framed(body, searchFooter(t, search, matches), frame);
}

/** The footer while a search is typed: the query with its cursor, then what the keys do. */
function typingRow(query: string, keys: string): Row {
  return [seg('/', { bold: true, tone: 'accent' }), seg(`${query}▏`, { bold: true }), seg(`   ${keys}`, { dim: true })];
}

function searchFooter(t: ReturnType<typeof useUi>['t'], search: Search, matches: readonly number[]): Row {
  if (search.typing) {
    return typingRow(search.query, t('rules.search.typing'));
  }
  if (search.query !== '') {
    const at = search.at === null ? -1 : matches.indexOf(search.at);
    const found =
      matches.length === 0
        ? t('rules.search.none', { query: search.query })
        : t('rules.search.found', { query: search.query, n: at + 1, count: matches.length });
    return [
      seg(found, { bold: true, tone: matches.length === 0 ? 'bad' : 'accent' }),
      seg('  '),
      ...hintRow(t, [hint('hint.nextMatch', 'no'), hint('hint.clear', 'back')]),
    ];
  }
  return hintRow(t, [hint('hint.scroll', 'up', 'down'), hint('hint.scroll', 'pageUp', 'pageDown'), hint('hint.search', 'search'), hint('hint.back', 'back')]);
}

const FILTERS = ['all', 'us', 'china', 'neutral'] as const;

function byEraSideOps(a: CardDef, b: CardDef): number {
  return a.era - b.era || a.side.localeCompare(b.side) || a.ops - b.ops || a.id.localeCompare(b.id);
}

/** The catalogue's search: typing after /, or a query kept (Enter) while browsing what it found. */
interface CardSearch {
  typing: boolean;
  query: string;
}

const NO_CARD_SEARCH: CardSearch = { typing: false, query: '' };

/** Every card of the decks, filtered by side and by the words searched (of an id or a title, in
 * either language), with the full detail of the one under the cursor. */
export function CardsScreen({ cards, onBack, frame }: { cards: readonly CardDef[]; onBack: () => void; frame: Frame }) {
  const { t, lang } = useUi();
  const [filter, setFilter] = useState(0);
  const [at, setAt] = useState(0);
  const [search, setSearch] = useState<CardSearch>(NO_CARD_SEARCH);
  const kind = FILTERS[filter] ?? 'all';
  const shown = useMemo(() => {
    const bySide = cards.filter((c) => kind === 'all' || c.side === kind).sort(byEraSideOps);
    return search.query.trim() === '' ? bySide : cardsMatching(search.query, bySide);
  }, [cards, kind, search.query]);
  const index = Math.min(at, Math.max(0, shown.length - 1));
  const move = useCallback(
    (delta: number) => {
      const n = shown.length;
      if (n > 0) setAt((i) => Math.max(0, Math.min(n - 1, Math.min(i, n - 1) + delta)));
    },
    [shown.length],
  );
  const { typed } = useTypedLine(search.typing, {
    onText: (next) => {
      setSearch((s) => ({ ...s, query: next(s.query) }));
      setAt(0);
    },
    onEnter: () => setSearch((s) => ({ ...s, typing: false })),
    onEscape: () => {
      setSearch(NO_CARD_SEARCH);
      setAt(0);
    },
    onMove: move,
  });
  const onKey = useCallback(
    (e: CommandEvent): AfterCommand => {
      const by: Partial<Record<CommandEvent['command'], number>> = { up: -1, down: 1, pageUp: -10, pageDown: 10 };
      const delta = by[e.command];
      if (delta !== undefined) move(delta);
      else if (e.command === 'tab' || e.command === 'right' || e.command === 'left') {
        setFilter((f) => (f + (e.command === 'left' ? FILTERS.length - 1 : 1)) % FILTERS.length);
        setAt(0);
      } else if (e.command === 'search') {
        setSearch({ typing: true, query: '' });
        setAt(0);
        return 'typing';
      } else if (e.command === 'back' && search.query !== '') {
        setSearch(NO_CARD_SEARCH);
        setAt(0);
      } else if (e.command === 'back' || e.command === 'quit') onBack();
    },
    [move, onBack, search.query],
  );
  useCommands(onKey, !search.typing, typed);
  const listWidth = Math.min(40, Math.floor((frame.columns - 2) * 0.4));
  const detailWidth = frame.columns - 2 - listWidth - 2;
  const room = frame.rows - 4;
  const card = shown[index] ?? null;
  const list =
    shown.length === 0
      ? [[seg(t('cards.empty'), { dim: true })]]
      : cardListRows(
          t,
          lang,
          shown.map((c) => ({ card: c, digit: null, readable: true })),
          card?.id ?? null,
          listWidth,
          room,
        );
  const detail = cardDetailRows({ t, lang }, card, detailWidth, room, null);
  const which = t(`cards.filter.${kind}` as MessageKey);
  const filtered = search.query === '' ? t('cards.filter', { filter: which }) : t('cards.filter.query', { filter: which, query: search.query });
  const body: Row[] = [titleRow(t('cards.title', { count: shown.length }), filtered), []];
  for (let i = 0; i < room; i++) {
    body.push([...padRow(list[i] ?? [], listWidth), seg(' │ ', { dim: true }), ...(detail[i] ?? [])]);
  }
  return framed(body, cardsFooter(t, search), frame);
}

function cardsFooter(t: ReturnType<typeof useUi>['t'], search: CardSearch): Row {
  if (search.typing) {
    return typingRow(search.query, t('cards.search.typing'));
  }
  const leave = search.query === '' ? hint('hint.back', 'back') : hint('hint.clear', 'back');
  return hintRow(t, [hint('hint.choose', 'up', 'down'), hint('hint.filter', 'tab'), hint('hint.search', 'search'), leave]);
}
