// The game screen's panels as rows: the header, the hand (or the choice being made), the card
// detail and the status line. Pure functions of the seated player's view and selection.
import type { CardDef, CardId, Side } from '../../decks/types.js';
import type { Action, PlayerView } from '../../engine/index.js';
import { localText } from '../../i18n/lang.js';
import type { MessageKey } from '../../i18n/messages.js';
import { cardDetailRows } from '../components/card-detail.js';
import { cardListRows, optionRows, type CardItem, type OptionItem } from '../components/lists.js';
import { cutRow, rowWidth, seg, type Row, type Seg } from '../components/rows.js';
import { numberedCards, type Pending } from '../game/choices.js';
import { decisionText, listLabel, timingLabel, useLabel, useQuestion, usesSummary, type Wording } from '../game/describe.js';
import { actorName, cardTitle, lastingName, lastingShortName, markerName, signed } from '../../i18n/game-words.js';
import type { Selection } from '../game/selection.js';
import { lossNote, lossOf } from '../game/loss-warning.js';
import { controllerOf, costAt } from '../game/view-rules.js';
import { encirclement, lobbyOdds, sanctionOdds, SPACE_BY_ID, type GoalProgress } from '../../engine/index.js';
import { displayWidth, truncate, wrap } from '../terminal/text.js';
import { mainKey } from '../keymap.js';

/** The game's first line; `note` (dim, at the end) says how the screen is being seen: watching bots, a replay. */
/** The lasting rules and markers in force, by name (a rule's deck label, a flag's name), for the header. */
export function inForceList(w: Wording, view: Pick<PlayerView, 'modifiers' | 'flags'>): string[] {
  const names = view.modifiers.map((m) => lastingName(w, m.source, m.side, m.duration, m.rule));
  for (const flag of view.flags) names.push(markerName(w, flag));
  return [...new Set(names)];
}

/** `goals`: each persona's goal this round as it stands (6.7.3), shown beside its name.
 * `inForce: false` leaves the lasting effects out (the game screen then gives them a line of
 * their own, `inForceRow`). */
export function headerRow(
  w: Wording,
  view: Pick<PlayerView, 'round' | 'rounds' | 'actionsTaken' | 'actionsPerRound' | 'modifiers' | 'flags'>,
  width: number,
  note: string | null,
  goals: Readonly<Record<Side, GoalProgress>> | null = null,
  inForce = true,
): Row {
  return cutRow(fullHeaderRow(w, view, width, note, goals, inForce), width);
}

/** Whether the header has room for every lasting effect in force, each named whole. */
export function inForceFitsHeader(
  w: Wording,
  view: Pick<PlayerView, 'round' | 'rounds' | 'actionsTaken' | 'actionsPerRound' | 'modifiers' | 'flags'>,
  width: number,
  note: string | null,
  goals: Readonly<Record<Side, GoalProgress>> | null = null,
): boolean {
  return rowWidth(fullHeaderRow(w, view, width, note, goals, true)) <= width;
}

