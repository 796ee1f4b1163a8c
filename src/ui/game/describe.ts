// Words for what the player is asked and may choose: the pending decision, each use of a card,
// the options of a list. Numbers come from the engine (view-rules), words from i18n.
import type { CardDef, CardId, Condition, Persona, RegionId, Side } from '../../decks/types.js';
import { projectedFinal, type PlayerView } from '../../engine/index.js';
import { localText, type Lang } from '../../i18n/lang.js';
import type { Translate } from '../ui-context.js';
import type { ListLabel, UseOption } from './choices.js';
import { actorName, cardTitle, markerName, regionPlace, sideName } from '../../i18n/game-words.js';
import { nextRaceStep, opsFor } from './view-rules.js';

export interface Wording {
  t: Translate;
  lang: Lang;
  cards: Readonly<Record<CardId, CardDef>>;
  personas: { us: Persona; china: Persona };
  /** The game's number of rounds (the log's last keep says no "for next round"). */
  rounds?: number;
}

/** "Washington (US)". */
export function seatName(w: Pick<Wording, 't' | 'lang' | 'personas'>, side: Side): string {
  return `${actorName(w, side)} (${w.t(`side.${side}`)})`;
}

/** "Score Supply Chain now: US +8": what the scoring would give, read off the board as it is
 * (the situation screen's projection, region by region). */
function scoreLabel(w: Wording, view: PlayerView, region: RegionId): string {
  const t = w.t;
  const name = regionPlace(region);
  const now = projectedFinal(view).regions.find((r) => r.region === region);
  if (!now) return t('option.score', { region: name });
  const diff = now.us - now.china;
  const result = diff === 0 ? t('track.even') : t('track.ahead', { side: sideName(w.lang, diff > 0 ? 'us' : 'china'), points: Math.abs(diff) });
  return t('option.scoreNow', { region: name, result });
}

/** The question over a card's uses: "How do you play X?", or for a decision where a card has one
 * use (a headline, the card kept, one taken back), what that answer does ("Keep X for the next
 * round?"): the step confirms the card picked, it is not a choice with one answer. */
export function useQuestion(w: Pick<Wording, 't'>, view: Pick<PlayerView, 'decision' | 'round' | 'rounds'>, card: string): string {
  const kind = view.decision?.kind;
  if (kind === 'hold') return w.t(view.round >= view.rounds ? 'decision.use.hold.last' : 'decision.use.hold', { card });
  if (kind === 'headline') return w.t('decision.use.headline', { card });
  if (kind === 'retrieve') return w.t('decision.use.retrieve', { card });
  return w.t('decision.use', { card });
}

export function useLabel(w: Wording, view: PlayerView, card: CardDef, option: UseOption): string {
  const t = w.t;
  const side = view.side;
  switch (option.use) {
    case 'event':
      return card.scoring ? scoreLabel(w, view, card.scoring) : t('option.event');
    case 'influence':
    case 'sanction':
    case 'lobby':
      return t(`option.${option.use}`, { ops: opsFor(view, side, card, option.use) });
    case 'race': {
      const step = nextRaceStep(view, side);
      const track = t(side === 'us' ? 'track.lockIn' : 'track.stack');
      return t('option.race', { ops: opsFor(view, side, card, 'race'), track, from: step?.from ?? 0, to: step?.to ?? 0 });
    }
    case 'headline':
    case 'discard':
    case 'hold':
    case 'retrieve':
      return t(`option.${option.use}`);
    default: {
      const unhandled: never = option.use;
      throw new Error(`card use not handled: ${String(unhandled)}`);
    }
  }
}

/** One line listing what a card can do now: "Now: event · Ops 3: place influence". */
export function usesSummary(w: Wording, view: PlayerView, card: CardDef, options: readonly UseOption[] | undefined): string {
  const why = [noEventReason(w, view, card, options ?? []), noRaceReason(w, view, card, options ?? [])].filter((x): x is string => x !== null);
  const uses =
    !options || options.length === 0 ? w.t('detail.noUse') : w.t('detail.uses', { uses: options.map((o) => useLabel(w, view, card, o)).join(' · ') });
  return [uses, ...why].join(' · ');
}

