// The situation panel (key i): what decides the game, worded from the engine's situation
// functions over the seated player's view. Each goal with its progress, the lasting effects by
// their card and deck label, the markers by name, dominance and encirclement, and final scoring
// if the game ended now. Nothing here reads a hand: the figures are public.
import {
  dominanceThreats,
  encirclement,
  goalProgress,
  lastingEffects,
  markersInForce,
  projectedFinal,
  rules,
  type FinalProjection,
  type GoalProgress,
  type LastingEffect,
  type Marker,
  type PlayerView,
} from '../../engine/index.js';
import { actorName, cardTitle, lastingRuleText, markerName, regionName, regionPlace, sideName, sideOfThe, sideThe } from '../../i18n/game-words.js';
import { localText } from '../../i18n/lang.js';
import type { MessageKey } from '../../i18n/messages.js';
import { PRESSURE_PARAMS } from '../../i18n/pressure-params.js';
import { seg, type Row, type Seg } from '../components/rows.js';
import { wrap } from '../terminal/text.js';
import type { Wording } from './describe.js';

/** The fields of a view the panel reads: all public. */
export type SituationView = Pick<PlayerView, 'side' | 'setup' | 'stats' | 'clock' | 'modifiers' | 'flags' | 'influence' | 'round' | 'rounds' | 'leadership'>;

/** A Leadership swing as the board writes it: "U+3", "C+2", or "0". */
export function swingText(w: Pick<Wording, 't'>, value: number): string {
  if (value === 0) return '0';
  return `${w.t(value > 0 ? 'side.letter.us' : 'side.letter.china')}+${Math.abs(value)}`;
}

export function goalText(w: Wording, g: GoalProgress): string {
  const t = w.t;
  const goal = t(`goal.${g.persona}`, { done: g.done, needed: g.needed, offset: PRESSURE_PARAMS.offset });
  const status =
    g.needed === 0
      ? t('goal.nothing')
      : g.met
        ? t('goal.met', { reward: PRESSURE_PARAMS.reward })
        : t('goal.short', { side: sideName(w.lang, g.side === 'us' ? 'china' : 'us'), penalty: g.penalty });
  return t('situation.goal', { check: t(`pressure.${g.persona}.name`), goal, status });
}

/** One effect of the in-force line: its name there, and what it does in one line. */
export interface InForceExplanation {
  name: string;
  explanation: string;
}

/** A lasting effect's name (its deck label up to the colon, as the in-force line shows it, else its
 * card's title) and what it does: the label's words after the colon, else the rule in words
 * generated from the effect itself (a label that is a bare name still gets an explanation). */
export function lastingParts(w: Wording, e: LastingEffect): InForceExplanation {
  const generated = lastingRuleText(w.lang, e.side, e.rule);
  const label = e.label ? localText(e.label, w.lang).trim() : '';
  if (label === '') return { name: cardTitle(w, e.card), explanation: generated };
  const [head = '', ...rest] = label.split(/\u00a0?:\s/);
  const tail = rest.join(w.t('punct.colon')).trim();
  return { name: head.trim() || label, explanation: tail || generated };
}

export function lastingText(w: Wording, e: LastingEffect): string {
  const { name, explanation } = lastingParts(w, e);
  // A label named after its own card (Woodside Summit: …) would say the card's title twice.
  const label = e.label && name.toLocaleLowerCase() !== cardTitle(w, e.card).toLocaleLowerCase() ? `${name}${w.t('punct.colon')}${explanation}` : explanation;
  return w.t('situation.lasting', { card: cardTitle(w, e.card), label, duration: w.t(e.next ? `duration.nextCard.${e.next}` : `duration.${e.duration}`) });
}

/** What a marker does, in one line: which cards it changes (those whose events read it). */
function markerDoes(w: Wording, m: Marker): string {
  const readers = m.readBy.map((id) => cardTitle(w, id));
  if (readers.length === 0) return w.t('situation.marker.unread');
  if (readers.length === 1) return w.t('situation.marker.reads.one', { cards: readers[0] ?? '' });
  return w.t('situation.marker.reads', { count: readers.length, cards: readers.join(', ') });
}

/** Every effect of the in-force line (lasting rules, then markers) with what it does: the
 * situation panel (i) says each of these explanations. */
export function inForceExplanations(w: Wording, view: Pick<SituationView, 'modifiers' | 'flags'>): InForceExplanation[] {
  const lasting = lastingEffects(view, w.cards).map((e) => lastingParts(w, e));
  const markers = markersInForce(view, w.cards).map((m) => ({ name: markerName(w, m.flag), explanation: markerDoes(w, m) }));
  return [...lasting, ...markers];
}