function fullHeaderRow(
  w: Wording,
  view: Pick<PlayerView, 'round' | 'rounds' | 'actionsTaken' | 'actionsPerRound' | 'modifiers' | 'flags'>,
  width: number,
  note: string | null,
  goals: Readonly<Record<Side, GoalProgress>> | null,
  withInForce: boolean,
): Row {
  const t = w.t;
  const inForce = withInForce ? inForceList(w, view) : [];
  const goal = (side: Side, word: boolean): Seg[] => {
    const g = goals?.[side];
    if (!g) return [];
    const key = word ? (g.met ? 'header.goal.met' : 'header.goal') : g.met ? 'header.goalShort.met' : 'header.goalShort';
    return [seg(` ${t(key, { done: Math.min(g.done, g.needed), needed: g.needed })}`, { tone: g.met ? 'good' : null, dim: !g.met })];
  };
  const build = (gap: string, word = true): Row => [
    seg(` ${t('game.title')} `, { bold: true, inverse: true, tone: 'accent' }),
    seg(`${gap}${t('header.round', { round: view.round, rounds: view.rounds })}`, { bold: true }),
    seg(`${gap}${t('header.actions', { us: view.actionsTaken.us, china: view.actionsTaken.china, total: view.actionsPerRound })}`, { dim: true }),
    seg(`${gap} `),
    seg(t('side.letter.us'), { tone: 'us', bold: true, inverse: true }),
    seg(` ${actorName(w, 'us')}`, { tone: 'us', bold: true }),
    ...goal('us', word),
    seg(gap),
    seg(t('side.letter.china'), { tone: 'china', bold: true, inverse: true }),
    seg(` ${actorName(w, 'china')}`, { tone: 'china', bold: true }),
    ...goal('china', word),
    ...(note ? [seg(`${gap} ${note}`, { dim: true })] : []),
  ];
  // The goals beside the names at 80 columns too: single spaces, then no word "goal", when tight.
  const fits = [build('  '), build(' '), build(' ', false)].find((row) => rowWidth(row) <= width);
  // What rules are in force, last (the situation screen, i, says more about each): cut first.
  const inForceSeg = inForce.length > 0 ? [seg(`   ${t('header.inForce', { list: inForce.join(', ') })}`, { tone: 'accent' })] : [];
  return [...(fits ?? build(' ', false)), ...inForceSeg];
}

type HeaderView = Pick<PlayerView, 'round' | 'rounds' | 'actionsTaken' | 'actionsPerRound' | 'modifiers' | 'flags'>;

/** The first line of the game screen and of the replay, and the lasting effects' line: in the
 * header when every effect fits there whole, else (at 80 columns, beside the goals) on a line of
 * their own (`inForce`, drawn under the tracks and taken from the bottom band). `explainKey`:
 * the line reminds of the key i, which the replay does not have. */
export function headerLines(
  w: Wording,
  view: HeaderView,
  width: number,
  note: string | null,
  goals: Readonly<Record<Side, GoalProgress>> | null = null,
  explainKey = true,
): { header: Row; inForce: Row | null } {
  const own = inForceList(w, view).length > 0 && !inForceFitsHeader(w, view, width, note, goals);
  return { header: headerRow(w, view, width, note, goals, !own), inForce: own ? inForceRow(w, view, width, explainKey) : null };
}

/** A lasting effect's name where room is short: its label up to the colon ("Allied tool
 * controls"), else its card's title; a marker by its printed name. */
export function inForceShortList(w: Wording, view: Pick<PlayerView, 'modifiers' | 'flags'>): string[] {
  const names = view.modifiers.map((m) => {
    const name = lastingShortName(w, m.source, m.duration, m.rule, m.side);
    const head = name.split(/\u00a0?:\s/)[0]?.trim();
    return head && head.length > 0 ? head : name;
  });
  for (const flag of view.flags) names.push(markerName(w, flag));
  return [...new Set(names)];
}

/** The lasting effects in force on a line of their own, when the header has no room for them:
 * short names, as many as fit, then "+N more"; the situation screen (i) explains each. */
export function inForceRow(w: Wording, view: Pick<PlayerView, 'modifiers' | 'flags'>, width: number, explainKey = true): Row {
  const t = w.t;
  const names = inForceShortList(w, view);
  // The reminder of the key that explains each (i), on a screen where that key works.
  const tail = explainKey ? [seg(`  ${t('inForce.more.key')}`, { dim: true })] : [];
  const line = (shown: string[], more: number, key: boolean): Row => {
    const list = more > 0 ? [...shown, t('inForce.more', { count: more })].join(' · ') : shown.join(' · ');
    return [seg(t('header.inForce', { list }), { tone: 'accent' }), ...(key ? tail : [])];
  };
  // One more name is worth more than the key's reminder (the key hints say "i situation" too).
  for (let n = names.length; n >= 1; n--) {
    for (const key of [true, false]) {
      const row = line(names.slice(0, n), names.length - n, key);
      if (rowWidth(row) <= width) return row;
    }
  }
  // Not even one name whole: the first one cut, the count of the others still said.
  const rest = names.length - 1;
  const after = rest > 0 ? ` · ${t('inForce.more', { count: rest })}` : '';
  const head = t('header.inForce', { list: '' });
  const room = Math.max(1, width - displayWidth(head) - displayWidth(after));
  return [seg(`${head}${truncate(names[0] ?? '', room)}${after}`, { tone: 'accent' })];
}

