// The game log in words: each structured LogEntry becomes a sentence in the player's language.
// Runs of one-point influence changes fold into one line, lines that only repeat the line
// before are left out, and a bot's reason is added to the line of what it did.
import type { CardDef, CardId, Persona, Side } from '../../decks/types.js';
import type { LogEntry } from '../../engine/index.js';
import { localText, type Lang } from '../../i18n/lang.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { Translate } from '../ui-context.js';

export interface LogLine {
  round: number;
  /** The side the line is about (drawn with its letter and colour), if any. */
  side: Side | null;
  text: string;
  /** A bot's reason for the move. */
  note?: string;
}

export interface LogWording {
  t: Translate;
  lang: Lang;
  cards: Readonly<Record<CardId, CardDef>>;
  personas: { us: Persona; china: Persona };
}

export function cardTitle(w: Pick<LogWording, 'cards' | 'lang'>, id: CardId | null): string {
  if (id === null) return '—';
  const def = w.cards[id];
  return def ? localText(def.title, w.lang) : id;
}

export function actorName(w: Pick<LogWording, 't' | 'personas'>, side: Side): string {
  return w.t(`persona.${w.personas[side]}` as MessageKey);
}

/** Leadership as players say it: "US +3", "China +2", "even". */
export function leadershipText(t: Translate, value: number): string {
  if (value === 0) return t('track.even');
  return t('track.ahead', { side: t(value > 0 ? 'side.us' : 'side.china'), points: Math.abs(value) });
}

function signed(n: number): string {
  return n >= 0 ? `+${n}` : `−${-n}`;
}

/** Why a track moved, from the engine's reason code (event:<card>, score:<region>, ...). */
function reasonText(w: LogWording, reason: string): string {
  const [kind, arg = ''] = reason.split(':');
  const t = w.t;
  switch (kind) {
    case 'event':
      return cardTitle(w, arg);
    case 'score':
      return t('log.reason.score', { region: t(`region.${arg}` as MessageKey) });
    case 'pressure':
      return t('log.reason.pressure', { persona: t(`persona.${arg}` as MessageKey) });
    case 'sanction':
      return t('log.reason.sanction', { space: t(`space.${arg}` as MessageKey) });
    case 'recovery':
      return t('log.reason.recovery');
    case 'race':
      return t('log.reason.race');
    case 'stack':
    case 'lockIn':
      return t('log.reason.raceStep', { track: t(`track.${kind}`), step: arg });
    default:
      return reason;
  }
}

function trackValue(w: LogWording, track: string, value: number): string {
  return track === 'leadership' ? leadershipText(w.t, value) : String(value);
}

type InfluenceEntry = Extract<LogEntry, { type: 'influence' }>;

function influenceLine(w: LogWording, run: InfluenceEntry[]): string {
  const first = run[0] as InfluenceEntry;
  const bySpace = new Map<string, number>();
  for (const e of run) bySpace.set(e.space, (bySpace.get(e.space) ?? 0) + e.delta);
  const spaces = [...bySpace].map(([space, delta]) => `${w.t(`space.${space}` as MessageKey)} ${signed(delta)}`).join(', ');
  const key = first.delta > 0 ? (first.owner === first.side ? 'log.placed' : 'log.placedFor') : first.owner === first.side ? 'log.removedOwn' : 'log.removed';
  return w.t(key, { actor: actorName(w, first.side), owner: w.t(`side.${first.owner}`), spaces });
}

