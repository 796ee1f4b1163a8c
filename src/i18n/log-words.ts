// The game log in words: each structured LogEntry becomes one sentence in a player's language.
// The one wording of the log: the game screen (the tutorial's too), the replay screen and the
// Markdown handout all read it. The engine logs only public facts (a draw is a count, a kept
// card is not named), so any line may be shown to anyone.
import type { CardId, Persona, RegionId, Side } from '../decks/types.js';
import type { LogEntry } from '../engine/index.js';
import {
  actorName,
  cardTitle,
  lastingName,
  lastingShortName,
  leadershipText,
  markerName,
  minusText,
  regionPlace,
  sayIn,
  sideAdj,
  signed,
  spaceName,
  spacePlace,
  trackName,
  type CardTitles,
} from './game-words.js';
import type { Lang } from './lang.js';
import { t, type MessageKey } from './messages.js';

/** What wording the log needs: the language, the cards, who plays each side. */
export interface LogWords {
  lang: Lang;
  cards: CardTitles;
  personas: Record<Side, Persona>;
  /** How a card title is set off in the text (bold in Markdown); plain when absent. */
  cardStyle?: (title: string) => string;
  /** The game's number of rounds: the last round's keep is not "for next round". Unknown, it is. */
  rounds?: number;
}

export interface LogLine {
  round: number;
  /** The side the line is about (drawn with its letter and colour), if any. */
  side: Side | null;
  text: string;
  /** A bot's reason for the move. */
  note?: string;
}

function card(w: LogWords, id: CardId | null): string {
  const title = cardTitle(w, id);
  return w.cardStyle && id !== null ? w.cardStyle(title) : title;
}

/** Why a track moved, from the engine's reason code (event:<card>, score:<region>, ...). */
export function trackReason(w: LogWords, reason: string): string {
  const [kind, arg = ''] = reason.split(':');
  const lang = w.lang;
  switch (kind) {
    case 'event':
      return card(w, arg);
    case 'score':
      return t(lang, 'log.reason.score', { region: regionPlace(arg as RegionId) });
    case 'pressure':
      return t(lang, 'log.reason.pressure', { persona: t(lang, `persona.${arg}` as MessageKey) });
    case 'sanction':
      return t(lang, 'log.reason.sanction', { space: spacePlace(arg) });
    case 'recovery':
      return t(lang, 'log.reason.recovery');
    case 'race':
      return t(lang, 'log.reason.race');
    case 'heldScoring':
      return t(lang, 'log.reason.heldScoring', { region: t(lang, `region.${arg}` as MessageKey) });
    case 'trap':
      return t(lang, 'log.reason.trap');
    case 'decoupling':
      return t(lang, 'log.reason.decoupling');
    case 'stack':
    case 'lockIn':
      return t(lang, 'log.reason.raceStep', { track: trackName(lang, kind), step: arg });
    default:
      // An engine reason code this list does not know yet: shown as is rather than lost.
      return reason;
  }
}

function trackValue(lang: Lang, track: string, value: number): string {
  return track === 'leadership' ? leadershipText(sayIn(lang), value) : String(value);
}

type InfluenceEntry = Extract<LogEntry, { type: 'influence' }>;
type ActsEntry = Extract<LogEntry, { type: 'lastingActs' }>;

/** A sanction, with the lasting rules that changed its roll shown beside the die: "rolled 4 −1 +1 (Chip Controls) = 4". */
function sanctionLine(w: LogWords, e: Extract<LogEntry, { type: 'sanction' }>, acts: readonly ActsEntry[]): string {
  const lang = w.lang;
  const fromRules = acts.reduce((n, a) => n + a.amount, 0);
  const parts = [signed(e.modifier - fromRules), ...acts.map((a) => `${signed(a.amount)} (${lastingShortName(w, a.card, a.duration, a.rule, a.side)})`)];
  const params = { actor: actorName(w, e.side), space: spacePlace(e.space), roll: e.roll, modifier: parts.join(' '), result: minusText(e.result) };
  return e.result > 0 ? t(lang, 'log.sanction.hit', { ...params, removed: e.removed }) : t(lang, 'log.sanction.miss', params);
}