/** The sentences of a card's text (in the player's language) that name `name`. */
function sentencesNaming(text: string, name: string): string[] {
  const wanted = name.toLocaleLowerCase();
  return text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.toLocaleLowerCase().includes(wanted));
}

/** What a marker in force does, from the deck itself: a marker does nothing alone, it changes
 * what the cards that read it do (their conditions on it), so the line names them, and each one's
 * sentence that names the marker follows as a quote. The trap's marker also has a rule (6.7.4). */
export function markerText(w: Wording, m: Marker): { line: string; quotes: string[] } {
  const t = w.t;
  const name = markerName(w, m.flag);
  const does = markerDoes(w, m);
  const key: MessageKey = m.flag === rules.TRAP_FLAG ? 'situation.marker.trap' : 'situation.marker';
  const line = t(key, { name, card: m.setBy.map((id) => cardTitle(w, id)).join(', ') || '—', does });
  const quotes = m.readBy.flatMap((id) => {
    const card = w.cards[id];
    const sentences = card ? sentencesNaming(localText(card.text, w.lang), name) : [];
    return sentences.length > 0 ? [t('situation.marker.quote', { card: cardTitle(w, id), sentence: sentences.join(' ') })] : [];
  });
  return { line, quotes };
}

export function finalText(w: Wording, p: FinalProjection): string {
  const t = w.t;
  const regions = p.regions.map((r) => t('situation.final.region', { region: regionName(w.lang, r.region), value: swingText(w, r.us - r.china) })).join(' · ');
  const result =
    p.leadership === 0
      ? t('situation.final.even')
      : t('track.ahead', { side: sideName(w.lang, p.leadership > 0 ? 'us' : 'china'), points: Math.abs(p.leadership) });
  return t('situation.final', { regions, result });
}

/** Every line of the panel, wrapped to `width`, most pressing first: goals, effects, dominance, final scoring. */
export function situationRows(w: Wording, view: SituationView, width: number): Row[] {
  const t = w.t;
  const rows: Row[] = [];
  const para = (text: string, style: Omit<Seg, 'text'> = {}, lead: Seg[] = []) => {
    const indent = lead.reduce((n, s) => n + s.text.length, 0);
    wrap(text, width - indent).forEach((line, i) => rows.push([...(i === 0 ? lead : [seg(' '.repeat(indent))]), seg(line, style)]));
  };
  const heading = (text: string) => rows.push([seg(text, { bold: true, tone: 'accent' })]);

  heading(t('situation.goals'));
  const mine = view.side;
  for (const side of [mine, mine === 'us' ? 'china' : 'us'] as const) {
    const g = goalProgress(view, side);
    const lead = [seg(t(`side.letter.${side}`), { tone: side, bold: true, inverse: true }), seg(` ${actorName(w, side)} · `, { tone: side, bold: true })];
    para(goalText(w, g), g.met ? {} : { tone: 'bad' }, lead);
  }

  heading(t('situation.inForce'));
  const effects = lastingEffects(view, w.cards);
  const markers = markersInForce(view, w.cards);
  if (effects.length === 0 && markers.length === 0) para(t('situation.nothingInForce'), { dim: true }, [seg('  ')]);
  for (const e of effects) para(lastingText(w, e), { tone: e.side }, [seg('• ')]);
  for (const m of markers) {
    const { line, quotes } = markerText(w, m);
    para(line, {}, [seg('• ')]);
    for (const quote of quotes) para(quote, { dim: true }, [seg('    ')]);
  }

  const threats = dominanceThreats(view);
  const market = regionPlace('chinaMarket');
  if (threats.length === 0) para(t('situation.dominance.none', { region: market }), { dim: true });
  for (const d of threats) {
    const words = { region: regionPlace(d.region), side: sideOfThe(w.lang, d.side), round: rules.DOMINANCE_FROM_ROUND };
    if (d.live) para(t('situation.dominance.live', words), { tone: 'bad', bold: true });
    else para(t('situation.dominance.later', words), { tone: 'bad' });
  }
  const us = encirclement(view, 'us');
  const china = encirclement(view, 'china');
  para(t('situation.encirclement', { a: sideThe(w.lang, 'china'), aHeld: us.held, b: sideThe(w.lang, 'us'), bHeld: china.held, needed: us.needed }), {});
  for (const e of [us, china]) if (e.encircled) para(t('situation.encircled', { side: sideOfThe(w.lang, e.side) }), { tone: 'bad', bold: true });

  para(finalText(w, projectedFinal(view)), { bold: true });
  return rows;
}