function def(w: Wording, id: CardId | null | undefined): CardDef | null {
  return id ? (w.cards[id] ?? null) : null;
}

/** The last card played, for the detail panel while the player has nothing to choose. */
export function lastPlayedCard(view: Pick<PlayerView, 'log'>): CardId | null {
  for (let i = view.log.length - 1; i >= 0; i--) {
    const e = view.log[i];
    if (e?.type === 'play') return e.card;
  }
  return null;
}

function handFooter(w: Wording, view: PlayerView, width: number): Row[] {
  const t = w.t;
  const opp: Side = view.side === 'us' ? 'china' : 'us';
  const rows: Row[] = [];
  // A bargaining chip passed to this side this round: its own line, under the hand (the list's
  // rows are cut at the panel's width, and this line must be read whole).
  for (const b of view.bargains.filter((h) => h.holder === view.side && h.faceDown)) {
    // In the last round there is no next round to play it in: say so rather than promise one.
    const key = view.round >= view.rounds ? 'hand.ownBargain.faceDown.last' : 'hand.ownBargain.faceDown';
    for (const part of wrap(t(key, { card: cardTitle(w, b.card) }), width)) rows.push([seg(part, { tone: 'accent' })]);
  }
  rows.push([
    seg(t(view.opponentHandCount === 1 ? 'hand.opponent.one' : 'hand.opponent', { name: actorName(w, opp), count: view.opponentHandCount }), { dim: true }),
  ]);
  // Who holds a bargaining chip is public: say it when the opponent does.
  for (const b of view.bargains.filter((h) => h.holder === opp)) {
    const line = t(b.faceDown ? 'hand.opponentBargain.faceDown' : 'hand.opponentBargain', { name: actorName(w, opp), card: cardTitle(w, b.card) });
    for (const part of wrap(line, width)) rows.push([seg(part, { dim: true })]);
  }
  // Hidden cards this seat knows (its own peeks, reveals): its view holds only those.
  const known = view.known;
  const list = (ids: readonly string[]) => ids.map((id) => cardTitle(w, id)).join(', ');
  const knownLines: [string, boolean][] = [];
  if (known && known.opponentHand.length > 0) knownLines.push([t('hand.known.opponent', { name: actorName(w, opp), cards: list(known.opponentHand) }), false]);
  if (known && known.revealed[view.side].length > 0)
    knownLines.push([t('hand.known.shown', { name: actorName(w, opp), cards: list(known.revealed[view.side]) }), false]);
  if (known && known.deckTop.length > 0) knownLines.push([t('hand.known.deck', { cards: list(known.deckTop) }), true]);
  for (const [line, mine] of knownLines) for (const part of wrap(line, width)) rows.push([seg(part, mine ? { tone: 'accent' } : { dim: true })]);
  if (view.phase === 'headline' && !view.headlineRevealed) {
    const mine = view.headline[view.side];
    if (mine) rows.push([seg(t('hand.headlineMine', { card: cardTitle(w, mine) }), { tone: 'accent' })]);
    if (view.headlineChosen[opp]) rows.push([seg(t('hand.headlineChosen', { name: actorName(w, opp) }), { dim: true })]);
  }
  return rows;
}

/** An option's line with the warning under it when choosing it loses the game on the spot. */
function withLossNote(w: Wording, view: PlayerView, item: OptionItem, action: Action): OptionItem {
  const loss = lossOf(view, w.cards, [action]);
  return loss ? { ...item, warning: lossNote(w.t, loss) } : item;
}

