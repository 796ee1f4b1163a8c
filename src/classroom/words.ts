// The game's nouns and log lines in a player's language, shared by the tutorial's recap
// and the debrief. Pure: a log entry plus the card catalogue in, one sentence out.
import type { CardDef, CardId, Persona, RegionId, Side } from '../decks/types.js';
import type { LogEntry } from '../engine/index.js';
import { localText } from '../i18n/lang.js';
import type { Lang } from '../i18n/lang.js';
import { catalog, t } from '../i18n/messages.js';
import type { MessageKey } from '../i18n/messages.js';

export type Catalogue = Readonly<Record<CardId, CardDef>>;

export function sideName(lang: Lang, side: Side | 'neutral'): string {
  return t(lang, `side.${side}`);
}

export function personaName(lang: Lang, persona: Persona): string {
  return t(lang, `persona.${persona}`);
}

export function regionName(lang: Lang, region: RegionId): string {
  return t(lang, `region.${region}`);
}

/** A space's name; an id the catalogue does not know is shown as is rather than lost. */
export function spaceName(lang: Lang, space: string): string {
  const text = catalog(lang)[`space.${space}` as MessageKey] as string | undefined;
  return text ?? space;
}

export function trackName(lang: Lang, track: 'leadership' | 'clock' | 'stack' | 'lockIn'): string {
  return t(lang, `track.${track}`);
}

/** "for the US" / "for China". */
export function forSide(lang: Lang, side: Side): string {
  return t(lang, `classroom.forSide.${side}`);
}

/** "the US event" / "the Chinese event". */
export function sideEvent(lang: Lang, side: Side): string {
  return t(lang, `classroom.sideEvent.${side}`);
}

/** Leadership as players read it: who is ahead and by how much (the track is signed, US positive). */
export function leadershipText(lang: Lang, value: number): string {
  if (value > 0) return t(lang, 'classroom.leadership.us', { n: value });
  if (value < 0) return t(lang, 'classroom.leadership.china', { n: -value });
  return t(lang, 'classroom.leadership.even');
}

export function cardTitle(cards: Catalogue, id: CardId, lang: Lang): string {
  const def = cards[id];
  return def ? localText(def.title, lang) : id;
}

function trackValue(lang: Lang, track: 'leadership' | 'clock' | 'stack' | 'lockIn', value: number): string {
  return track === 'leadership' ? leadershipText(lang, value) : String(value);
}

/** A play as one clause: "China played Ascend 910B for its event". */
export function describePlay(entry: Extract<LogEntry, { type: 'play' }>, cards: Catalogue, lang: Lang): string {
  const params = { side: sideName(lang, entry.side), card: cardTitle(cards, entry.card, lang), ops: entry.ops };
  if (entry.use === 'race') {
    return t(lang, 'classroom.log.play.race', { ...params, track: trackName(lang, entry.side === 'us' ? 'lockIn' : 'stack') });
  }
  return t(lang, `classroom.log.play.${entry.use}`, params);
}

/** One log entry in words, or null for bookkeeping a player need not read (draws, dice, flags). */
export function describeLogEntry(entry: LogEntry, cards: Catalogue, lang: Lang): string | null {
  switch (entry.type) {
    case 'play':
      return describePlay(entry, cards, lang);
    case 'firstPlayer':
      return t(lang, 'classroom.log.firstPlayer', { side: sideName(lang, entry.side), chooser: sideName(lang, entry.chosenBy) });
    case 'eventFires':
      return t(lang, 'classroom.log.eventFires', { card: cardTitle(cards, entry.card, lang), forSide: forSide(lang, entry.owner) });
    case 'eventBlocked':
      return t(lang, 'classroom.log.eventBlocked', { card: cardTitle(cards, entry.card, lang) });
    case 'influence':
      return t(lang, 'classroom.log.influence', {
        owner: sideName(lang, entry.owner),
        delta: entry.delta > 0 ? `+${entry.delta}` : String(entry.delta),
        space: spaceName(lang, entry.space),
      });
    case 'sanction':
      return t(lang, 'classroom.log.sanction', {
        space: spaceName(lang, entry.space),
        roll: entry.roll,
        result: entry.result,
        removed: entry.removed,
        added: entry.added,
      });
    case 'lobby':
      return t(lang, 'classroom.log.lobby', { space: spaceName(lang, entry.space), us: entry.rollUs, china: entry.rollChina, removed: entry.removed });
    case 'track':
      return t(lang, 'classroom.log.track', {
        track: trackName(lang, entry.track),
        from: trackValue(lang, entry.track, entry.from),
        to: trackValue(lang, entry.track, entry.to),
      });
    case 'score':
      return t(lang, 'classroom.log.score', { region: regionName(lang, entry.region), us: entry.us, china: entry.china });
    case 'pressure':
      return entry.met
        ? t(lang, 'classroom.log.pressureMet', { persona: personaName(lang, entry.persona) })
        : t(lang, 'classroom.log.pressureMissed', {
            persona: personaName(lang, entry.persona),
            done: entry.done,
            needed: entry.needed,
            penalty: entry.penalty,
          });
    case 'discard':
      return t(lang, 'classroom.log.discard', { side: sideName(lang, entry.side), card: cardTitle(cards, entry.card, lang) });
    case 'hold':
      return t(lang, 'classroom.log.hold', { side: sideName(lang, entry.side) });
    case 'cancel':
      return t(lang, 'classroom.log.cancel', { card: cardTitle(cards, entry.card, lang) });
    case 'pass':
      return t(lang, 'classroom.log.pass', { side: sideName(lang, entry.side) });
    case 'reshuffle':
      return t(lang, 'classroom.log.reshuffle');
    default:
      return null;
  }
}

/** A run of log entries in words, influence changes of one side gathered into one line. */
export function describeLog(entries: readonly LogEntry[], cards: Catalogue, lang: Lang): string[] {
  const lines: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as LogEntry;
    if (entry.type !== 'influence') {
      const line = describeLogEntry(entry, cards, lang);
      if (line !== null) lines.push(line);
      continue;
    }
    const run = [entry];
    for (let next = entries[i + 1]; next?.type === 'influence' && next.owner === entry.owner && Math.sign(next.delta) === Math.sign(entry.delta); next = entries[i + 1]) {
      run.push(next);
      i++;
    }
    if (run.length === 1) {
      lines.push(describeLogEntry(entry, cards, lang) as string);
      continue;
    }
    const total = run.reduce((sum, e) => sum + e.delta, 0);
    const spaces = [...new Set(run.map((e) => spaceName(lang, e.space)))].join(', ');
    lines.push(t(lang, 'classroom.log.influenceMany', { owner: sideName(lang, entry.owner), delta: total > 0 ? `+${total}` : String(total), spaces }));
  }
  return lines;
}