/** The lasting rules that changed the cost of a run of placements, as a note: "Chip Controls: +1 Op each". */
function costNote(w: LogWords, acts: readonly ActsEntry[]): string {
  const byRule = new Map<string, { name: string; amount: number }>();
  for (const a of acts) {
    const name = lastingShortName(w, a.card, a.duration, a.rule, a.side);
    if (!byRule.has(name)) byRule.set(name, { name, amount: a.amount });
  }
  return [...byRule.values()].map((r) => t(w.lang, 'log.lasting.costNote', { name: r.name, amount: signed(r.amount) })).join('; ');
}

/** A run of influence changes by one side, for one owner, in one direction: one line. */
function influenceLine(w: LogWords, run: readonly InfluenceEntry[]): string {
  const first = run[0] as InfluenceEntry;
  const bySpace = new Map<string, number>();
  for (const e of run) bySpace.set(e.space, (bySpace.get(e.space) ?? 0) + e.delta);
  const spaces = [...bySpace].map(([space, delta]) => `${spaceName(w.lang, space)} ${signed(delta)}`).join(', ');
  const key = first.delta > 0 ? (first.owner === first.side ? 'log.placed' : 'log.placedFor') : first.owner === first.side ? 'log.removedOwn' : 'log.removed';
  return t(w.lang, key, { actor: actorName(w, first.side), owner: sideAdj(w.lang, first.owner), spaces });
}

/**
 * One log entry as a sentence, or null when the entry only repeats the line before it
 * (`previous`). The switch is exhaustive: a new entry type does not compile until worded.
 */