/** A spectator's side panel: no hand, the count of each, and what of the chips and headlines is public. */
export function spectatorPanelRows(w: Wording, view: PlayerView, hands: Record<Side, number>, width: number): Row[] {
  const t = w.t;
  const rows: Row[] = [[seg(t('hand.spectator'), { bold: true, tone: 'accent' })]];
  for (const side of ['us', 'china'] as const) {
    const count = hands[side];
    rows.push([seg(t(count === 1 ? 'hand.opponent.one' : 'hand.opponent', { name: actorName(w, side), count }), { tone: side })]);
    // A reveal is public: the spectator's view holds the revealed cards still in this hand (and no peek).
    const shown = view.known?.revealed[side] ?? [];
    if (shown.length > 0) {
      const line = t('hand.known.revealed', { name: actorName(w, side), cards: shown.map((id) => cardTitle(w, id)).join(', ') });
      for (const part of wrap(line, width)) rows.push([seg(part, { dim: true })]);
    }
  }
  for (const b of view.bargains) {
    const line = t(b.faceDown ? 'hand.opponentBargain.faceDown' : 'hand.opponentBargain', { name: actorName(w, b.holder), card: cardTitle(w, b.card) });
    for (const part of wrap(line, width)) rows.push([seg(part, { dim: true })]);
  }
  if (view.phase === 'headline' && !view.headlineRevealed) {
    for (const side of ['us', 'china'] as const)
      if (view.headlineChosen[side]) rows.push([seg(t('hand.headlineChosen', { name: actorName(w, side) }), { dim: true })]);
  }
  return rows;
}

export function sidePanelRows(w: Wording, view: PlayerView, pending: Pending, sel: Selection, width: number, height: number): Row[] {
  const t = w.t;
  const title = (text: string): Row[] => wrap(text, width).map((line) => [seg(line, { bold: true, tone: 'accent' })]);
  if (pending.kind === 'cards' && sel.stage !== 'main') {
    const option = pending.cards.find((c) => c.card === sel.card);
    const card = def(w, sel.card);
    if (option && card) {
      const name = localText(card.title, w.lang);
      if (sel.stage === 'use') {
        const items: OptionItem[] = option.uses.map((u) => {
          const loss = lossOf(view, w.cards, u.actions);
          return {
            label: useLabel(w, view, card, u),
            ...(u.actions.length > 1 ? { note: t('option.alsoFires', { owner: actorName(w, card.side as Side) }) } : {}),
            ...(loss ? { warning: lossNote(t, loss) } : {}),
          };
        });
        const head = title(useQuestion(w, view, name));
        return [...head, ...optionRows(items, sel.use, width, height - head.length)];
      }
      const use = option.uses[sel.use];
      const head = title(t('decision.timing', { owner: actorName(w, card.side as Side), card: name }));
      const items = (use?.actions ?? []).map((a) => withLossNote(w, view, { label: timingLabel(t, 'eventFirst' in a && a.eventFirst === true) }, a));
      return [...head, ...optionRows(items, sel.timing, width, height - head.length)];
    }
  }
  if (pending.kind === 'list') {
    const d = view.decision;
    const head = title(d && 'card' in d ? cardTitle(w, d.card) : decisionText(w, view));
    return [
      ...head,
      ...optionRows(
        pending.options.map((o) => withLossNote(w, view, { label: listLabel(w, o.label) }, o.action)),
        sel.option,
        width,
        height - head.length,
      ),
    ];
  }
  const footer = handFooter(w, view, width);
  const fromDiscard = pending.kind === 'cards' && pending.source === 'discard';
  // Every card keeps its number (its place in the hand): one that cannot be chosen now is marked,
  // and while no card is asked for, the hand is shown with its numbers, dimmed.
  const choosing = pending.kind === 'cards';
  const items: CardItem[] = numberedCards(view.hand, pending).flatMap(({ card: id, number, option }) => {
    const card = def(w, id);
    if (!card) return [];
    return [{ card, digit: number, ...(choosing ? { blocked: option === null } : { idle: true }) }];
  });

  const head: Row = [seg(fromDiscard ? t('hand.discardTitle') : t('hand.title', { name: actorName(w, view.side) }), { bold: true, tone: view.side })];
  const cursor = pending.kind === 'cards' ? sel.card : null;
  const list = cardListRows(t, w.lang, items, cursor, width, Math.max(1, height - 1 - footer.length));
  const gap = Math.max(0, height - 1 - list.length - footer.length);
  return [head, ...list, ...Array.from({ length: gap }, (): Row => []), ...footer];
}