function entryText(w: LogWording, e: LogEntry, previous: LogEntry | undefined): string | null {
  const t = w.t;
  switch (e.type) {
    case 'roundStart':
      return t('log.roundStart', { round: e.round, clock: e.clock });
    case 'firstPlayer':
      return t(e.side === e.chosenBy ? 'log.firstPlayer.self' : 'log.firstPlayer', { chooser: actorName(w, e.chosenBy), first: actorName(w, e.side) });
    case 'headlineReveal':
      return t('log.headlines', { us: cardTitle(w, e.us), china: cardTitle(w, e.china), usName: actorName(w, 'us'), chinaName: actorName(w, 'china') });
    case 'play': {
      const params = { actor: actorName(w, e.side), card: cardTitle(w, e.card), ops: e.ops };
      if (e.use === 'headline') return t('log.play.headline', params);
      if (e.use === 'event') return t('log.play.event', params);
      if (e.use === 'race') return t('log.play.race', params);
      return t('log.play.ops', { ...params, use: t(`use.${e.use}`) });
    }
    case 'eventFires':
      // "played X for its event" already says it; say it when the event works for someone else.
      if (previous?.type === 'play' && previous.card === e.card && previous.side === e.owner && (previous.use === 'event' || previous.use === 'headline')) return null;
      return t('log.eventFires', { card: cardTitle(w, e.card), owner: actorName(w, e.owner) });
    case 'eventBlocked':
      return t('log.eventBlocked', { card: cardTitle(w, e.card) });
    case 'influence':
      return influenceLine(w, [e]);
    case 'sanction': {
      const params = { actor: actorName(w, e.side), space: t(`space.${e.space}` as MessageKey), roll: e.roll, modifier: signed(e.modifier), result: e.result };
      return e.result > 0 ? t('log.sanction.hit', { ...params, removed: e.removed, added: e.added }) : t('log.sanction.miss', params);
    }
    case 'lobby': {
      const params = { actor: actorName(w, e.side), space: t(`space.${e.space}` as MessageKey), us: e.rollUs, china: e.rollChina };
      if (e.loser === null) return t('log.lobby.tie', params);
      return t('log.lobby.win', { ...params, loser: actorName(w, e.loser), removed: e.removed });
    }
    case 'track':
      // A race step is worded by its 'race' line.
      if (e.reason === 'race' && e.track !== 'leadership') return null;
      return t('log.track', { track: t(`track.${e.track}`), from: trackValue(w, e.track, e.from), to: trackValue(w, e.track, e.to), reason: reasonText(w, e.reason) });
    case 'race':
      return t('log.race', { actor: actorName(w, e.side), track: t(`track.${e.track}`), to: e.to });
    case 'score':
      return t('log.score', {
        region: t(`region.${e.region}`),
        us: e.us,
        china: e.china,
        usLevel: t(`level.${e.level.us}` as MessageKey),
        chinaLevel: t(`level.${e.level.china}` as MessageKey),
      });
    case 'pressure': {
      const params = { actor: actorName(w, e.side), check: t(`pressure.${e.persona}.name`), done: e.done, needed: e.needed };
      return e.met ? t('log.pressure.met', params) : t('log.pressure.missed', { ...params, other: actorName(w, e.side === 'us' ? 'china' : 'us'), penalty: e.penalty });
    }
    case 'draw':
      return t(e.count === 1 ? 'log.draw.one' : 'log.draw', { actor: actorName(w, e.side), count: e.count });
    case 'discard':
      return t('log.discard', { actor: actorName(w, e.side), card: cardTitle(w, e.card) });
    case 'hold':
      return t('log.hold', { actor: actorName(w, e.side) });
    case 'flag':
      return t(e.set ? 'log.flag.set' : 'log.flag.unset', { flag: e.flag.replace(/[-_]+/g, ' ') });
    case 'cancel':
      return t('log.cancel', { card: cardTitle(w, e.card) });
    case 'roll':
      return t('log.roll', { actor: actorName(w, e.side), roll: e.roll, modifier: signed(e.modifier), total: e.roll + e.modifier });
    case 'pass':
      return t('log.pass', { actor: actorName(w, e.side) });
    case 'reshuffle':
      return t('log.reshuffle', { count: e.count });
    case 'gameOver':
      return e.winner === null ? t('log.gameOver.draw', { reason: t(`end.${e.reason}`) }) : t('log.gameOver', { winner: actorName(w, e.winner), reason: t(`end.${e.reason}`) });
  }
}

function entrySide(e: LogEntry): Side | null {
  switch (e.type) {
    case 'firstPlayer':
      return e.chosenBy;
    case 'gameOver':
      return e.winner;
    default:
      return 'side' in e ? e.side : null;
  }
}

/** Word log entries [from, to) of `log`. `notes` maps a log index to a bot's reason. */
export function wordLog(w: LogWording, log: readonly LogEntry[], notes: Readonly<Record<number, string>> = {}, from = 0): LogLine[] {
  const lines: LogLine[] = [];
  // A note on a line that is left out goes with the next line.
  let carried: string | undefined;
  for (let i = from; i < log.length; i++) {
    const e = log[i] as LogEntry;
    let note = notes[i] ?? carried;
    carried = undefined;
    let text: string | null;
    if (e.type === 'influence') {
      const run: InfluenceEntry[] = [e];
      while (i + 1 < log.length) {
        const next = log[i + 1] as LogEntry;
        if (next.type !== 'influence' || next.side !== e.side || next.owner !== e.owner || Math.sign(next.delta) !== Math.sign(e.delta)) break;
        run.push(next);
        i++;
        note ??= notes[i];
      }
      text = influenceLine(w, run);
    } else {
      text = entryText(w, e, log[i - 1]);
    }
    if (text === null) {
      carried = note;
      continue;
    }
    lines.push({ round: e.round, side: entrySide(e), text, ...(note !== undefined ? { note } : {}) });
  }
  return lines;
}