export function logEntryText(w: LogWords, e: LogEntry, previous?: LogEntry): string | null {
  const lang = w.lang;
  const actor = (side: Side) => actorName(w, side);
  switch (e.type) {
    case 'roundStart':
      return t(lang, 'log.roundStart', { round: e.round, clock: e.clock });
    case 'firstPlayer':
      if (e.fixed) return t(lang, 'log.firstPlayer.fixed', { first: actor(e.side) });
      return t(lang, e.side === e.chosenBy ? 'log.firstPlayer.self' : 'log.firstPlayer', { chooser: actor(e.chosenBy), first: actor(e.side) });
    case 'headlineReveal':
      return t(lang, 'log.headlines', { us: card(w, e.us), china: card(w, e.china), usName: actor('us'), chinaName: actor('china') });
    case 'play': {
      const params = { actor: actor(e.side), card: card(w, e.card), ops: e.ops };
      if (e.use === 'headline') return t(lang, 'log.play.headline', params);
      if (e.use === 'event') return t(lang, 'log.play.event', params);
      if (e.use === 'race') return t(lang, 'log.play.race', params);
      return t(lang, 'log.play.ops', { ...params, use: t(lang, `use.${e.use}`) });
    }
    case 'eventFires':
      // "played X for its event" already says it; say it when the event works for someone else.
      if (previous?.type === 'play' && previous.card === e.card && previous.side === e.owner && (previous.use === 'event' || previous.use === 'headline'))
        return null;
      return t(lang, 'log.eventFires', { card: card(w, e.card), owner: actor(e.owner) });
    case 'eventBlocked':
      return t(lang, 'log.eventBlocked', { card: card(w, e.card) });
    case 'influence':
      return influenceLine(w, [e]);
    case 'sanction':
      return sanctionLine(w, e, []);
    case 'lobby': {
      const params = { actor: actor(e.side), space: spacePlace(e.space), us: e.rollUs, china: e.rollChina };
      if (e.loser === null) return t(lang, 'log.lobby.tie', params);
      return t(lang, 'log.lobby.win', { ...params, loser: actor(e.loser), removed: e.removed });
    }
    case 'track':
      // A race step is worded by its 'race' line.
      if (e.reason === 'race' && e.track !== 'leadership') return null;
      return t(lang, 'log.track', {
        track: trackName(lang, e.track),
        from: trackValue(lang, e.track, e.from),
        to: trackValue(lang, e.track, e.to),
        reason: trackReason(w, e.reason),
      });
    case 'race':
      return t(lang, 'log.race', { actor: actor(e.side), track: trackName(lang, e.track), to: e.to });
    case 'score':
      return t(lang, 'log.score', {
        region: regionPlace(e.region),
        us: e.us,
        china: e.china,
        usLevel: t(lang, `level.${e.level.us}` as MessageKey),
        chinaLevel: t(lang, `level.${e.level.china}` as MessageKey),
      });
    case 'pressure': {
      const params = { actor: actor(e.side), check: t(lang, `pressure.${e.persona}.name`), done: e.done, needed: e.needed };
      return e.met
        ? t(lang, 'log.pressure.met', params)
        : t(lang, 'log.pressure.missed', { ...params, other: actor(e.side === 'us' ? 'china' : 'us'), penalty: e.penalty });
    }
    case 'draw':
      return t(lang, e.count === 1 ? 'log.draw.one' : 'log.draw', { actor: actor(e.side), count: e.count });
    case 'discard':
      return t(lang, 'log.discard', { actor: actor(e.side), card: card(w, e.card) });
    case 'hold':
      return t(lang, w.rounds !== undefined && e.round >= w.rounds ? 'log.hold.last' : 'log.hold', { actor: actor(e.side) });
    case 'flag':
      return t(lang, e.set ? 'log.flag.set' : 'log.flag.unset', { flag: markerName(w, e.flag) });
    case 'cancel':
      return t(lang, 'log.cancel', { card: card(w, e.card) });
    case 'roll':
      return t(lang, 'log.roll', { actor: actor(e.side), roll: e.roll, modifier: signed(e.modifier), total: e.roll + e.modifier });
    case 'pass':
      return t(lang, 'log.pass', { actor: actor(e.side) });
    case 'reshuffle':
      return t(lang, 'log.reshuffle', { count: e.count });
    case 'peek':
      return t(lang, `log.peek.${e.at}`, { actor: actor(e.side), other: actor(e.side === 'us' ? 'china' : 'us'), count: e.count });
    case 'reveal':
      return e.cards.length === 0
        ? t(lang, 'log.reveal.none', { actor: actor(e.side) })
        : t(lang, 'log.reveal', { actor: actor(e.side), cards: e.cards.map((id) => card(w, id)).join(', ') });
    case 'take':
      return t(lang, 'log.take', { actor: actor(e.side), other: actor(e.from), card: card(w, e.card) });
    case 'bargainPasses':
      return t(lang, 'log.bargainPasses', { card: card(w, e.card), to: actor(e.to) });
    case 'lasting': {
      const params = { name: lastingName(w, e.card, e.side, e.duration, e.rule), card: card(w, e.card), actor: actor(e.side) };
      if (e.change === 'ends') return t(lang, 'log.lasting.ends', params);
      return t(lang, e.next ? `log.lasting.starts.nextCard.${e.next}` : `log.lasting.starts.${e.duration}`, params);
    }
    case 'lobbyDice':
      return t(lang, 'log.lobby.dice', {
        space: spacePlace(e.space),
        dieUs: e.dieUs,
        bonusUs: signed(e.bonusUs),
        dieChina: e.dieChina,
        bonusChina: signed(e.bonusChina),
      });
    case 'lastingActs':
      return t(lang, `log.lasting.${e.on}`, { name: lastingShortName(w, e.card, e.duration, e.rule, e.side), amount: signed(e.amount), actor: actor(e.side) });
    case 'finalScoring':
      return t(lang, 'log.finalScoring');
    case 'gameOver':
      return e.winner === null
        ? t(lang, 'log.gameOver.draw', { reason: t(lang, `end.${e.reason}`) })
        : t(lang, 'log.gameOver', { winner: actor(e.winner), reason: t(lang, `end.${e.reason}`) });
    default: {
      const unworded: never = e;
      throw new Error(`log entry not worded: ${JSON.stringify(unworded)}`);
    }
  }
}