/** Why a card offers no race now (6.4.4): the track is full, or the card has too few Ops. Once the
 * round's race is taken, no card offers one, and the help says so: no line on every card then. */
function noRaceReason(w: Wording, view: PlayerView, card: CardDef, options: readonly UseOption[]): string | null {
  if (view.decision?.kind !== 'play' || card.scoring || card.ops <= 0 || options.length === 0 || options.some((o) => o.use === 'race')) return null;
  const track = w.t(view.side === 'us' ? 'track.lockIn' : 'track.stack');
  if (view.raceUsed[view.side]) return null;
  const step = nextRaceStep(view, view.side);
  if (!step) return w.t('detail.noRace.full', { track });
  return w.t('detail.noRace.ops', { track, cost: step.cost });
}

/** The markers a requirement asks to be set (not those it asks to be absent). */
function markersNeeded(c: Condition): string[] {
  if ('flag' in c) return [c.flag];
  if ('all' in c) return c.all.flatMap(markersNeeded);
  if ('any' in c) return c.any.flatMap(markersNeeded);
  return [];
}

/** Why one of your own (or a neutral) cards offers no event now: a marker it needs, or its condition. */
function noEventReason(w: Wording, view: PlayerView, card: CardDef, options: readonly UseOption[]): string | null {
  if (view.decision?.kind !== 'play' || card.scoring || card.side === (view.side === 'us' ? 'china' : 'us')) return null;
  if (options.some((o) => o.use === 'event') || view.cancelled.includes(card.id) || !card.requires) return null;
  const missing = markersNeeded(card.requires).filter((flag) => !view.flags.includes(flag));
  return missing.length > 0 ? w.t('detail.needsMarker', { name: missing.map((f) => markerName(w, f)).join(', ') }) : w.t('detail.needsRequirement');
}

export function timingLabel(t: Translate, eventFirst: boolean): string {
  return t(eventFirst ? 'option.before' : 'option.after');
}

export function listLabel(w: Wording, label: ListLabel): string {
  if ('first' in label) return w.t('option.first', { name: actorName(w, label.first), side: w.t(`side.${label.first}`) });
  return localText(label.text, w.lang);
}

/** The pending decision in one sentence, for the status line and the hand-off screen. */
export function decisionText(w: Wording, view: Pick<PlayerView, 'decision' | 'actionsTaken' | 'actionsPerRound'>): string {
  const d = view.decision;
  const t = w.t;
  if (!d) return '';
  const card = 'card' in d ? cardTitle(w, d.card) : '';
  switch (d.kind) {
    case 'chooseFirst':
      return t('decision.chooseFirst');
    case 'headline':
      return t('decision.headline');
    case 'play':
      return t('decision.play', { n: view.actionsTaken[d.side] + 1, total: view.actionsPerRound });
    case 'place':
      return d.source === 'ops'
        ? t(d.remaining === 1 ? 'decision.place.ops.one' : 'decision.place.ops', { remaining: d.remaining, card })
        : t('decision.place.event', { remaining: d.remaining, owner: t(`side.adj.${d.owner}`), card });
    case 'remove':
      return t('decision.remove', { remaining: d.remaining, owner: t(`side.adj.${d.owner}`), card });
    case 'sanction':
      return t('decision.sanction', { ops: d.ops, card });
    case 'lobby':
      return t(d.remaining === 1 ? 'decision.lobby.one' : 'decision.lobby', { remaining: d.remaining, card });
    case 'choose':
      return t('decision.choose', { card });
    case 'discard':
      return t('decision.discard', { remaining: d.remaining, card });
    case 'retrieve':
      return t('decision.retrieve', { card });
    case 'hold':
      return t('decision.hold');
    default: {
      const unhandled: never = d;
      throw new Error(`decision not handled: ${JSON.stringify(unhandled)}`);
    }
  }
}