function spaceInfo(w: Wording, view: PlayerView, space: string): string {
  const t = w.t;
  const sp = SPACE_BY_ID[space];
  const inf = view.influence[space] ?? { us: 0, china: 0 };
  const owner = controllerOf(view, space);
  const d = view.decision;
  const info = t('board.space.info', {
    name: t(`space.${space}` as MessageKey),
    kind: t(sp?.battleground ? 'board.space.battleground' : 'board.space.ordinary'),
    stability: sp?.stability ?? 0,
    us: inf.us,
    china: inf.china,
    control: owner ? t('board.space.controlledBy', { side: t(`side.the.${owner}`) }) : t('board.space.uncontrolled'),
  });
  // Encirclement (7.2) is why a lead of the stability may still not control a city.
  const encircled = sp?.region === 'chinaMarket' && sp.battleground ? (['us', 'china'] as const).filter((side) => encirclement(view, side).encircled) : [];
  const notes = [info, ...encircled.map((side) => t('board.space.encircled', { side: t(`side.ofThe.${side}`) }))];
  if (d?.kind === 'place' && d.source === 'ops') {
    const cost = costAt(view, d.owner, space);
    notes.push(cost === 1 ? t('board.space.cost.one') : t('board.space.cost', { cost }));
  }
  if (d?.kind === 'sanction') {
    // The odds before the target is chosen: what each roll removes, and the clock it costs.
    const odds = sanctionOdds(view, d.side, space, d.ops);
    notes.push(t('board.space.odds', { modifier: signed(odds.modifier), removed: odds.removed.join('/') }));
    if (odds.clock < 0) notes.push(t('board.space.oddsClock'));
  }
  if (d?.kind === 'lobby') {
    const odds = lobbyOdds(view, d.side, space);
    const pct = (n: number) => Math.round((n * 100) / 36);
    notes.push(
      t('board.space.lobbyOdds', {
        us: t('side.us'),
        usBonus: odds.bonus.us,
        china: t('side.china'),
        chinaBonus: odds.bonus.china,
        win: pct(odds.win),
        tie: pct(odds.tie),
        lose: pct(odds.lose),
      }),
    );
  }
  return notes.join(' · ');
}

/** The space under the board cursor, its odds or cost: the detail panel's first lines. */
export function spaceInfoRows(w: Wording, view: PlayerView, pending: Pending, sel: Selection, width: number): Row[] {
  if (pending.kind !== 'spaces' || !sel.space) return [];
  return wrap(spaceInfo(w, view, sel.space), width).map((line): Row => [seg(line, { tone: 'accent', bold: true })]);
}

export function detailPanelRows(w: Wording, view: PlayerView, pending: Pending, sel: Selection, width: number, height: number): Row[] {
  const rows: Row[] = spaceInfoRows(w, view, pending, sel, width);
  const cardId = detailCard(view, pending, sel);
  const card = def(w, cardId);
  const uses = card && pending.kind === 'cards' ? usesSummary(w, view, card, pending.cards.find((c) => c.card === cardId)?.uses) : null;
  const cancelled = card ? view.cancelled.includes(card.id) : false;
  // A card cut short says which key shows it whole.
  rows.push(...cardDetailRows(w, card, width, height - rows.length, uses, cancelled, w.t('detail.more', { key: mainKey('card', w.t) })));
  return rows.slice(0, height);
}

/** The card the detail panel shows: the one under the cursor, the one a decision is about, or the last played. */
export function detailCard(view: PlayerView, pending: Pending, sel: Selection): CardId | null {
  const d = view.decision;
  if (pending.kind === 'cards') return sel.card;
  if (pending.kind !== 'none' && d && 'card' in d) return d.card;
  return lastPlayedCard(view);
}