/** The side a line is about: who chose, who won, or whoever the entry names. */
function entrySide(e: LogEntry): Side | null {
  switch (e.type) {
    case 'firstPlayer':
      return e.fixed ? e.side : e.chosenBy;
    case 'gameOver':
      return e.winner;
    case 'play':
    case 'eventFires':
    case 'influence':
    case 'sanction':
    case 'lobby':
    case 'race':
    case 'pressure':
    case 'draw':
    case 'discard':
    case 'hold':
    case 'roll':
    case 'pass':
    case 'peek':
    case 'reveal':
    case 'take':
      return e.side;
    case 'bargainPasses':
      return e.from;
    case 'lasting':
    case 'lastingActs':
      return e.side;
    case 'roundStart':
    case 'headlineReveal':
    case 'eventBlocked':
    case 'track':
    case 'score':
    case 'finalScoring':
    case 'flag':
    case 'cancel':
    case 'reshuffle':
    case 'lobbyDice':
      return null;
    default: {
      const unhandled: never = e;
      throw new Error(`log entry not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}

/** Word log entries [from, end) of `log`. `notes` maps a log index to a bot's reason. */
/** The card whose event is running at entry `at`: the nearest event fired or played before it. */
function rollSource(log: readonly LogEntry[], at: number): CardId | null {
  for (let j = at - 1; j >= 0; j--) {
    const x = log[j];
    if (x?.type === 'eventFires') return x.card;
    if (x?.type === 'play') return x.use === 'event' || x.use === 'headline' ? x.card : null;
    if (x?.type === 'roundStart') return null;
  }
  return null;
}

export function wordLog(w: LogWords, log: readonly LogEntry[], notes: Readonly<Record<number, string>> = {}, from = 0): LogLine[] {
  const lines: LogLine[] = [];
  // A note on a line that is left out goes with the next line.
  let carried: string | undefined;
  for (let i = from; i < log.length; i++) {
    const e = log[i] as LogEntry;
    let note = notes[i] ?? carried;
    carried = undefined;
    let text: string | null;
    // A lasting rule that changed a sanction roll is shown beside the die, in the sanction's line.
    const sanctionAt = (j: number): boolean => {
      while (j < log.length && log[j]?.type === 'lastingActs' && (log[j] as ActsEntry).on === 'sanction') j++;
      return log[j]?.type === 'sanction';
    };
    // Placements paid for with Ops: the rules that changed their cost go with them (an influence
    // entry follows each acting entry), so a run of placements stays one line.
    const costOf = (j: number, side: Side): boolean => {
      const x = log[j];
      return x?.type === 'lastingActs' && x.on === 'influence' && x.side === side && log[j + 1]?.type === 'influence';
    };
    if (e.type === 'lastingActs' && e.on === 'sanction' && sanctionAt(i)) {
      const acts: ActsEntry[] = [];
      while (log[i]?.type === 'lastingActs') {
        acts.push(log[i] as ActsEntry);
        note ??= notes[i];
        i++;
      }
      note ??= notes[i];
      text = sanctionLine(w, log[i] as Extract<LogEntry, { type: 'sanction' }>, acts);
    } else if (e.type === 'influence' || costOf(i, e.type === 'lastingActs' ? e.side : 'us')) {
      const acts: ActsEntry[] = [];
      while (costOf(i, (log[i] as ActsEntry).side)) {
        acts.push(log[i] as ActsEntry);
        i++;
        note ??= notes[i];
      }
      const first = log[i] as InfluenceEntry;
      const run: InfluenceEntry[] = [first];
      while (i + 1 < log.length) {
        let j = i + 1;
        const pending: ActsEntry[] = [];
        while (costOf(j, first.owner)) pending.push(log[j++] as ActsEntry);
        const next = log[j] as LogEntry | undefined;
        if (next?.type !== 'influence' || next.side !== first.side || next.owner !== first.owner || Math.sign(next.delta) !== Math.sign(first.delta)) break;
        acts.push(...pending);
        run.push(next);
        for (let k = i + 1; k <= j; k++) note ??= notes[k];
        i = j;
      }
      const line = influenceLine(w, run);
      text = acts.length > 0 ? line.replace(/\.$/, '') + ` (${costNote(w, acts)}).` : line;
    } else if (e.type === 'roll') {
      // "Huawei rolled 5 +0 = 5." said nothing of what the die was for: name the card whose event rolled it.
      const source = rollSource(log, i);
      text = source
        ? t(w.lang, 'log.roll.for', {
            actor: actorName(w, e.side),
            roll: e.roll,
            modifier: signed(e.modifier),
            total: e.roll + e.modifier,
            card: card(w, source),
          })
        : logEntryText(w, e, log[i - 1]);
    } else {
      text = logEntryText(w, e, log[i - 1]);
    }
    if (text === null) {
      carried = note;
      continue;
    }
    lines.push({ round: e.round, side: entrySide(e), text, ...(note !== undefined ? { note } : {}) });
  }
  return lines;
}
